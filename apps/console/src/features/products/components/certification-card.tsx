import { Alert, Card, Descriptions, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { chinaDate, formatChinaTime, type ProductAdminView } from '@bangfu/contracts';
import { CertificateBadge } from '@bangfu/ui';
import { useProductDecisions } from '../api/get-product-decisions';
import { ListingState } from './listing-state';
import { ProductStatusTag } from './product-status-tag';

/** Where the product stands with the association: its state, its certificate and the reviewer's words. */
export function CertificationCard({ product }: { product: ProductAdminView | undefined }) {
  const { t } = useTranslation();
  const status = product?.status ?? 'draft';
  const certificate = product?.certificate;
  const decisions = useProductDecisions(product?.id);
  return (
    <Card title={t('certification.title')} extra={<ProductStatusTag status={status} />} className="certification-card">
      <Typography.Paragraph>{t(`certification.hint.${status}`)}</Typography.Paragraph>
      {product?.reviewReason && (
        <Alert
          type={status === 'pending' ? 'info' : 'error'}
          showIcon
          className="page-alert"
          title={t(status === 'revoked' ? 'certification.revokeReason' : 'certification.reviewReason')}
          description={<span className="review-reason">{product.reviewReason}</span>}
        />
      )}
      {product?.renewalRequested && <Tag color="blue">{t('certification.renewalRequested')}</Tag>}
      {certificate && (
        <div className="certificate-line">
          <CertificateBadge label={t('certification.label')} no={certificate.no} validUntil={certificate.validUntil} />
        </div>
      )}
      <Descriptions column={1} size="small">
        {certificate ? (
          <Descriptions.Item label={t('certification.validFrom')}>{chinaDate(certificate.validFrom)}</Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('products.certificateNo')}>
            <Typography.Text type="secondary">{t('certification.none')}</Typography.Text>
          </Descriptions.Item>
        )}
        {product && (
          <Descriptions.Item label={t('certification.listing')}>
            <ListingState product={product} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {decisions.data && decisions.data.items.length > 0 && (
        <>
          <Typography.Title level={5}>{t('certification.history')}</Typography.Title>
          {/* Every decision with its reason: a product rejected twice shows both. */}
          <Timeline
            className="decision-history"
            items={decisions.data.items.map((d) => ({
              color: d.decision === 'certified' ? 'green' : d.decision === 'back_to_review' ? 'blue' : 'red',
              content: (
                <>
                  <Typography.Text strong>{t(`certification.decisions.${d.decision}`)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{formatChinaTime(d.at)}</Typography.Text>
                  {d.reason && <div className="review-reason">{d.reason}</div>}
                </>
              ),
            }))}
          />
        </>
      )}
    </Card>
  );
}
