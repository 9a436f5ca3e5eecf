import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, formatPrice, type OrderDetail } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { OrderChannel } from './order-channel';
import { OrderStatusTag } from './order-status-tag';

/** Status, money and dates of one order; for staff also whose order it is and the payment behind it. */
export function OrderSummary({ order, forStaff = false }: { order: OrderDetail; forStaff?: boolean }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
      {forStaff && (
        <Descriptions.Item label={t('orderDetail.supplier')}>
          {order.supplierName} <Typography.Text type="secondary">#{order.supplierId}</Typography.Text>
        </Descriptions.Item>
      )}
      {forStaff && <Descriptions.Item label={t('orderDetail.payment')}>#{order.paymentId}</Descriptions.Item>}
      <Descriptions.Item label={t('orders.status')}>
        <OrderStatusTag status={order.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.createdAt')}>{formatChinaTime(order.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('orders.itemsFen')}>
        <Price fen={order.itemsFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.shippingFen')}>
        <Price fen={order.shippingFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.totalFen')}>
        <Typography.Text strong>
          <Price fen={order.totalFen} />
        </Typography.Text>
        {order.refundedFen > 0 && (
          <Typography.Text type="secondary">
            {' '}
            ({t('orders.refundedFen', { amount: formatPrice(order.refundedFen) })})
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('orderDetail.channel')}>
        <OrderChannel order={order} />
      </Descriptions.Item>
      {order.paymentDueAt && <Descriptions.Item label={t('orderDetail.paymentDueAt')}>{formatChinaTime(order.paymentDueAt)}</Descriptions.Item>}
      {order.autoCompleteAt && (
        <Descriptions.Item label={t('orderDetail.autoCompleteAt')}>{formatChinaTime(order.autoCompleteAt)}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
