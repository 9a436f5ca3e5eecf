import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefundRequestView } from '@bangfu/contracts';
import type { RecordAction } from '../../../components/record-list';
import { useRecordDialog } from '../../../components/use-record-dialog';
import { DecideRefundDialog } from './decide-refund-dialog';

/** An escalated request is refunded or its refusal upheld; either choice opens its own dialog, one for the whole queue. */
export function useArbitrationDecisions(): { actionsOf: (request: RefundRequestView) => RecordAction[]; dialogs: ReactNode } {
  const { t } = useTranslation();
  const { shown, show, close } = useRecordDialog<RefundRequestView, 'refund' | 'uphold'>();
  const actionsOf = (request: RefundRequestView): RecordAction[] =>
    request.status === 'escalated'
      ? [
          { key: 'refund', label: t('arbitration.refund'), primary: true, onClick: () => show('refund', request) },
          { key: 'uphold', label: t('arbitration.uphold'), danger: true, onClick: () => show('uphold', request) },
        ]
      : [];
  const dialogs = shown && (
    <>
      <DecideRefundDialog request={shown.record} refund open={shown.open && shown.dialog === 'refund'} onClose={close} />
      <DecideRefundDialog request={shown.record} refund={false} open={shown.open && shown.dialog === 'uphold'} onClose={close} />
    </>
  );
  return { actionsOf, dialogs };
}
