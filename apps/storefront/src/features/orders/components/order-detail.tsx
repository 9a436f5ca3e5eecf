import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type OrderDetail as Order } from '@bangfu/contracts';
import { OrderActions } from './order-actions';
import { OrderDelivery } from './order-delivery';
import { OrderLines } from './order-lines';
import { OrderStatusTag, statusColor } from './order-status-tag';
import { OrderTimeline } from './order-timeline';
import { OrderTotals } from './order-totals';
import { PaymentCountdown } from './payment-countdown';
import { RefundRequests } from './refund-requests';

export function OrderDetail({ order, onStale }: { order: Order; onStale: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="order-page">
      <section className={`order-head order-head-${statusColor(order.status)}`}>
        <OrderStatusTag status={order.status} />
        <p className="order-hint">{t(`orders.hints.${order.status}`)}</p>
        {order.status === 'pending_payment' && order.paymentDueAt && <PaymentCountdown dueAt={order.paymentDueAt} onExpired={onStale} />}
        {order.status === 'shipped' && order.autoCompleteAt && (
          <p className="muted">{t('orders.autoCompleteAt', { at: formatChinaTime(order.autoCompleteAt) })}</p>
        )}
      </section>
      <OrderDelivery order={order} />
      <OrderLines order={order} />
      <OrderTotals order={order} />
      <RefundRequests order={order} />
      <OrderTimeline timeline={order.timeline} />
      <List header={t('orders.info')} className="order-info">
        <List.Item extra={<span className="order-no">{order.orderNo}</span>}>{t('orders.number')}</List.Item>
        <List.Item extra={formatChinaTime(order.createdAt)}>{t('orders.createdAt')}</List.Item>
      </List>
      <OrderActions order={order} />
    </div>
  );
}
