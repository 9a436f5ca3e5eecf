/**
 * Roots of the keys that more than the request's own feature reads or refreshes: the session's "who am I", and
 * the supplier's orders, which a refund decision changes too. Every other key sits with its request.
 */
export const queryKeys = {
  me: ['me'] as const,
  supplierOrders: ['supplier-orders'] as const,
  supplierOrder: (id: number) => ['supplier-order', id] as const,
};
