import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ApplicationsService } from './applications.service';
import { CertificateExpiryService } from './certificate-expiry.service';
import { ApplicationListQueryDto, ApproveDto, OptionalReasonDto, ReasonDto, SupplierListQueryDto } from './certification.dto';
import { SuppliersService } from './suppliers.service';

/** The association's side of supplier certification. */
@ApiTags('association')
@ApiBearerAuth()
@Roles('staff')
@Controller('association')
export class AssociationController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly suppliers: SuppliersService,
    private readonly expiry: CertificateExpiryService,
  ) {}

  @Get('applications')
  listApplications(@Query() query: ApplicationListQueryDto) {
    return this.applications.list(query);
  }

  @Get('applications/:id')
  getApplication(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.getFor(staff, id);
  }

  @Post('applications/:id/approve')
  @HttpCode(200)
  approve(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ApproveDto) {
    return this.applications.approve(staff, id, body);
  }

  @Post('applications/:id/request-changes')
  @HttpCode(200)
  requestChanges(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.applications.requestChanges(staff, id, body.reason);
  }

  @Post('applications/:id/reject')
  @HttpCode(200)
  reject(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.applications.reject(staff, id, body.reason);
  }

  @Get('suppliers')
  listSuppliers(@Query() query: SupplierListQueryDto) {
    return this.suppliers.list(query);
  }

  @Get('suppliers/:id')
  getSupplier(@Param('id', ParseIntPipe) id: number) {
    return this.suppliers.get(id);
  }

  @Post('suppliers/:id/suspend')
  @HttpCode(200)
  suspend(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.suppliers.suspend(staff, id, body.reason);
  }

  @Post('suppliers/:id/reinstate')
  @HttpCode(200)
  reinstate(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: OptionalReasonDto) {
    return this.suppliers.reinstate(staff, id, body.reason ?? null);
  }

  /** Runs certificate expiry now rather than at the next scheduled pass. */
  @Post('certificates/expire-due')
  @HttpCode(200)
  async expireDue() {
    return { expired: await this.expiry.expireDue() };
  }
}
