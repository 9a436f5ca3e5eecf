import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import {
  LowStockThresholdDto,
  SkuStockViewDto,
  StockAdjustmentDto,
  StockLevelListDto,
  StockLevelViewDto,
  StockListQueryDto,
  StockMovementListDto,
  StockMovementListQueryDto,
} from './inventory.dto';
import { SupplierStockService } from './supplier-stock.service';

/**
 * A supplier's own stock: `supplier/stock/…` in its online warehouse, and `supplier/skus/:skuId/stock…` per SKU
 * across the locations holding it (the API.md routes). Another supplier's SKU or location answers 403.
 * One class under `supplier` so both prefixes are served by the controller InventoryModule already registers.
 */
@ApiTags('supplier')
@ApiBearerAuth()
@Roles('supplier')
@Controller('supplier')
export class SupplierStockController {
  constructor(private readonly stock: SupplierStockService) {}

  @Get('stock')
  @ApiOkResponse({ type: StockLevelListDto })
  list(@CurrentUser() user: Principal, @Query() query: StockListQueryDto) {
    return this.stock.list(user, query);
  }

  @Get('stock/:skuId')
  @ApiOkResponse({ type: StockLevelViewDto })
  get(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number) {
    return this.stock.get(user, skuId);
  }

  @Post('stock/:skuId/adjustments')
  @HttpCode(200)
  @ApiOkResponse({ type: StockLevelViewDto })
  adjust(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Body() body: StockAdjustmentDto) {
    return this.stock.adjust(user, skuId, body);
  }

  @Put('stock/:skuId/threshold')
  @ApiOkResponse({ type: StockLevelViewDto })
  setThreshold(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Body() body: LowStockThresholdDto) {
    return this.stock.setThreshold(user, skuId, body);
  }

  @Get('stock/:skuId/movements')
  @ApiOkResponse({ type: StockMovementListDto })
  movements(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Query() query: StockMovementListQueryDto) {
    return this.stock.movements(user, skuId, query);
  }

  @Get('skus/:skuId/stock')
  @ApiOkResponse({ type: SkuStockViewDto })
  skuStock(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number) {
    return this.stock.skuStock(user, skuId);
  }

  /** The same change as `stock/:skuId/adjustments`, answered with the SKU's stock at every location. */
  @Post('skus/:skuId/stock-adjustments')
  @HttpCode(200)
  @ApiOkResponse({ type: SkuStockViewDto })
  async adjustSku(@CurrentUser() user: Principal, @Param('skuId', ParseIntPipe) skuId: number, @Body() body: StockAdjustmentDto) {
    await this.stock.adjust(user, skuId, body);
    return this.stock.skuStock(user, skuId);
  }
}
