import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../identity/auth.decorators';
import { SupplierListQueryDto } from './certification.dto';
import { SuppliersService } from './suppliers.service';

@ApiTags('association')
@ApiBearerAuth()
@Roles('staff')
@Controller('association')
export class AssociationController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get('suppliers')
  listSuppliers(@Query() query: SupplierListQueryDto) {
    return this.suppliers.list(query);
  }
}
