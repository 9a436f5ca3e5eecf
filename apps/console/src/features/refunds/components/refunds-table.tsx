import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RefundRequestView } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { formatChinaTime } from '../../../lib/china-time';
import { RefundActions } from './refund-actions';
import { RefundPhotos } from './refund-photos';
import { RefundStatusTag } from './refund-status-tag';

export function RefundsTable({ requests, loading }: { requests: RefundRequestView[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RefundRequestView> = [
    { title: t('refunds.id'), dataIndex: 'id', render: (id: number) => `#${id}` },
    { title: t('refunds.order'), dataIndex: 'orderId', render: (orderId: number) => <Link to={`/orders/${orderId}`}>#{orderId}</Link> },
    { title: t('refunds.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatChinaTime(at) },
    { title: t('refunds.amount'), dataIndex: 'amountFen', align: 'right', render: (fen: number) => <Price fen={fen} /> },
    {
      title: t('refunds.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, r) => t('refunds.pieces', { count: r.lines.reduce((sum, l) => sum + l.quantity, 0) }),
    },
    {
      title: t('refunds.reason'),
      dataIndex: 'reason',
      width: 240,
      render: (reason: string) => <Typography.Paragraph className="refund-reason" ellipsis={{ rows: 3, expandable: 'collapsible' }}>{reason}</Typography.Paragraph>,
    },
    { title: t('refunds.photos'), dataIndex: 'photos', render: (photos: string[]) => <RefundPhotos photos={photos} /> },
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
