import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefundDecision, type RefundRequestView } from '@bangfu/contracts';
import { ReasonDialog } from '../../../components/reason-dialog';
import { useRejectRefund } from '../api/reject-refund';

export interface RejectRefundDialogProps {
  request: RefundRequestView;
  open: boolean;
  onClose: () => void;
}

/** A refusal needs a reason the buyer will read (2–500 characters, as the API requires). */
export function RejectRefundDialog({ request, open, onClose }: RejectRefundDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
      onSubmit={(reason) =>
        reject.mutate(
          { requestId: request.id, reason },
          {
            onSuccess: () => {
              void message.success(t('refunds.rejected'));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
      afterClose={reject.reset}
    />
  );
}
