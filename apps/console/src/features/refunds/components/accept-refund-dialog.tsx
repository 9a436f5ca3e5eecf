import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useAnnounceAndClose, type RefundDialogProps } from '../../../components/refund-dialog';
import { useAcceptRefund } from '../api/accept-refund';

/** Money leaves once confirmed, so the amount and order are spelled out first. */
export function AcceptRefundDialog({ request, open, onClose }: RefundDialogProps) {
  const { t } = useTranslation();
  const announceAndClose = useAnnounceAndClose(onClose);
  const accept = useAcceptRefund();
  return (
    <Modal
      open={open}
      title={t('refunds.acceptTitle')}
      okText={t('refunds.accept')}
      confirmLoading={accept.isPending}
      onOk={() => accept.mutate(request.id, announceAndClose(t('refunds.accepted')))}
      onCancel={onClose}
      afterClose={accept.reset}
    >
      <Typography.Paragraph>{t('refunds.acceptText', { orderId: request.orderId, amount: formatPrice(request.amountFen) })}</Typography.Paragraph>
      {accept.isError && <ApiErrorAlert error={accept.error} />}
    </Modal>
  );
}
