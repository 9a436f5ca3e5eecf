import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSupplierOrder } from '../api/get-supplier-order';
import { DetailSection, OrderDetailBody } from './order-detail-drawer';
import { ShipOrderForm } from './ship-order-form';

/** The supplier's own order: a paid one can be shipped here, its refunds are handled on the refunds page. */
export function SupplierOrderDetail({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const order = useSupplierOrder(orderId);
  return (
    <OrderDetailBody
      order={order}
      actions={(o) =>
        o.status === 'paid' && (
          <DetailSection title={t('ship.title')}>
            <ShipOrderForm orderId={o.id} />
          </DetailSection>
        )
      }
      refunds={(o) => (
        <Space>
          <Typography.Text>{o.refundRequests.length}</Typography.Text>
          <Link to="/refunds">{t('orderDetail.toRefunds')}</Link>
        </Space>
      )}
    />
  );
}
