import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ApplicationsService } from './applications.service';
import { RenewalDto, ShippingRuleDto, SupplierApplicationDto } from './certification.dto';
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
  apply(@CurrentUser() user: Principal, @Body() body: SupplierApplicationDto) {
    return this.applications.apply(user, body);
  }

  @Get('applications/mine')
  mine(@CurrentUser() user: Principal) {
    return this.applications.mine(user);
  }

  @Get('applications/:id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.getFor(user, id);
  }

  @Patch('applications/:id')
  resubmit(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: SupplierApplicationDto) {
    return this.applications.resubmit(user, id, body);
  }

  @Roles('supplier')
  @Get('profile')
  profile(@CurrentUser() user: Principal) {
    return this.suppliers.profile(user);
  }

  @Roles('supplier')
  @Get('shipping-rule')
  shippingRule(@CurrentUser() user: Principal) {
    return this.suppliers.shippingRule(user);
  }

  @Roles('supplier')
  @Put('shipping-rule')
  setShippingRule(@CurrentUser() user: Principal, @Body() body: ShippingRuleDto) {
    return this.suppliers.setShippingRule(user, body);
  }

  @Roles('supplier')
  @Post('renewals')
  @HttpCode(201)
  renew(@CurrentUser() user: Principal, @Body() body: RenewalDto) {
    return this.applications.applyForRenewal(user, body);
  }
}
