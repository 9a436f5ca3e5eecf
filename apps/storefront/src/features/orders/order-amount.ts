import type { OrderStatus } from '@bangfu/contracts';

/**
 * What an order's total is to the shopper: 应付 while it waits to be paid, 实付 only once the money has come
 * in; a cancelled order was never paid, so its total is just the order's amount.
 */
export function totalLabelKey(status: OrderStatus) {
  if (status === 'pending_payment') return 'orders.amountDue' as const;
  if (status === 'cancelled') return 'orders.orderTotal' as const;
  return 'orders.amountPaid' as const;
}
