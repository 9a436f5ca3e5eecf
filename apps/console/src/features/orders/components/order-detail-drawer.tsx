import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Drawer, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { OrderDelivery } from './order-delivery';
import { OrderLines } from './order-lines';
import { OrderSummary } from './order-summary';
import { OrderTimeline } from './order-timeline';

/**
 * The order a drawer shows for the `:orderId` route parameter: the last one stays while the drawer slides shut after
 * the URL went back to the list; NaN for an id that is not a number.
 */
export function useShownOrderId(param: string | undefined): number | undefined {
  const [shown, setShown] = useState(param);
  if (param !== undefined && param !== shown) setShown(param);
  return shown === undefined ? undefined : /^\d{1,12}$/.test(shown) ? Number(shown) : NaN;
}

export interface OrderDetailDrawerProps {
  /** The order shown; kept while the drawer closes so its content does not vanish mid-animation. */
  orderId: number | undefined;
  open: boolean;
  onClose: () => void;
  /** The body for a well-formed id: the supplier's own order, or any order for staff. */
  children: (orderId: number) => ReactNode;
}

export function OrderDetailDrawer({ orderId, open, onClose, children }: OrderDetailDrawerProps) {
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
      {valid ? children(orderId) : <Result status="404" title={t('orderDetail.badId')} />}
    </Drawer>
  );
}

export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section">
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}

export interface OrderDetailBodyProps {
  order: UseQueryResult<OrderDetail>;
  /** Staff read whose order it is and which payment paid it; the supplier knows. */
  forStaff?: boolean;
  /** What the reader can do with the order, right under its summary. */
  actions?: (order: OrderDetail) => ReactNode;
  /** The refund requests, shown only when there are any. */
  refunds: (order: OrderDetail) => ReactNode;
}

/** Everything about one order, once loaded: summary, goods, delivery, refunds and the history of its states. */
export function OrderDetailBody({ order, forStaff, actions, refunds }: OrderDetailBodyProps) {
  const { t } = useTranslation();
  if (order.isPending) return <Spin className="block-spin" />;
  if (order.isError) return <ApiErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  return (
    <>
      <DetailSection title={t('orderDetail.summary')}>
        <OrderSummary order={o} forStaff={forStaff} />
      </DetailSection>
      {actions?.(o)}
      <DetailSection title={t('orderDetail.lines')}>
        <OrderLines lines={o.lines} />
      </DetailSection>
      <DetailSection title={t('orderDetail.delivery')}>
        <OrderDelivery order={o} />
      </DetailSection>
      {o.refundRequests.length > 0 && <DetailSection title={t('orderDetail.refunds')}>{refunds(o)}</DetailSection>}
      <DetailSection title={t('orderDetail.timeline')}>
        <OrderTimeline entries={o.timeline} />
      </DetailSection>
    </>
  );
}
