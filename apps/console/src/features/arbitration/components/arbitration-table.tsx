import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RefundRequestList, RefundRequestView } from '@bangfu/contracts';
import { ReasonText, useRefundRequestColumns } from '../../../components/refund-request-columns';
import { associationOrderLink, type OrderLinkState } from '../../association-orders/filter-params';
import { DecideRefundActions } from './decide-refund-actions';

export interface ArbitrationTableProps {
  data: RefundRequestList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Both sides of each escalated request — the buyer's reason and photos, the supplier's refusal — beside the decision buttons. */
export function ArbitrationTable({ data, loading, page, pageSize, onPageChange }: ArbitrationTableProps) {
  const { t } = useTranslation();
  // The whole order — goods, delivery, history — helps to decide; closing it comes back to the queue.
  const request = useRefundRequestColumns((orderId) => (
    <Link to={associationOrderLink(orderId)} state={{ back: '/arbitration' } satisfies OrderLinkState}>
      #{orderId}
    </Link>
  ));
  const columns: TableColumnsType<RefundRequestView> = [
    ...request.leading,
    // While a request is escalated its decision reason is still the supplier's refusal.
    { title: t('arbitration.refusal'), dataIndex: 'decisionReason', width: 240, render: (reason: string | null) => <ReasonText text={reason} /> },
    request.photos,
    { title: t('arbitration.actions'), key: 'actions', render: (_, r) => <DecideRefundActions request={r} /> },
  ];
  return (
    <Table<RefundRequestView>
      className="arbitration-table"
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      locale={{ emptyText: t('arbitration.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        hideOnSinglePage: true,
        showTotal: (count) => t('arbitration.total', { count }),
        onChange: onPageChange,
      }}
    />
  );
}
