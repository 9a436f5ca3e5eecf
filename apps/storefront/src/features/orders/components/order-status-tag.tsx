import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@bangfu/contracts';

export function statusColor(status: OrderStatus): 'warning' | 'primary' | 'success' | 'default' | 'danger' {
  switch (status) {
    case 'pending_payment':
      return 'warning';
    case 'paid':
    case 'shipped':
      return 'primary';
    case 'completed':
      return 'success';
    case 'refunding':
    case 'refunded':
      return 'danger';
    default:
      return 'default';
  }
}

/** The status in large type on the order page's coloured header. */
export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <strong className={`order-status order-status-${statusColor(status)}`}>{t(`orders.status.${status}`)}</strong>;
}
