import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ArbitrationDecision, formatPrice } from '@bangfu/contracts';
import { ReasonDialog } from '../../../components/reason-dialog';
import { useAnnounceAndClose, type RefundDialogProps } from '../../../components/refund-dialog';
import { useDecideRefund } from '../api/decide-refund';

export interface DecideRefundDialogProps extends RefundDialogProps {
  /** True refunds the buyer; false upholds the supplier's refusal. */
  refund: boolean;
}

/** Either way the decision is final, so it spells out the order and amount and needs a reason both sides will read. */
export function DecideRefundDialog({ request, refund, open, onClose }: DecideRefundDialogProps) {
  const { t } = useTranslation();
  const announceAndClose = useAnnounceAndClose(onClose);
  const decide = useDecideRefund();
  const amount = { orderId: request.orderId, amount: formatPrice(request.amountFen) };
  return (
    <ReasonDialog
      open={open}
      title={t(refund ? 'arbitration.refundTitle' : 'arbitration.upholdTitle')}
      okText={t(refund ? 'arbitration.refund' : 'arbitration.uphold')}
      danger={!refund}
      intro={<Typography.Paragraph>{t(refund ? 'arbitration.refundText' : 'arbitration.upholdText', amount)}</Typography.Paragraph>}
      label={t('arbitration.decisionReason')}
      hint={t('arbitration.decisionReasonHint')}
      invalidText={t('arbitration.decisionReasonInvalid')}
      isValid={(reason) => ArbitrationDecision.shape.reason.safeParse(reason).success}
      pending={decide.isPending}
      error={decide.error}
      onSubmit={(reason) =>
        decide.mutate({ requestId: request.id, decision: { refund, reason } }, announceAndClose(t(refund ? 'arbitration.refunded' : 'arbitration.upheld')))
      }
      onClose={onClose}
      afterClose={decide.reset}
    />
  );
}
