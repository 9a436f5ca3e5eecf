import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@bangfu/contracts';

const COLOR: Record<OrderStatus, string> = {
  pending_payment: 'gold',
  paid: 'blue',
  shipped: 'cyan',
  completed: 'green',
  cancelled: 'default',
  refunding: 'orange',
  refunded: 'purple',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`orderStatus.${status}`)}</Tag>;
}
