import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefundRequestView } from '@bangfu/contracts';
import type { RecordAction } from '../../../components/record-list';
import { useRecordDialog } from '../../../components/use-record-dialog';
import { AcceptRefundDialog } from './accept-refund-dialog';
import { RejectRefundDialog } from './reject-refund-dialog';

/**
 * The supplier's decisions on a list of requests: a requested refund is accepted or rejected, one whose payout failed
 * may be accepted again. Each request's buttons open the one dialog the list holds.
 */
export function useRefundDecisions(): { actionsOf: (request: RefundRequestView) => RecordAction[]; dialogs: ReactNode } {
  const { t } = useTranslation();
  const { shown, show, close } = useRecordDialog<RefundRequestView, 'accept' | 'reject'>();
  const actionsOf = (request: RefundRequestView): RecordAction[] => {
    if (request.status !== 'requested' && request.status !== 'failed') return [];
    const accept = { key: 'accept', label: t(request.status === 'failed' ? 'refunds.retry' : 'refunds.accept'), primary: true, onClick: () => show('accept', request) };
    const reject = { key: 'reject', label: t('refunds.reject'), danger: true, onClick: () => show('reject', request) };
    return request.status === 'requested' ? [accept, reject] : [accept];
  };
  const dialogs = shown && (
    <>
      <AcceptRefundDialog request={shown.record} open={shown.open && shown.dialog === 'accept'} onClose={close} />
      <RejectRefundDialog request={shown.record} open={shown.open && shown.dialog === 'reject'} onClose={close} />
    </>
  );
  return { actionsOf, dialogs };
}
