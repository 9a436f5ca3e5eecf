import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ZodSafeParseResult } from 'zod';
import { isApiError } from '@bangfu/api-client';
import { CATEGORIES, ProductDraftRequest, UnlistRequest, type FieldIssue, type ProductAdminView } from '@bangfu/contracts';
import { useCategoryName, useCountyName } from '@bangfu/ui';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ReasonDialog } from '../../../components/reason-dialog';
import { fieldIssues } from '../../../lib/use-api-error-text';
import { useCreateProduct } from '../api/create-product';
import { useSetProductListed } from '../api/set-product-listed';
import { useSubmitProduct } from '../api/submit-product';
import { useUpdateProduct } from '../api/update-product';
import { changesReviewedFields, formFieldOf, isSubmittable, toDraft, toFormValues, toPatch, type FormField, type ProductFormValues } from '../product-form-values';
import { CertificationCard } from './certification-card';
import { ProductImages } from './product-images';
import { schemaRule } from '../../../lib/schema-rule';
import { SkuRows } from './sku-rows';
import { useProductImages } from './use-product-images';

const { name: NameRule, categoryCode: CategoryRule, originTown: TownRule, originVillage: VillageRule, description: DescriptionRule } = ProductDraftRequest.shape;

/** A request ready to send, or what the contract found wrong with it. */
function prepare<T>(parsed: ZodSafeParseResult<T>, send: (request: T) => Promise<ProductAdminView>): (() => Promise<ProductAdminView>) | FieldIssue[] {
  if (parsed.success) return () => send(parsed.data);
  return parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

export interface ProductFormProps {
  /** Absent on the new-product page. */
  product?: ProductAdminView;
  /** A new product's draft now exists: the page moves to its own address. */
  onCreated?: (product: ProductAdminView) => void;
}

/**
 * A product's details, SKUs and pictures, checked against the contract's schemas before anything is sent, with its
 * certification beside it and what can be done next: save, submit for certification, list or unlist.
 */
export function ProductForm({ product, onCreated }: ProductFormProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const countyName = useCountyName();
  const categoryName = useCategoryName();
  const [form] = Form.useForm<ProductFormValues>();
  const images = useProductImages(product?.images ?? []);
  const [imagesError, setImagesError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [unlisting, setUnlisting] = useState(false);
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const submit = useSubmitProduct();
  const setListed = useSetProductListed();
  const pending = create.isPending || update.isPending || submit.isPending || setListed.isPending;
  const underReview = product?.status === 'pending';
  const certified = product?.status === 'certified';

  /** Puts each issue on the field it names (of a server answer, the rest stay in its error alert). */
  const showIssues = (issues: FieldIssue[]) => {
    const byField = new Map<string, { name: FormField; errors: string[] }>();
    for (const issue of issues) {
      const where = formFieldOf(issue.field);
      if (where === 'images') setImagesError(issue.message);
      else if (where) {
        const key = where.join('.');
        byField.set(key, { name: where, errors: [...(byField.get(key)?.errors ?? []), issue.message] });
      }
    }
    form.setFields([...byField.values()]);
  };

  const fail = (error: unknown) => {
    setFailure(error);
    if (isApiError(error) && error.status === 400) showIssues(fieldIssues(error.details));
  };

  /** Saves what is on screen once the contract accepts it; the product as saved, or null when nothing was sent. */
  const save = async (): Promise<ProductAdminView | null> => {
    setFailure(null);
    setImagesError(null);
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    if (images.busy) {
      setImagesError(t('productEditor.imagesBusy'));
      return null;
    }
    // The whole store, with the ids of saved SKUs that no input holds.
    const values = form.getFieldsValue(true) as ProductFormValues;
    const send = product
      ? prepare(toPatch(values, images.urls), (patch) => update.mutateAsync({ id: product.id, patch }))
      : prepare(toDraft(values, images.urls), (draft) => create.mutateAsync(draft));
    if (Array.isArray(send)) {
      showIssues(send);
      return null;
    }
    if (product && certified && changesReviewedFields(values, images.urls, product)) {
      const confirmed = await modal.confirm({
        title: t('productEditor.reviewConfirmTitle'),
        content: t('productEditor.reviewConfirmText'),
        okText: t('productEditor.reviewConfirmOk'),
        cancelText: t('productEditor.cancel'),
      });
      if (!confirmed) return null;
    }
    try {
      return await send();
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const onSave = async () => {
    const saved = await save();
    if (!saved) return;
    void message.success(t(product ? 'productEditor.saved' : 'productEditor.draftCreated'));
    if (!product) onCreated?.(saved);
  };

  const onSubmit = async () => {
    const confirmed = await modal.confirm({
      title: t('productEditor.submitTitle'),
      content: t('productEditor.submitText'),
      okText: t('productEditor.submit'),
      cancelText: t('productEditor.cancel'),
    });
    if (!confirmed) return;
    const saved = await save();
    if (!saved) return;
    try {
      await submit.mutateAsync(saved.id);
      void message.success(t('productEditor.submitted'));
    } catch (error) {
      fail(error);
    }
    // Saved either way: a retry submits this draft rather than creating another.
    if (!product) onCreated?.(saved);
  };

  const onList = async (id: number) => {
    const confirmed = await modal.confirm({
      title: t('productEditor.listTitle'),
      content: t('productEditor.listText'),
      okText: t('productEditor.list'),
      cancelText: t('productEditor.cancel'),
    });
    if (!confirmed) return;
    setFailure(null);
    try {
      await setListed.mutateAsync({ id, listed: true });
      void message.success(t('productEditor.listedDone'));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Row gutter={[24, 16]}>
      {/* Beside the form on a wide screen; above it on a narrow one, where it would otherwise come last. */}
      <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
        <Form<ProductFormValues> form={form} layout="vertical" requiredMark={false} initialValues={toFormValues(product)} disabled={underReview || pending} className="product-form">
          {certified && <Alert type="warning" showIcon className="page-alert" title={t('productEditor.reviewWarning')} />}
          {underReview && <Alert type="info" showIcon className="page-alert" title={t('productEditor.underReview')} />}
          <Card title={t('productEditor.basics')} className="product-section">
            <Form.Item name="name" label={t('productEditor.name')} rules={[schemaRule((v) => NameRule.safeParse(v).success, t('productEditor.nameInvalid'))]}>
              <Input placeholder={t('productEditor.namePlaceholder')} maxLength={100} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="categoryCode" label={t('productEditor.category')} rules={[schemaRule((v) => CategoryRule.safeParse(v).success, t('productEditor.categoryInvalid'))]}>
                  <Select options={CATEGORIES.map((c) => ({ value: c.code, label: categoryName(c.code) }))} placeholder={t('productEditor.category')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('productEditor.county')} tooltip={t('productEditor.countyHint')}>
                  <Typography.Text>{product ? countyName(product.countyCode) : <Typography.Text type="secondary">{t('productEditor.countyNew')}</Typography.Text>}</Typography.Text>
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="originTown" label={t('productEditor.originTown')} rules={[schemaRule((v) => TownRule.safeParse(v).success, t('productEditor.originTownInvalid'))]}>
                  <Input placeholder={t('productEditor.originTownPlaceholder')} maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="originVillage"
                  label={t('productEditor.originVillage')}
                  rules={[schemaRule((v) => typeof v !== 'string' || v.trim() === '' || VillageRule.safeParse(v).success, t('productEditor.originVillageInvalid'))]}
                >
                  <Input placeholder={t('productEditor.originVillagePlaceholder')} maxLength={50} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="description" label={t('productEditor.description')} rules={[schemaRule((v) => DescriptionRule.safeParse(v ?? '').success, t('productEditor.descriptionInvalid'))]}>
              <Input.TextArea rows={4} maxLength={5000} showCount />
            </Form.Item>
          </Card>
          <Card title={t('productEditor.skus')} className="product-section">
            <Typography.Paragraph type="secondary">{t('productEditor.skusHint')}</Typography.Paragraph>
            <SkuRows saved={product?.skus} />
          </Card>
          <Card title={t('productEditor.images')} className="product-section">
            <ProductImages images={images} disabled={underReview || pending} error={imagesError} />
          </Card>
          {failure !== null && <ApiErrorAlert error={failure} className="page-alert" />}
          <Space wrap className="product-actions">
            {!underReview && (
              <Button type={isSubmittable(product) ? 'default' : 'primary'} onClick={() => void onSave()} loading={create.isPending || update.isPending}>
                {t(product ? 'productEditor.save' : 'productEditor.saveDraft')}
              </Button>
            )}
            {isSubmittable(product) && (
              <Button type="primary" onClick={() => void onSubmit()} loading={submit.isPending}>
                {t('productEditor.submit')}
              </Button>
            )}
            {product && certified && (
              <Button danger={product.listed} onClick={() => (product.listed ? setUnlisting(true) : void onList(product.id))} loading={setListed.isPending}>
                {t(product.listed ? 'productEditor.unlist' : 'productEditor.list')}
              </Button>
            )}
          </Space>
        </Form>
      </Col>
      <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
        <CertificationCard product={product} />
      </Col>
      {product && (
        <ReasonDialog
          open={unlisting}
          title={t('productEditor.unlistTitle')}
          okText={t('productEditor.unlist')}
          danger
          intro={<Typography.Paragraph>{t('productEditor.unlistText')}</Typography.Paragraph>}
          label={t('productEditor.unlistReason')}
          hint={t('productEditor.unlistReasonHint')}
          invalidText={t('productEditor.unlistReasonInvalid')}
          isValid={(reason) => UnlistRequest.safeParse({ reason }).success}
          pending={setListed.isPending}
          error={setListed.error}
          onSubmit={(reason) =>
            setListed.mutate(
              { id: product.id, listed: false, reason },
              {
                onSuccess: () => {
                  setUnlisting(false);
                  void message.success(t('productEditor.unlistedDone'));
                },
              },
            )
          }
          onClose={() => setUnlisting(false)}
          afterClose={setListed.reset}
        />
      )}
    </Row>
  );
}
