import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RefundRequestList, RefundRequestView } from '@bangfu/contracts';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { ReasonText, useRefundRequestColumns } from '../../../components/refund-request-columns';
import { associationOrderLink, type OrderLinkState } from '../../association-orders/filter-params';
import { useArbitrationDecisions } from './arbitration-decisions';

export interface ArbitrationListProps {
  data: RefundRequestList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Both sides of each escalated request — the buyer's reason and photos, the supplier's refusal — beside the decision buttons. */
export function ArbitrationList({ data, loading, page, pageSize, onPageChange }: ArbitrationListProps) {
  const { t } = useTranslation();
  // The whole order — goods, delivery, history — helps to decide; closing it comes back to the queue.
  const request = useRefundRequestColumns((orderId) => (
    <Link to={associationOrderLink(orderId)} state={{ back: '/arbitration' } satisfies OrderLinkState}>
      #{orderId}
    </Link>
  ));
  const decisions = useArbitrationDecisions();
  const columns: RecordColumn<RefundRequestView>[] = [
    ...request.leading,
    // While a request is escalated its decision reason is still the supplier's refusal.
    { key: 'refusal', title: t('arbitration.refusal'), width: 240, card: 'block', render: (r) => <ReasonText text={r.decisionReason} /> },
    request.photos,
  ];
  return (
    <>
      <RecordList<RefundRequestView>
        className="arbitration-list"
        columns={columns}
        actions={{ title: t('arbitration.actions'), of: decisions.actionsOf }}
        records={data?.items}
        recordKey={(r) => r.id}
        loading={loading}
        emptyText={t('arbitration.empty')}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          showTotal: (count) => t('arbitration.total', { count }),
          onChange: onPageChange,
        }}
      />
      {decisions.dialogs}
    </>
  );
}
