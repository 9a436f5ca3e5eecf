import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuditEntryView, AuditQuery, listOf } from '@bangfu/contracts';
import { Roles } from '../identity/auth.decorators';
import { AuditService } from './audit.service';

class AuditQueryDto extends createZodDto(AuditQuery) {}
class AuditListDto extends createZodDto(listOf(AuditEntryView)) {}

@ApiTags('association')
@ApiBearerAuth()
@Roles('staff')
@Controller('association/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditListDto })
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
