import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatChinaTime, formatPrice, type ProductAdminView } from '@bangfu/contracts';
import { useCategoryName, useCountyName } from '@bangfu/ui';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { useProducts, useProductTotals, type ProductsFilter } from '../api/get-products';
import { REVIEW_PATHS } from '../paths';
import { QueueTabs } from './queue-tabs';
import { StatusTag } from './status-tag';
import { useQueueParams } from './use-queue-params';

/** The queue's tabs and what each asks the API for; drafts are the supplier's own business. */
const TAB_FILTERS = {
  pending: { status: 'pending' },
  renewal: { status: 'certified', renewalRequested: true },
  certified: { status: 'certified' },
  rejected: { status: 'rejected' },
  revoked: { status: 'revoked' },
  expired: { status: 'expired' },
} as const satisfies Record<string, ProductsFilter>;
type Tab = keyof typeof TAB_FILTERS;
const TABS = Object.keys(TAB_FILTERS) as Tab[];

/** The cheapest SKU's price, the way shoppers would see it first. */
function lowestPrice(product: ProductAdminView): number | null {
  return product.skus.reduce<number | null>((low, sku) => (low === null || sku.priceFen < low ? sku.priceFen : low), null);
}

/** Products waiting for certification (oldest first), and those certified, rejected, revoked or lapsed. */
export function ProductQueue() {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const categoryName = useCategoryName();
  const { search } = useLocation();
  const queue = useQueueParams(TABS, 'pending');
  const products = useProducts({ ...TAB_FILTERS[queue.tab], page: queue.page, pageSize: queue.pageSize });
  const totals = useProductTotals(TABS.map((tab) => TAB_FILTERS[tab]));
  const link = (p: ProductAdminView) => ({ pathname: `${REVIEW_PATHS.products}/${p.id}`, search });
  const columns: RecordColumn<ProductAdminView>[] = [
    { key: 'id', title: t('review.products.id'), card: 'title', render: (p) => <Link to={link(p)}>#{p.id}</Link> },
    { key: 'name', title: t('review.products.name'), card: 'title', render: (p) => p.name },
    { key: 'status', title: t('review.products.status'), card: 'extra', render: (p) => <StatusTag vocabulary="productStatus" status={p.status} /> },
    { key: 'supplier', title: t('review.products.supplier'), render: (p) => <Link to={`${REVIEW_PATHS.suppliers}/${p.supplierId}`}>{p.supplierName}</Link> },
    { key: 'category', title: t('review.products.category'), render: (p) => categoryName(p.categoryCode) },
    { key: 'origin', title: t('review.products.origin'), render: (p) => [countyName(p.countyCode), p.originTown, p.originVillage].filter(Boolean).join(' · ') },
    {
      key: 'price',
      title: t('review.products.price'),
      align: 'right',
      render: (p) => {
        const low = lowestPrice(p);
        return low === null ? t('review.none') : formatPrice(low);
      },
    },
    { key: 'updatedAt', title: t('review.products.updatedAt'), render: (p) => formatChinaTime(p.updatedAt) },
  ];
  return (
    <>
      <QueueTabs
        tabs={TABS.map((tab, i) => ({ key: tab, label: tab === 'renewal' ? t('review.products.renewal') : t(`review.productStatus.${tab}`), count: totals[i] }))}
        value={queue.tab}
        onChange={queue.setTab}
      />
      {products.isError && <ApiErrorAlert error={products.error} onRetry={() => void products.refetch()} className="page-alert" />}
      {!(products.isError && !products.data) && (
        <RecordList<ProductAdminView>
          columns={columns}
          records={products.data?.items}
          recordKey={(p) => p.id}
          loading={products.isFetching}
          emptyText={t('review.products.empty')}
          pagination={{
            current: queue.page,
            pageSize: queue.pageSize,
            total: products.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (count) => t('review.total', { count }),
            onChange: queue.setPage,
          }}
        />
      )}
    </>
  );
}
