import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ApplicationsService } from './applications.service';
import { ApplicationDecisionListDto, ApplicationListDto, ApplicationViewDto, RenewalDto, SupplierApplicationDto, SupplierProfileViewDto } from './certification.dto';
import { SuppliersService } from './suppliers.service';

/** What an applicant or a certified supplier does about its own certification. */
@ApiTags('supplier')
@ApiBearerAuth()
@Controller('supplier')
export class SupplierApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly suppliers: SuppliersService,
  ) {}

  @Post('applications')
  @ApiCreatedResponse({ type: ApplicationViewDto })
  apply(@CurrentUser() user: Principal, @Body() body: SupplierApplicationDto) {
    return this.applications.apply(user, body);
  }

  @Get('applications/mine')
  @ApiOkResponse({ type: ApplicationListDto })
  mine(@CurrentUser() user: Principal) {
    return this.applications.mine(user);
  }

  @Get('applications/:id/decisions')
  @ApiOkResponse({ type: ApplicationDecisionListDto })
  decisions(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.decisionsFor(user, id);
  }

  @Get('applications/:id')
  @ApiOkResponse({ type: ApplicationViewDto })
  get(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.getFor(user, id);
  }

  @Patch('applications/:id')
  @ApiOkResponse({ type: ApplicationViewDto })
  resubmit(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: SupplierApplicationDto) {
    return this.applications.resubmit(user, id, body);
  }

  @Roles('supplier')
  @Get('profile')
  @ApiOkResponse({ type: SupplierProfileViewDto })
  profile(@CurrentUser() user: Principal) {
    return this.suppliers.profile(user);
  }

  @Roles('supplier')
  @Post('renewals')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ApplicationViewDto })
  renew(@CurrentUser() user: Principal, @Body() body: RenewalDto) {
    return this.applications.applyForRenewal(user, body);
  }
}
