import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ShippingRuleDto } from './orders.dto';
import { ShippingRulesService } from './shipping-rules.service';

@ApiTags('supplier')
@ApiBearerAuth()
@Controller('supplier/shipping-rule')
export class SupplierShippingController {
  constructor(private readonly rules: ShippingRulesService) {}

  @Roles('supplier')
  @Get()
  @ApiOkResponse({ type: ShippingRuleDto })
  get(@CurrentUser() user: Principal) {
    return this.rules.own(user);
  }

  @Roles('supplier')
  @Put()
  @ApiOkResponse({ type: ShippingRuleDto })
  set(@CurrentUser() user: Principal, @Body() body: ShippingRuleDto) {
    return this.rules.set(user, body);
  }
}
