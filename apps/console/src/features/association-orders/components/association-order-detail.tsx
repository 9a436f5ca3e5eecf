import { useTranslation } from 'react-i18next';
import type { RefundRequestView } from '@bangfu/contracts';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { ReasonText, useRefundRequestColumns } from '../../../components/refund-request-columns';
import { OrderDetailBody } from '../../orders/components/order-detail-drawer';
import { RefundStatusTag } from '../../refunds/components/refund-status-tag';
import { useAssociationOrder } from '../api/get-association-order';

/** Any supplier's order as staff read it; nothing is done from here, the refunds are decided on the arbitration page. */
export function AssociationOrderDetail({ orderId }: { orderId: number }) {
  const order = useAssociationOrder(orderId);
  return <OrderDetailBody order={order} forStaff refunds={(o) => <OrderRefundRequests requests={o.refundRequests} />} />;
}

/** Each request on the order with both sides' words and the buyer's photos. */
function OrderRefundRequests({ requests }: { requests: RefundRequestView[] }) {
  const { t } = useTranslation();
  const request = useRefundRequestColumns(null);
  const columns: RecordColumn<RefundRequestView>[] = [
    ...request.leading,
    { key: 'status', title: t('associationOrders.refundStatus'), card: 'extra', render: (r) => <RefundStatusTag status={r.status} /> },
    { key: 'decisionReason', title: t('associationOrders.decisionReason'), width: 200, card: 'block', render: (r) => <ReasonText text={r.decisionReason} /> },
    request.photos,
  ];
  return <RecordList<RefundRequestView> size="small" className="order-refund-requests" columns={columns} records={requests} recordKey={(r) => r.id} />;
}
