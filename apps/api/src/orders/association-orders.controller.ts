import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { AfterSalesService } from './after-sales.service';
import { OrderJobsService } from './order-jobs.service';
import {
  ArbitrationDecisionDto,
  AssociationOrderListQueryDto,
  OrderDetailDto,
  OrderListDto,
  RefundListQueryDto,
  RefundRequestListDto,
  RefundRequestViewDto,
} from './orders.dto';
import { EVERY_ORDER, OrdersService } from './orders.service';

/** Association staff: every supplier's orders, arbitration of refused refunds, and running the order jobs on demand. */
/** What one run of the order jobs did. */
class JobRunDto extends createZodDto(z.object({ expired: z.number().int(), completed: z.number().int(), refundsRetried: z.number().int() })) {}

@ApiTags('association')
@ApiBearerAuth()
@Roles('staff')
@Controller('association')
export class AssociationOrdersController {
  constructor(
    private readonly orderList: OrdersService,
    private readonly afterSales: AfterSalesService,
    private readonly jobs: OrderJobsService,
  ) {}

  @Get('orders')
  @ApiOkResponse({ type: OrderListDto })
  orders(@Query() query: AssociationOrderListQueryDto) {
    return this.orderList.list(EVERY_ORDER, query);
  }

  @Get('orders/:id')
  @ApiOkResponse({ type: OrderDetailDto })
  order(@Param('id', ParseIntPipe) id: number) {
    return this.orderList.get(EVERY_ORDER, id);
  }

  /** Escalated requests by default: the ones waiting for the association. */
  @Get('refund-requests')
  @ApiOkResponse({ type: RefundRequestListDto })
  refundRequests(@Query() query: RefundListQueryDto) {
    return this.afterSales.listForStaff(query);
  }

  @Post('refund-requests/:id/decide')
  @HttpCode(200)
  @ApiOkResponse({ type: RefundRequestViewDto })
  decide(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ArbitrationDecisionDto) {
    return this.afterSales.arbitrate(user, id, body);
  }

  @Post('orders/run-jobs')
  @HttpCode(200)
  @ApiOkResponse({ type: JobRunDto })
  runJobs() {
    return this.jobs.runAll();
  }
}
