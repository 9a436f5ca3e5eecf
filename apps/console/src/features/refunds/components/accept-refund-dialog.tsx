import { App, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPrice, type RefundRequestView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useAcceptRefund } from '../api/accept-refund';

export interface AcceptRefundDialogProps {
  request: RefundRequestView;
  open: boolean;
  onClose: () => void;
}

/** Money leaves once confirmed, so the amount and order are spelled out first. */
export function AcceptRefundDialog({ request, open, onClose }: AcceptRefundDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const accept = useAcceptRefund();
  return (
    <Modal
      open={open}
      title={t('refunds.acceptTitle')}
      okText={t('refunds.accept')}
      confirmLoading={accept.isPending}
      onOk={() =>
        accept.mutate(request.id, {
          onSuccess: () => {
            void message.success(t('refunds.accepted'));
            onClose();
          },
        })
      }
      onCancel={onClose}
      afterClose={accept.reset}
    >
      <Typography.Paragraph>{t('refunds.acceptText', { orderId: request.orderId, amount: formatPrice(request.amountFen) })}</Typography.Paragraph>
      {accept.isError && <ApiErrorAlert error={accept.error} />}
    </Modal>
  );
}
