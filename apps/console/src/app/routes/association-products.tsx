import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProductDetail } from '../../features/review/components/product-detail';
import { ProductQueue } from '../../features/review/components/product-queue';
import { idParam } from '../../features/review/paths';

/** `/association/products`: the product-certification queue; the tab and page live in the address. */
export function AssociationProductsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('review.products.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.products.intro')}</Typography.Paragraph>
      <ProductQueue />
    </>
  );
}

/** `/association/products/:productId`: one product, its certification and the decision on it. */
export function AssociationProductRoute() {
  const { productId } = useParams<{ productId: string }>();
  return <ProductDetail id={idParam(productId)} />;
}
