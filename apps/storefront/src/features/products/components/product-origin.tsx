import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import type { PublicProductView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { CertificateLink } from '../../../components/certificate-link';

/** Where it comes from, its certificate and whom it helps: what shoppers of assistance products look for. */
export function ProductOrigin({ product }: { product: PublicProductView }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const place = [t('product.city'), countyName(product.county.code, product.county.name), product.originTown, product.originVillage]
    .filter(Boolean)
    .join(' · ');
  return (
    <List className="product-facts">
      <List.Item extra={place}>{t('product.origin')}</List.Item>
      <List.Item>
        <CertificateLink label={t('product.certificate')} no={product.certificate.no} validUntil={product.certificate.validUntil} />
      </List.Item>
      <List.Item extra={<strong className="households">{t('product.householdsLinked', { count: product.householdsLinked })}</strong>}>
        {t('product.helps')}
      </List.Item>
      {product.shelfLife && <List.Item extra={product.shelfLife}>{t('product.shelfLife')}</List.Item>}
      {product.storage && <List.Item extra={product.storage}>{t('product.storage')}</List.Item>}
    </List>
  );
}
