import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatChinaTime, type CertificateCheck } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';

/** The answer to "is this certificate real, and does it hold today?": the status first, large, then the facts. */
export function CertificateCheckCard({ check, checkedAt }: { check: CertificateCheck; checkedAt: number }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  return (
    <article className="certificate-check">
      <header className={`certificate-status certificate-status-${check.status}`} role="status">
        <strong>{t(`verify.statuses.${check.status}`)}</strong>
        <p>{t(`verify.explain.${check.status}`)}</p>
      </header>
      <List className="product-facts">
        <List.Item extra={<span className="certificate-no">{check.no}</span>}>{t('verify.no')}</List.Item>
        <List.Item extra={t(`verify.kinds.${check.subjectType}`)}>{t('verify.kind')}</List.Item>
        <List.Item extra={<Link to={`/suppliers/${check.holder.supplierId}`}>{check.holder.name}</Link>}>{t('verify.holder')}</List.Item>
        {check.product && <List.Item extra={<Link to={`/products/${check.product.id}`}>{check.product.name}</Link>}>{t('verify.product')}</List.Item>}
        <List.Item extra={countyName(check.holder.countyCode)}>{t('verify.county')}</List.Item>
        <List.Item extra={t('verify.validRange', { from: check.validFrom, until: check.validUntil })}>{t('verify.validity')}</List.Item>
        <List.Item extra={t('verify.issuerName')}>{t('verify.issuer')}</List.Item>
      </List>
      <p className="muted certificate-checked-at">{t('verify.checkedAt', { time: formatChinaTime(new Date(checkedAt).toISOString()) })}</p>
    </article>
  );
}
