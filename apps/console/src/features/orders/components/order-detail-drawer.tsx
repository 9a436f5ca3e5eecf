import type { ReactNode } from 'react';
import { Drawer, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useSupplierOrder } from '../api/get-supplier-order';
import { OrderDelivery } from './order-delivery';
import { OrderLinesTable } from './order-lines-table';
import { OrderSummary } from './order-summary';
import { OrderTimeline } from './order-timeline';
import { ShipOrderForm } from './ship-order-form';

export interface OrderDetailDrawerProps {
  /** The order shown; kept while the drawer closes so its content does not vanish mid-animation. */
  orderId: number | undefined;
  open: boolean;
  onClose: () => void;
}

export function OrderDetailDrawer({ orderId, open, onClose }: OrderDetailDrawerProps) {
  const { t } = useTranslation();
  const valid = orderId !== undefined && Number.isSafeInteger(orderId) && orderId > 0;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title={valid ? t('orderDetail.title', { id: orderId }) : t('orders.title')}
      destroyOnHidden
    >
      {valid ? <OrderDetailBody orderId={orderId} /> : <Result status="404" title={t('orderDetail.badId')} />}
    </Drawer>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section">
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}

function OrderDetailBody({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const order = useSupplierOrder(orderId);

  if (order.isPending) return <Spin className="block-spin" />;
  if (order.isError) return <ApiErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  return (
    <>
      <Section title={t('orderDetail.summary')}>
        <OrderSummary order={o} />
      </Section>
      {o.status === 'paid' && (
        <Section title={t('ship.title')}>
          <ShipOrderForm orderId={o.id} />
        </Section>
      )}
      <Section title={t('orderDetail.lines')}>
        <OrderLinesTable lines={o.lines} />
      </Section>
      <Section title={t('orderDetail.delivery')}>
        <OrderDelivery order={o} />
      </Section>
      {o.refundRequests.length > 0 && (
        <Section title={t('orderDetail.refunds')}>
          <Space>
            <Typography.Text>{o.refundRequests.length}</Typography.Text>
            <Link to="/refunds">{t('orderDetail.toRefunds')}</Link>
          </Space>
        </Section>
      )}
      <Section title={t('orderDetail.timeline')}>
        <OrderTimeline entries={o.timeline} />
      </Section>
    </>
  );
}
