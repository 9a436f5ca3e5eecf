import type { ReactNode } from 'react';
import { Form, Input, Modal } from 'antd';
import { ApiErrorAlert } from './api-error-alert';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  /** What the decision does, above the reason. */
  intro?: ReactNode;
  label: string;
  hint: string;
  /** Shown when `isValid` refuses the text; the API's own rule is checked before anything is sent. */
  invalidText: string;
  isValid: (reason: string) => boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  /** Runs once the dialog has closed, e.g. to reset the mutation behind it. */
  afterClose: () => void;
}

/** A decision that must be explained in 2–500 characters others will read. */
export function ReasonDialog({ open, title, okText, danger, intro, label, hint, invalidText, isValid, pending, error, onSubmit, onClose, afterClose }: ReasonDialogProps) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        afterClose();
      }}
      forceRender
    >
      {intro}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item
          name="reason"
          label={label}
          extra={hint}
          rules={[{ validator: (_, value: string | undefined) => (isValid(value ?? '') ? Promise.resolve() : Promise.reject(new Error(invalidText))) }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
