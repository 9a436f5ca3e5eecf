import {
  listOf,
  LowStockThresholdRequest,
  PageQuery,
  SkuStockView,
  StockAdjustmentRequest,
  StockLevelView,
  StockListQuery,
  StockMovementView,
} from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class StockListQueryDto extends createZodDto(StockListQuery) {}
export class StockAdjustmentDto extends createZodDto(StockAdjustmentRequest) {}
export class LowStockThresholdDto extends createZodDto(LowStockThresholdRequest) {}
export class StockMovementListQueryDto extends createZodDto(PageQuery) {}
export class StockLevelViewDto extends createZodDto(StockLevelView) {}
export class StockLevelListDto extends createZodDto(listOf(StockLevelView)) {}
export class StockMovementListDto extends createZodDto(listOf(StockMovementView)) {}
export class SkuStockViewDto extends createZodDto(SkuStockView) {}
