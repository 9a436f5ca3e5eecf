import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RefundRequestView } from '@bangfu/contracts';
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
  const columns: TableColumnsType<RefundRequestView> = [
    ...request.leading,
    { title: t('associationOrders.refundStatus'), dataIndex: 'status', render: (status: RefundRequestView['status']) => <RefundStatusTag status={status} /> },
    { title: t('associationOrders.decisionReason'), dataIndex: 'decisionReason', width: 200, render: (reason: string | null) => <ReasonText text={reason} /> },
    request.photos,
  ];
  return <Table<RefundRequestView> rowKey="id" size="small" className="order-refund-requests" columns={columns} dataSource={requests} pagination={false} scroll={{ x: 'max-content' }} />;
}
