import { z } from 'zod';
import { PageQuery } from './paging';

export const StockMovementKind = z.enum(['receipt', 'reservation', 'release', 'sale', 'adjustment', 'return']);
export type StockMovementKind = z.infer<typeof StockMovementKind>;

/** A SKU's stock at one location holding it. */
export const SkuStockLevel = z.object({
  locationId: z.number().int(),
  locationName: z.string(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  lowStockThreshold: z.number().int(),
  low: z.boolean(),
});
export type SkuStockLevel = z.infer<typeof SkuStockLevel>;

/** One row of a supplier's stock list: a SKU's level at a location, with what the SKU is. */
export const StockLevelView = SkuStockLevel.extend({
  skuId: z.number().int(),
  productId: z.number().int(),
  productName: z.string(),
  skuSpec: z.string(),
});
export type StockLevelView = z.infer<typeof StockLevelView>;

/** A SKU's stock at every location holding it: the supplier's online warehouse first, then counters. */
export const SkuStockView = z.object({
  skuId: z.number().int(),
  levels: z.array(SkuStockLevel),
});
export type SkuStockView = z.infer<typeof SkuStockView>;

export const StockListQuery = PageQuery.extend({
  low: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  productId: z.coerce.number().int().positive().optional(),
});
export type StockListQuery = z.infer<typeof StockListQuery>;

/** The most goods one stock level may hold; far above any real stock, well inside the database's integer column. */
export const MAX_STOCK_ON_HAND = 100_000_000;

/**
 * A counted change: positive receives goods, negative writes them off; never below what is reserved.
 * Without kind it is an adjustment; without locationId it applies to the supplier's online warehouse.
 */
export const StockAdjustmentRequest = z.object({
  kind: z.enum(['receipt', 'adjustment']).default('adjustment'),
  delta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((d) => d !== 0, 'must not be 0'),
  reason: z.string().trim().min(2).max(200),
  locationId: z.number().int().positive().optional(),
});
export type StockAdjustmentRequest = z.infer<typeof StockAdjustmentRequest>;

export const LowStockThresholdRequest = z.object({ lowStockThreshold: z.number().int().min(0).max(1_000_000) });
export type LowStockThresholdRequest = z.infer<typeof LowStockThresholdRequest>;

export const StockMovementView = z.object({
  id: z.number().int(),
  skuId: z.number().int(),
  locationId: z.number().int(),
  kind: StockMovementKind,
  onHandDelta: z.number().int(),
  reservedDelta: z.number().int(),
  actorUserId: z.number().int().nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type StockMovementView = z.infer<typeof StockMovementView>;
