import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuditQuery } from '@bangfu/contracts';
import { Roles } from '../identity/auth.decorators';
import { AuditService } from './audit.service';

class AuditQueryDto extends createZodDto(AuditQuery) {}

@ApiTags('association')
@ApiBearerAuth()
@Roles('staff')
@Controller('association/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
