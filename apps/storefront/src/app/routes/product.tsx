import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError, Loading } from '../../components/query-status';
import { useIdParam } from '../../lib/use-id-param';
import { usePageTitle } from '../../lib/use-page-title';
import { useProduct } from '../../features/products/api/get-product';
import { ProductDetail } from '../../features/products/components/product-detail';

export function ProductRoute() {
  const id = useIdParam();
  return id === null ? <NotFound /> : <ProductById id={id} />;
}

function ProductById({ id }: { id: number }) {
  const product = useProduct(id);
  usePageTitle(product.data?.name);
  if (product.isPending) return <Loading />;
  if (product.isError) return <LoadError error={product.error} onRetry={() => void product.refetch()} />;
  // A new id keeps no SKU choice or quantity from the product before.
  return <ProductDetail key={product.data.id} product={product.data} />;
}

function NotFound() {
  const { t } = useTranslation();
  return <EmptyState title={t('errors.NOT_FOUND')} />;
}
