import { isSupplier, RequireRole } from './require-role';

/** Order, refund, product, stock and shipping pages act for one supplier; staff and accounts without one are turned back. */
export function RequireSupplier() {
  return <RequireRole allows={isSupplier} denied="supplierOnly" />;
}
