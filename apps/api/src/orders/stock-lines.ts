import type { StockLine } from '../inventory/inventory.service';
import type { OrderLineEntity } from './orders.entities';

/** The goods of order lines as the inventory counts them; lines with nothing left are dropped. */
export function stockLines(lines: Pick<OrderLineEntity, 'skuId' | 'locationId' | 'quantity'>[]): StockLine[] {
  return lines.map((l) => ({ skuId: l.skuId, locationId: l.locationId, quantity: l.quantity })).filter((l) => l.quantity > 0);
}
