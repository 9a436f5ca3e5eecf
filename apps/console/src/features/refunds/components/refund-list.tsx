import { formatChinaTime, type RefundRequestList, type RefundRequestView } from '@bangfu/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { useRefundRequestColumns } from '../../../components/refund-request-columns';
import { useRefundDecisions } from './refund-decisions';
import { RefundStatusTag } from './refund-status-tag';

export interface RefundListProps {
  data: RefundRequestList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The refund requests on the supplier's orders, each with what the buyer asked and the decision it awaits or got. */
export function RefundList({ data, loading, page, pageSize, onPageChange }: RefundListProps) {
  const { t } = useTranslation();
  const request = useRefundRequestColumns((orderId) => <Link to={`/orders/${orderId}`}>#{orderId}</Link>);
  const decisions = useRefundDecisions();
  const columns: RecordColumn<RefundRequestView>[] = [
    ...request.leading,
    request.photos,
    { key: 'status', title: t('refunds.status'), card: 'extra', render: (r) => <RefundStatusTag status={r.status} /> },
    {
      key: 'decision',
      title: t('refunds.decision'),
      card: 'block',
      render: (r) =>
        r.decisionReason || r.resolvedAt ? (
          <>
            {r.decisionReason}
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
  ];
  return (
    <>
      <RecordList<RefundRequestView>
        columns={columns}
        actions={{ title: t('refunds.actions'), of: decisions.actionsOf }}
        records={data?.items}
        recordKey={(r) => r.id}
        loading={loading}
        emptyText={t('refunds.empty')}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          showTotal: (count) => t('refunds.total', { count }),
          onChange: onPageChange,
        }}
      />
      {decisions.dialogs}
    </>
  );
}
