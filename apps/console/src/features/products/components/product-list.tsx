import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatPrice, type ProductAdminView } from '@bangfu/contracts';
import { ProductImage, useCategoryName, useCountyName } from '@bangfu/ui';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { ListingState } from './listing-state';
import { ProductStatusTag } from './product-status-tag';

export interface ProductListProps {
  items: ProductAdminView[] | undefined;
  total: number;
  loading: boolean;
  /** A filter or a search is applied: an empty list then says nothing matches rather than that there is nothing. */
  filtered: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The cheapest SKU's price, the way shoppers see it first. */
function lowestPrice(product: ProductAdminView): number | null {
  return product.skus.reduce<number | null>((low, sku) => (low === null || sku.priceFen < low ? sku.priceFen : low), null);
}

/** The supplier's products with their certification and whether they are on sale. */
export function ProductList({ items, total, loading, filtered, page, pageSize, onPageChange }: ProductListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countyName = useCountyName();
  const categoryName = useCategoryName();
  const columns: RecordColumn<ProductAdminView>[] = [
    {
      key: 'cover',
      title: t('products.cover'),
      card: 'hidden',
      render: (p) => <ProductImage src={p.images[0] ?? null} width={48} height={48} alt={p.images[0] ? p.name : t('products.noCover')} className="product-thumb" />,
    },
    { key: 'name', title: t('products.name'), card: 'title', render: (p) => <Link to={`/products/${p.id}`}>{p.name}</Link> },
    {
      key: 'status',
      title: t('products.status'),
      card: 'extra',
      // Whether it is on sale sits under its certification, which decides it.
      render: (p) => (
        <div className="product-state">
          <ProductStatusTag status={p.status} />
          <ListingState product={p} />
        </div>
      ),
    },
    { key: 'category', title: t('products.category'), render: (p) => categoryName(p.categoryCode) },
    {
      key: 'origin',
      title: t('products.origin'),
      render: (p) => [countyName(p.countyCode), p.originTown, p.originVillage].filter(Boolean).join(' · '),
    },
    {
      key: 'skus',
      title: t('products.skus'),
      render: (p) => {
        const low = lowestPrice(p);
        return (
          <div className="product-prices">
            {low !== null && <span>{p.skus.length > 1 ? t('products.priceFrom', { price: formatPrice(low) }) : formatPrice(low)}</span>}
            <Typography.Text type="secondary">{t('products.skuCount', { count: p.skus.length })}</Typography.Text>
          </div>
        );
      },
    },
    {
      key: 'certificate',
      title: t('products.certificateNo'),
      render: (p) => (p.certificate ? <span className="certificate-no">{p.certificate.no}</span> : <Typography.Text type="secondary">—</Typography.Text>),
    },
  ];
  return (
    <RecordList<ProductAdminView>
      columns={columns}
      actions={{ title: t('products.actions'), of: (p) => [{ key: 'edit', label: t('products.edit'), onClick: () => navigate(`/products/${p.id}`) }] }}
      records={items}
      recordKey={(p) => p.id}
      loading={loading}
      emptyText={filtered ? t('products.emptyFiltered') : t('products.empty')}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('products.total', { count }),
        onChange: onPageChange,
      }}
    />
  );
}
