import { useQueries } from '@tanstack/react-query';
import { shippingFeeFen } from '@bangfu/contracts';
import { getSupplierQueryOptions } from '../products/api/get-supplier';
import type { CheckoutLine } from './checkout-lines';

/**
 * Each supplier's shipping fee for these lines, by the rule the supplier publishes (the same rule the
 * checkout applies); a fee is missing until its supplier has loaded.
 */
export function useShippingFees(lines: readonly CheckoutLine[]): { fees: Map<number, number>; totalFen: number | null } {
  const itemsBySupplier = new Map<number, number>();
  for (const line of lines) itemsBySupplier.set(line.supplierId, (itemsBySupplier.get(line.supplierId) ?? 0) + line.priceFen * line.quantity);
  const ids = [...itemsBySupplier.keys()];
  const suppliers = useQueries({ queries: ids.map((id) => getSupplierQueryOptions(id)) });
  const fees = new Map<number, number>();
  suppliers.forEach((q, i) => {
    if (q.data) fees.set(ids[i], shippingFeeFen(q.data.shipping, itemsBySupplier.get(ids[i]) ?? 0));
  });
  return { fees, totalFen: fees.size === ids.length ? [...fees.values()].reduce((a, b) => a + b, 0) : null };
}
