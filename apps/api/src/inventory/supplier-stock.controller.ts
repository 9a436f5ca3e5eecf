import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import {
  LowStockThresholdDto,
  StockAdjustmentDto,
  StockLevelListDto,
  StockLevelViewDto,
  StockListQueryDto,
  StockMovementListDto,
  StockMovementListQueryDto,
} from './inventory.dto';
import { SupplierStockService } from './supplier-stock.service';

/** A supplier's own stock in its online warehouse; another supplier's SKU answers 403. */
@ApiTags('supplier')
@ApiBearerAuth()
@Roles('supplier')
@Controller('supplier/stock')
export class SupplierStockController {
  constructor(private readonly stock: SupplierStockService) {}

  @Get()
  @ApiOkResponse({ type: StockLevelListDto })
  list(@CurrentUser() user: Principal, @Query() query: StockListQueryDto) {
    return this.stock.list(user, query);
  }

  @Get(':skuId')
  @ApiOkResponse({ type: StockLevelViewDto })
  get(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number) {
    return this.stock.get(user, skuId);
  }

  @Post(':skuId/adjustments')
  @HttpCode(200)
  @ApiOkResponse({ type: StockLevelViewDto })
  adjust(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Body() body: StockAdjustmentDto) {
    return this.stock.adjust(user, skuId, body);
  }

  @Put(':skuId/threshold')
  @ApiOkResponse({ type: StockLevelViewDto })
  setThreshold(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Body() body: LowStockThresholdDto) {
    return this.stock.setThreshold(user, skuId, body);
  }

  @Get(':skuId/movements')
  @ApiOkResponse({ type: StockMovementListDto })
  movements(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Query() query: StockMovementListQueryDto) {
    return this.stock.movements(user, skuId, query);
  }
}
