import { useTranslation } from 'react-i18next';
import { RefundDecision } from '@bangfu/contracts';
import { ReasonDialog } from '../../../components/reason-dialog';
import { useAnnounceAndClose, type RefundDialogProps } from '../../../components/refund-dialog';
import { useRejectRefund } from '../api/reject-refund';

/** A refusal needs a reason the buyer will read (2–500 characters, as the API requires). */
export function RejectRefundDialog({ request, open, onClose }: RefundDialogProps) {
  const { t } = useTranslation();
  const announceAndClose = useAnnounceAndClose(onClose);
  const reject = useRejectRefund();
  return (
    <ReasonDialog
      open={open}
      title={t('refunds.rejectTitle')}
      okText={t('refunds.reject')}
      danger
      label={t('refunds.rejectReason')}
      hint={t('refunds.rejectReasonHint')}
      invalidText={t('refunds.rejectReasonInvalid')}
      isValid={(reason) => RefundDecision.shape.reason.safeParse(reason).success}
      pending={reject.isPending}
      error={reject.error}
      onSubmit={(reason) => reject.mutate({ requestId: request.id, reason }, announceAndClose(t('refunds.rejected')))}
      onClose={onClose}
      afterClose={reject.reset}
    />
  );
}
