import { z } from 'zod';
import { PageQuery } from './paging';

export const StockMovementKind = z.enum(['receipt', 'reservation', 'release', 'sale', 'adjustment', 'return']);
export type StockMovementKind = z.infer<typeof StockMovementKind>;

export const StockLevelView = z.object({
  skuId: z.number().int(),
  productId: z.number().int(),
  productName: z.string(),
  skuSpec: z.string(),
  locationId: z.number().int(),
  locationName: z.string(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  lowStockThreshold: z.number().int(),
  low: z.boolean(),
});
export type StockLevelView = z.infer<typeof StockLevelView>;

export const StockListQuery = PageQuery.extend({
  low: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  productId: z.coerce.number().int().positive().optional(),
});
export type StockListQuery = z.infer<typeof StockListQuery>;

/** A counted change: positive receives goods, negative writes them off; never below what is reserved. */
export const StockAdjustmentRequest = z.object({
  kind: z.enum(['receipt', 'adjustment']),
  delta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((d) => d !== 0, 'must not be 0'),
  reason: z.string().trim().min(2).max(200),
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
