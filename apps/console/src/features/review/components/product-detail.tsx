import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatChinaTime, formatPrice, type ProductAdminView, type SkuView } from '@bangfu/contracts';
import { ProductImage, useCategoryName, useCountyName } from '@bangfu/ui';
import { RecordList } from '../../../components/record-list';
import { useDecideProduct, type ProductDecision } from '../api/decide-product';
import { useProduct } from '../api/get-product';
import { getProductsQueryOptions } from '../api/get-products';
import { REVIEW_PATHS } from '../paths';
import { AuditTrail } from './audit-trail';
import { DecisionButtons, type ReviewDecision } from './decision-dialog';
import { DetailFrame, Section } from './detail-frame';
import { StatusTag } from './status-tag';
import { useOpenNext } from './use-open-next';

/** One product in full — origin, SKUs, pictures, description, supplier — its certification record and the decision. */
export function ProductDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const product = useProduct(id);
  return (
    <DetailFrame
      listPath={REVIEW_PATHS.products}
      id={id}
      query={product}
      title={(p) => t('review.products.detailTitle', { id: p.id, name: p.name })}
      main={(p) => (
        <>
          <Section title={t('review.products.fields')}>
            <ProductFields product={p} />
          </Section>
          <Section title={t('review.products.skus')}>
            <SkuList skus={p.skus} />
          </Section>
          <Section title={t('review.products.images')}>
            {p.images.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.products.noImages')} />
            ) : (
              <div className="review-images">
                {p.images.map((src, i) => (
                  <ProductImage key={src} src={src} width={200} height={200} alt={t('review.products.imageAlt', { name: p.name, n: i + 1 })} className="review-image" />
                ))}
              </div>
            )}
          </Section>
          <Section title={t('review.products.description')}>
            <Typography.Paragraph className="review-text">{p.description || t('review.products.noDescription')}</Typography.Paragraph>
          </Section>
        </>
      )}
      side={(p) => (
        <>
          <Section title={t('review.products.decision')}>
            <ProductDecisions product={p} />
          </Section>
          <Section title={t('review.products.audit')}>
            <AuditTrail subject={`product:${p.id}`} />
          </Section>
        </>
      )}
    />
  );
}

function ProductFields({ product: p }: { product: ProductAdminView }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const categoryName = useCategoryName();
  const none = t('review.none');
  const items = [
    { key: 'status', label: t('review.products.status'), children: <StatusTag vocabulary="productStatus" status={p.status} /> },
    { key: 'listed', label: t('review.products.listing'), children: p.listed ? t('review.products.listed') : t('review.products.notListed') },
    { key: 'supplier', label: t('review.products.supplier'), children: <Link to={`${REVIEW_PATHS.suppliers}/${p.supplierId}`}>{p.supplierName}</Link> },
    { key: 'category', label: t('review.products.category'), children: categoryName(p.categoryCode) },
    { key: 'origin', label: t('review.products.origin'), span: 2, children: [countyName(p.countyCode), p.originTown, p.originVillage].filter(Boolean).join(' · ') },
    { key: 'shelfLife', label: t('review.products.shelfLife'), children: p.shelfLife ?? none },
    { key: 'storage', label: t('review.products.storage'), children: p.storage ?? none },
    {
      key: 'certificate',
      label: t('review.products.certificate'),
      span: 2,
      children: p.certificate ? t('review.products.certificateLine', { no: p.certificate.no, from: p.certificate.validFrom, until: p.certificate.validUntil }) : none,
    },
    { key: 'reviewReason', label: t('review.products.reviewReason'), span: 2, children: p.reviewReason ?? none },
    { key: 'createdAt', label: t('review.products.createdAt'), children: formatChinaTime(p.createdAt) },
    { key: 'updatedAt', label: t('review.products.updatedAt'), children: formatChinaTime(p.updatedAt) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

function SkuList({ skus }: { skus: SkuView[] }) {
  const { t } = useTranslation();
  return (
    <RecordList<SkuView>
      size="small"
      records={skus}
      recordKey={(s) => s.id}
      columns={[
        { key: 'spec', title: t('review.products.spec'), card: 'title', render: (s) => s.spec },
        { key: 'unit', title: t('review.products.unit'), render: (s) => s.unit },
        { key: 'weight', title: t('review.products.weight'), render: (s) => (s.weightGrams === null ? t('review.none') : t('review.products.grams', { count: s.weightGrams })) },
        { key: 'price', title: t('review.products.price'), align: 'right', render: (s) => formatPrice(s.priceFen) },
        { key: 'available', title: t('review.products.available'), align: 'right', render: (s) => s.available },
      ]}
    />
  );
}

function ProductDecisions({ product: p }: { product: ProductAdminView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const decide = useDecideProduct();
  const nextPending = useCallback(
    async () => (await queryClient.fetchQuery(getProductsQueryOptions({ status: 'pending', page: 1, pageSize: 1 }))).items[0]?.id,
    [queryClient],
  );
  const openNext = useOpenNext(REVIEW_PATHS.products, nextPending);
  const send = (decision: ProductDecision, done: () => void, said: (certificateNo: string | null) => string) =>
    decide.mutate(decision, {
      onSuccess: ({ certificateNo }) => {
        void message.success(said(certificateNo));
        done();
        // A revoked product was never in the queue: its page stays, showing the new state.
        if (decision.kind !== 'revoke') void openNext();
      },
    });
  const certify: ReviewDecision = {
    key: 'certify',
    asks: 'validity',
    primary: true,
    label: t('review.products.certify'),
    title: t('review.products.certifyTitle', { id: p.id }),
    intro: t('review.products.certifyText', { name: p.name }),
    submit: ({ validUntil }, done) => send({ id: p.id, kind: 'certify', certification: { validUntil } }, done, (no) => t('review.products.certified', { no })),
  };
  const reject: ReviewDecision = {
    key: 'reject',
    asks: 'reason',
    danger: true,
    label: t('review.products.reject'),
    title: t('review.products.rejectTitle', { id: p.id }),
    intro: t('review.products.rejectText'),
    submit: (reason, done) => send({ id: p.id, kind: 'reject', reason }, done, () => t('review.products.rejected')),
  };
  const revoke: ReviewDecision = {
    key: 'revoke',
    asks: 'reason',
    danger: true,
    label: t('review.products.revoke'),
    title: t('review.products.revokeTitle', { id: p.id }),
    intro: t('review.products.revokeText'),
    submit: (reason, done) => send({ id: p.id, kind: 'revoke', reason }, done, () => t('review.products.revoked')),
  };
  // A certified product is renewed with a new certificate when its supplier asked, and can always be revoked.
  const open = p.status === 'pending' ? [certify, reject] : p.status === 'certified' ? (p.renewalRequested ? [certify, revoke] : [revoke]) : [];
  if (open.length === 0) {
    return <Typography.Paragraph type="secondary">{t('review.products.nothingToDecide', { status: t(`review.productStatus.${p.status}`) })}</Typography.Paragraph>;
  }
  return (
    <>
      {p.renewalRequested && <Typography.Paragraph>{t('review.products.renewalRequested')}</Typography.Paragraph>}
      <DecisionButtons decisions={open} state={decide} />
    </>
  );
}
