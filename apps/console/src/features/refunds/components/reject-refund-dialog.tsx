import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefundDecision, type RefundRequestView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
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
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useRejectRefund();
  return (
    <Modal
      open={open}
      title={t('refunds.rejectTitle')}
      okText={t('refunds.reject')}
      okButtonProps={{ danger: true }}
      confirmLoading={reject.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        reject.reset();
      }}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ reason }) =>
          reject.mutate(
            { requestId: request.id, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('refunds.rejected'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('refunds.rejectReason')}
          extra={t('refunds.rejectReasonHint')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                RefundDecision.shape.reason.safeParse(value ?? '').success ? Promise.resolve() : Promise.reject(new Error(t('refunds.rejectReasonInvalid'))),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {reject.isError && <ApiErrorAlert error={reject.error} />}
    </Modal>
  );
}
