import type { OrderStatus } from '@bangfu/contracts';

/** The tabs of "my orders": one per step a shopper cares about; refunds group both refund states. */
export const ORDER_TABS = [
  { key: 'all', statuses: [] },
  { key: 'pending_payment', statuses: ['pending_payment'] },
  { key: 'paid', statuses: ['paid'] },
  { key: 'shipped', statuses: ['shipped'] },
  { key: 'completed', statuses: ['completed'] },
  { key: 'refund', statuses: ['refunding', 'refunded'] },
  { key: 'cancelled', statuses: ['cancelled'] },
] as const satisfies readonly { key: string; statuses: readonly OrderStatus[] }[];

export type OrderTabKey = (typeof ORDER_TABS)[number]['key'];

export function tabOf(key: string | null) {
  return ORDER_TABS.find((tab) => tab.key === key) ?? ORDER_TABS[0];
}
