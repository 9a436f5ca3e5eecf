import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type OrderDetail } from '@bangfu/contracts';

/** Where it goes and, once shipped, with whom. */
export function OrderDelivery({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { address, shipment } = order;
  return (
    <List header={t('orders.delivery')} className="order-delivery">
      <List.Item description={`${address.province} ${address.city} ${address.district} ${address.detail}`}>
        {address.name} {address.phone}
      </List.Item>
      {shipment && (
        <List.Item description={t('orders.shippedAt', { at: formatChinaTime(shipment.shippedAt) })} extra={<span className="tracking-no">{shipment.trackingNo}</span>}>
          {t(`carriers.${shipment.carrier}`, { defaultValue: shipment.carrier })}
        </List.Item>
      )}
    </List>
  );
}
