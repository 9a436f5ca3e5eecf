import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Clock } from '../common/clock';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { AfterSalesService } from './after-sales.service';
import {
  OrderDetailDto,
  OrderExportQueryDto,
  OrderListDto,
  OrderListQueryDto,
  RefundDecisionDto,
  RefundListQueryDto,
  RefundRequestListDto,
  RefundRequestViewDto,
  ShipDto,
  SupplierOrderSummaryDto,
} from './orders.dto';
import { ownSupplier, OrdersService, scopeOf } from './orders.service';

/** Orders sold by the caller's supplier, and the refund requests on them. */
@ApiTags('supplier')
@ApiBearerAuth()
@Roles('supplier')
@Controller('supplier')
export class SupplierOrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly afterSales: AfterSalesService,
    private readonly clock: Clock,
  ) {}

  @Get('orders')
  @ApiOkResponse({ type: OrderListDto })
  list(@CurrentUser() user: Principal, @Query() query: OrderListQueryDto) {
    return this.orders.list(scopeOf(user, 'supplier'), query);
  }

  @Get('orders/export.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per order line, UTF-8 with BOM, as a download', schema: { type: 'string' } })
  exportCsv(@CurrentUser() user: Principal, @Query() query: OrderExportQueryDto) {
    return new StreamableFile(this.orders.exportCsv(user, query), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${this.orders.csvName(query, this.clock.now())}"`,
    });
  }

  @Get('orders/summary')
  @ApiOkResponse({ type: SupplierOrderSummaryDto })
  summary(@CurrentUser() user: Principal) {
    return this.orders.supplierSummary(ownSupplier(user), this.clock.today());
  }

  @Get('orders/:id')
  @ApiOkResponse({ type: OrderDetailDto })
  get(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.orders.get(scopeOf(user, 'supplier'), id);
  }

  @Post('orders/:id/ship')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailDto })
  ship(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ShipDto) {
    return this.orders.ship(user, id, body);
  }

  @Get('refund-requests')
  @ApiOkResponse({ type: RefundRequestListDto })
  refundRequests(@CurrentUser() user: Principal, @Query() query: RefundListQueryDto) {
    return this.afterSales.listForSupplier(user, query);
  }

  @Post('refund-requests/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: RefundRequestViewDto })
  accept(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.afterSales.accept(user, id);
  }

  @Post('refund-requests/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: RefundRequestViewDto })
  reject(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: RefundDecisionDto) {
    return this.afterSales.reject(user, id, body.reason);
  }
}
