import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError, Loading } from '../../components/query-status';
import { useIdParam } from '../../lib/use-id-param';
import { usePageTitle } from '../../lib/use-page-title';
import { useSupplier } from '../../features/products/api/get-supplier';
import { SupplierProfile } from '../../features/products/components/supplier-profile';
import { useSearchProducts } from '../../features/search/api/search-products';
import { SearchResults } from '../../features/search/components/search-results';

export function SupplierRoute() {
  const { t } = useTranslation();
  const id = useIdParam();
  return id === null ? <EmptyState title={t('errors.NOT_FOUND')} /> : <SupplierById id={id} />;
}

function SupplierById({ id }: { id: number }) {
  const { t } = useTranslation();
  const supplier = useSupplier(id);
  const products = useSearchProducts({ supplierId: id, sort: 'sales:desc' });
  usePageTitle(supplier.data?.name);
  if (supplier.isPending) return <Loading />;
  if (supplier.isError) return <LoadError error={supplier.error} onRetry={() => void supplier.refetch()} />;
  return (
    <>
      <SupplierProfile supplier={supplier.data} />
      <h2 className="list-title">{t('supplier.products')}</h2>
      <SearchResults search={products} />
    </>
  );
}
