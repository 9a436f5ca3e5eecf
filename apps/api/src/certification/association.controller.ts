import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ApplicationsService } from './applications.service';
import { CertificateExpiryService } from './certificate-expiry.service';
import {
  ApplicationListDto,
  ApplicationListQueryDto,
  ApplicationViewDto,
  ApprovalResultDto,
  ApproveDto,
  ExpiredCountDto,
  OptionalReasonDto,
  ReasonDto,
  SupplierAdminListDto,
  SupplierAdminViewDto,
  SupplierListQueryDto,
} from './certification.dto';
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
  @ApiOkResponse({ type: ApplicationListDto })
  listApplications(@Query() query: ApplicationListQueryDto) {
    return this.applications.list(query);
  }

  @Get('applications/:id')
  @ApiOkResponse({ type: ApplicationViewDto })
  getApplication(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.getFor(staff, id);
  }

  @Post('applications/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalResultDto })
  approve(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ApproveDto) {
    return this.applications.approve(staff, id, body);
  }

  @Post('applications/:id/request-changes')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationViewDto })
  requestChanges(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.applications.requestChanges(staff, id, body.reason);
  }

  @Post('applications/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationViewDto })
  reject(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.applications.reject(staff, id, body.reason);
  }

  @Get('suppliers')
  @ApiOkResponse({ type: SupplierAdminListDto })
  listSuppliers(@Query() query: SupplierListQueryDto) {
    return this.suppliers.list(query);
  }

  @Get('suppliers/:id')
  @ApiOkResponse({ type: SupplierAdminViewDto })
  getSupplier(@Param('id', ParseIntPipe) id: number) {
    return this.suppliers.get(id);
  }

  @Post('suppliers/:id/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplierAdminViewDto })
  suspend(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.suppliers.suspend(staff, id, body.reason);
  }

  @Post('suppliers/:id/reinstate')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplierAdminViewDto })
  reinstate(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: OptionalReasonDto) {
    return this.suppliers.reinstate(staff, id, body.reason ?? null);
  }

  /** Runs certificate expiry now rather than at the next scheduled pass. */
  @Post('certificates/expire-due')
  @HttpCode(200)
  @ApiOkResponse({ type: ExpiredCountDto })
  async expireDue() {
    return { expired: await this.expiry.expireDue() };
  }
}
