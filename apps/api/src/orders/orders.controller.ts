import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../identity/auth.decorators';
import { AfterSalesService } from './after-sales.service';
import { CancelDto, OrderDetailDto, OrderListDto, OrderListQueryDto, RefundRequestCreateDto, RefundRequestViewDto } from './orders.dto';
import { OrdersService, scopeOf } from './orders.service';

/** A shopper's own orders; anyone else's answer 404. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly afterSales: AfterSalesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: OrderListDto })
  list(@CurrentUser() user: Principal, @Query() query: OrderListQueryDto) {
    return this.orders.list(scopeOf(user, 'shopper'), query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrderDetailDto })
  get(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.get(scopeOf(user, 'shopper'), id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailDto })
  cancel(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: CancelDto) {
    return this.orders.cancel(user, id, body.reason);
  }

  @Post(':id/confirm-receipt')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailDto })
  confirmReceipt(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.confirmReceipt(user, id);
  }

  @Post(':id/refund-requests')
  @ApiCreatedResponse({ type: RefundRequestViewDto })
  requestRefund(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: RefundRequestCreateDto) {
    return this.afterSales.request(user, id, body);
  }

  /** Takes a refund the supplier refused to the association. */
  @Post(':id/refund-requests/:requestId/escalate')
  @HttpCode(200)
  @ApiOkResponse({ type: RefundRequestViewDto })
  escalate(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Param('requestId', ParseIntPipe) requestId: number) {
    return this.afterSales.escalate(user, id, requestId);
  }
}
