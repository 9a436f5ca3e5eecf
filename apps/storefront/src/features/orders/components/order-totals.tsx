import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { totalLabelKey } from '../order-amount';

export function OrderTotals({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <List className="order-totals">
      <List.Item extra={<Price fen={order.itemsFen} />}>{t('orders.itemsTotal')}</List.Item>
      <List.Item extra={order.shippingFen === 0 ? t('orders.freeShipping') : <Price fen={order.shippingFen} />}>{t('orders.shipping')}</List.Item>
      <List.Item extra={<Price fen={order.totalFen} className="price price-large" />}>{t(totalLabelKey(order.status))}</List.Item>
      {order.refundedFen > 0 && <List.Item extra={<Price fen={order.refundedFen} className="price-refunded" />}>{t('orders.refunded')}</List.Item>}
    </List>
  );
}
