import type { ReactNode } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
// Month and weekday names of antd's picker come from dayjs, which loads only English unless told otherwise.
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { chinaDate, type ApproveRequest } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';

export interface ValidityDialogProps {
  open: boolean;
  title: string;
  okText: string;
  intro: ReactNode;
  /** An approval may leave a note in the record; a product's certification takes none. */
  withNote?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (decision: ApproveRequest) => void;
  onClose: () => void;
  afterClose: () => void;
}

/** Issuing a certificate: until when, if not the default term, and why, if worth saying. */
export function ValidityDialog({ open, title, okText, intro, withNote, pending, error, onSubmit, onClose, afterClose }: ValidityDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ validUntil?: Dayjs | null; note?: string }>();
  // The API refuses a certificate ending today or before, counted in China time.
  const today = chinaDate(new Date());
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
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
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ validUntil, note }) => onSubmit({ validUntil: validUntil?.format('YYYY-MM-DD'), note: note?.trim() || undefined })}
      >
        <Form.Item name="validUntil" label={t('review.validity.label')} extra={t('review.validity.hint')}>
          <DatePicker format="YYYY-MM-DD" className="full-width" disabledDate={(day) => day.format('YYYY-MM-DD') <= today} />
        </Form.Item>
        {withNote && (
          <Form.Item name="note" label={t('review.validity.note')} extra={t('review.validity.noteHint')}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
