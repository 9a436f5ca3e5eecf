import { formatChinaTime, type RefundRequestView } from '@bangfu/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRefundRequestColumns } from '../../../components/refund-request-columns';
import { RefundActions } from './refund-actions';
import { RefundStatusTag } from './refund-status-tag';

export function RefundsTable({ requests, loading }: { requests: RefundRequestView[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const request = useRefundRequestColumns((orderId) => <Link to={`/orders/${orderId}`}>#{orderId}</Link>);
  const columns: TableColumnsType<RefundRequestView> = [
    ...request.leading,
    request.photos,
    { title: t('refunds.status'), dataIndex: 'status', render: (status: RefundRequestView['status']) => <RefundStatusTag status={status} /> },
    {
      title: t('refunds.decision'),
      dataIndex: 'decisionReason',
      render: (reason: string | null, r) =>
        reason || r.resolvedAt ? (
          <>
            {reason}
            {r.resolvedAt && (
              <div>
                <Typography.Text type="secondary">{formatChinaTime(r.resolvedAt)}</Typography.Text>
              </div>
            )}
          </>
        ) : (
          '—'
        ),
    },
    { title: t('refunds.actions'), key: 'actions', render: (_, r) => <RefundActions request={r} /> },
  ];
  return (
    <Table<RefundRequestView>
      rowKey="id"
      columns={columns}
      dataSource={requests}
      loading={loading}
      locale={{ emptyText: t('refunds.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => (count >= 200 ? t('refunds.limit') : t('refunds.total', { count })) }}
    />
  );
}
