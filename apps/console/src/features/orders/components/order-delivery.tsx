import { formatChinaTime, type OrderDetail } from '@bangfu/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { carrierName } from './carrier-name';

/** Where the goods go and, once shipped, with whom. */
export function OrderDelivery({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { address, shipment } = order;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('orderDetail.recipient')}>
        {address.name} · {address.phone}
      </Descriptions.Item>
      <Descriptions.Item label={t('orderDetail.address')}>
        {address.province} {address.city} {address.district} {address.detail}
      </Descriptions.Item>
      <Descriptions.Item label={t('orderDetail.shipment')}>
        {shipment ? (
          <span className="shipment">
            {carrierName(t, shipment.carrier)} · <Typography.Text copyable>{shipment.trackingNo}</Typography.Text> ·{' '}
            <Typography.Text type="secondary">{formatChinaTime(shipment.shippedAt)}</Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('orderDetail.notShipped')}</Typography.Text>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
