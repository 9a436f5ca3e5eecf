import { useState } from 'react';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RenewalRequest, type RenewalNotice, type UploadView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DocumentList } from '../../../components/document-list';
import { schemaRule } from '../../../lib/schema-rule';
import { useRequestRenewal } from '../api/request-renewal';

const MAX_DOCUMENTS = 10;

interface RenewalValues {
  note?: string;
  documents?: UploadView[];
}

/** Renewal opens 30 days before expiry (the API's rule, shown by its notice); staff then review it like an application. */
export function RenewalRequestCard({ renewal }: { renewal: RenewalNotice | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const request = useRequestRenewal();
  const [failure, setFailure] = useState<unknown>(null);

  if (!renewal) return null;
  if (renewal.renewalPending) return <Alert type="info" showIcon title={t('supplierCertificate.renewalPending')} />;
  if (!renewal.due) return <Typography.Paragraph type="secondary">{t('supplierCertificate.renewalNotYet')}</Typography.Paragraph>;
  return (
    <Form<RenewalValues>
      layout="vertical"
      requiredMark={false}
      disabled={request.isPending}
      onFinish={(values) => {
        const body = RenewalRequest.safeParse({ note: values.note?.trim() || undefined, documents: (values.documents ?? []).map((d) => d.id) });
        if (!body.success) return;
        setFailure(null);
        request.mutate(body.data, { onSuccess: () => void message.success(t('supplierCertificate.renewalSent')), onError: setFailure });
      }}
    >
      <Alert type="warning" showIcon title={t('supplierCertificate.renewalDue')} className="renewal-due" />
      <Form.Item name="documents" label={t('supplierCertificate.renewalDocuments')}>
        <DocumentList max={MAX_DOCUMENTS} />
      </Form.Item>
      <Form.Item name="note" label={t('supplierCertificate.renewalNote')} rules={[schemaRule((v) => RenewalRequest.shape.note.safeParse(v || undefined).success, t('supplierCertificate.renewalNoteInvalid'))]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      {failure !== null && <ApiErrorAlert error={failure} />}
      <Button type="primary" htmlType="submit" loading={request.isPending}>
        {t('supplierCertificate.renewalSubmit')}
      </Button>
    </Form>
  );
}
