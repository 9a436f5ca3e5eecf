import { useState } from 'react';
import { Alert, App, Button, Col, Divider, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { COUNTIES, EntityType, isValidCreditCode, SupplierApplicationRequest, type FieldIssue } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DocumentList } from '../../../components/document-list';
import { schemaRule } from '../../../lib/schema-rule';
import { fieldIssues } from '../../../lib/use-api-error-text';
import { applicationDraft, type ApplicationFormValues } from '../application-draft';
import { useCountyTowns } from '../api/get-county-towns';
import { useSendApplication } from '../api/send-application';

const FIELDS = SupplierApplicationRequest.shape;
const MAX_DOCUMENTS = 10;
const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }) => (value: unknown) => schema.safeParse(value).success;

export interface ApplicationFormProps {
  userId: number;
  initialValues: ApplicationFormValues;
  /** The application staff sent back, with their reason; null for a first application. */
  changesRequested: { id: number; reason: string | null } | null;
  onSent: () => void;
}

/** What the API takes, built from the form; documents go by id. */
function toRequest(values: ApplicationFormValues) {
  return SupplierApplicationRequest.safeParse({ ...values, village: values.village?.trim() || undefined, documents: (values.documents ?? []).map((d) => d.id) });
}

/** Every field of the application, checked by the contract's own rules as it is typed; the draft is kept on each change. */
export function ApplicationForm({ userId, initialValues, changesRequested, onSent }: ApplicationFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const countyName = useCountyName();
  const [form] = Form.useForm<ApplicationFormValues>();
  const county = Form.useWatch('county', form) ?? initialValues.county;
  const creditCode = Form.useWatch('creditCode', form) as string | undefined;
  const towns = useCountyTowns(county);
  const send = useSendApplication(changesRequested?.id ?? null);
  const [failure, setFailure] = useState<unknown>(null);

  const showIssues = (issues: FieldIssue[]) =>
    form.setFields(issues.filter((issue) => issue.field in FIELDS).map((issue) => ({ name: issue.field as keyof ApplicationFormValues, errors: [issue.message] })));

  const submit = (values: ApplicationFormValues) => {
    const request = toRequest(values);
    if (!request.success) return;
    setFailure(null);
    send.mutate(request.data, {
      onSuccess: () => {
        applicationDraft.clear(userId);
        void message.success(t('apply.submitted'));
        onSent();
      },
      onError: (error) => {
        setFailure(error);
        if (isApiError(error) && error.status === 400) showIssues(fieldIssues(error.details));
      },
    });
  };

  const creditCodeOk = typeof creditCode === 'string' && isValidCreditCode(creditCode.trim().toUpperCase());
  return (
    <Form<ApplicationFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      className="application-form"
      initialValues={initialValues}
      disabled={send.isPending}
      onValuesChange={(_, all) => applicationDraft.save(userId, all)}
      onFinish={submit}
    >
      {changesRequested && (
        <Alert type="warning" showIcon className="application-changes" title={t('apply.changesRequested')} description={t('apply.changesReason', { reason: changesRequested.reason ?? '' })} />
      )}
      <Typography.Paragraph type="secondary">{t('apply.draftKept')}</Typography.Paragraph>

      <Divider titlePlacement="start">{t('apply.sectionEntity')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('apply.name')} rules={[schemaRule(accepts(FIELDS.name), t('apply.nameInvalid'))]}>
            <Input maxLength={100} autoComplete="organization" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label={t('apply.creditCode')}
            extra={creditCodeOk ? <Typography.Text type="success">{t('apply.creditCodeValid')}</Typography.Text> : t('apply.creditCodeHint')}
            rules={[schemaRule(accepts(FIELDS.creditCode), t('apply.creditCodeInvalid'))]}
          >
            <Input maxLength={18} autoComplete="off" className="credit-code-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="entityType" label={t('apply.entityType')} rules={[schemaRule(accepts(FIELDS.entityType), t('apply.entityTypeInvalid'))]}>
            <Select options={EntityType.options.map((type) => ({ value: type, label: t(`entityTypes.${type}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="householdsLinked" label={t('apply.householdsLinked')} rules={[schemaRule(accepts(FIELDS.householdsLinked), t('apply.householdsLinkedInvalid'))]}>
            <InputNumber min={0} max={1_000_000} precision={0} className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('apply.description')} rules={[schemaRule((v) => FIELDS.description.safeParse(v ?? '').success, t('apply.descriptionInvalid'))]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>

      <Divider titlePlacement="start">{t('apply.sectionPlace')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="county" label={t('apply.county')} rules={[schemaRule(accepts(FIELDS.county), t('apply.countyInvalid'))]}>
            <Select
              options={COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code) }))}
              onChange={() => form.setFieldValue('town', undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="town" label={t('apply.town')} extra={county ? undefined : t('apply.townPending')} rules={[schemaRule(accepts(FIELDS.town), t('apply.townInvalid'))]}>
            <Select showSearch disabled={!county} loading={towns.isFetching} options={(towns.data?.towns ?? []).map((town) => ({ value: town, label: town }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="village" label={t('apply.village')} rules={[schemaRule((v) => !v || FIELDS.village.safeParse(v).success, t('apply.villageInvalid'))]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      {towns.isError && <ApiErrorAlert error={towns.error} onRetry={() => void towns.refetch()} />}
      <Form.Item name="address" label={t('apply.address')} rules={[schemaRule(accepts(FIELDS.address), t('apply.addressInvalid'))]}>
        <Input maxLength={200} autoComplete="street-address" />
      </Form.Item>

      <Divider titlePlacement="start">{t('apply.sectionContact')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="legalRep" label={t('apply.legalRep')} rules={[schemaRule(accepts(FIELDS.legalRep), t('apply.legalRepInvalid'))]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label={t('apply.contactName')} rules={[schemaRule(accepts(FIELDS.contactName), t('apply.contactNameInvalid'))]}>
            <Input maxLength={50} autoComplete="name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label={t('apply.contactPhone')} rules={[schemaRule(accepts(FIELDS.contactPhone), t('apply.contactPhoneInvalid'))]}>
            <Input maxLength={11} inputMode="tel" autoComplete="tel" />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('apply.sectionDocuments')}</Divider>
      <Form.Item
        name="documents"
        label={t('apply.documents')}
        extra={t('apply.documentsHint', { max: MAX_DOCUMENTS })}
        rules={[schemaRule((v) => !Array.isArray(v) || v.length <= MAX_DOCUMENTS, t('apply.documentsInvalid', { max: MAX_DOCUMENTS }))]}
      >
        <DocumentList max={MAX_DOCUMENTS} />
      </Form.Item>

      {failure !== null && <ApiErrorAlert error={failure} />}
      <Button type="primary" htmlType="submit" size="large" loading={send.isPending}>
        {changesRequested ? t('apply.resubmit') : t('apply.submit')}
      </Button>
    </Form>
  );
}
