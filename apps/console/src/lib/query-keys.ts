/**
 * Keys of the queries more than one feature touches: a refund decision, for one, changes the orders too.
 * Each key is a prefix; the feature's own query appends its filter.
 */
export const queryKeys = {
  supplierOrders: ['supplier-orders'] as const,
  supplierOrder: (id: number) => ['supplier-order', id] as const,
  refundRequests: ['supplier-refund-requests'] as const,
  supplierStock: ['supplier-stock'] as const,
  stockMovements: (skuId: number) => ['stock-movements', skuId] as const,
  shippingRule: ['supplier-shipping-rule'] as const,
  arbitration: ['association-refund-requests'] as const,
  associationOrders: ['association-orders'] as const,
  associationOrder: (id: number) => ['association-order', id] as const,
};
