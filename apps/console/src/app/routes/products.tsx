import { useState } from 'react';
import { Button, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProductStatus } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSupplierProducts } from '../../features/products/api/get-supplier-products';
import { ProductList } from '../../features/products/components/product-list';
import { usePaging } from '../../lib/use-paging';

const ALL = 'all';

/** The supplier's products, filtered by certification state and searched by name, one server page at a time. */
export function ProductsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ProductStatus | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const paging = usePaging();
  const products = useSupplierProducts({ status, q, page: paging.page, pageSize: paging.pageSize });
  paging.stayWithin(products.data?.total);
  return (
    <>
      <Typography.Title level={3}>{t('products.title')}</Typography.Title>
      <div className="toolbar">
        <Space wrap>
          <Select<string>
            className="status-select"
            value={status ?? ALL}
            aria-label={t('products.status')}
            onChange={(value) => {
              setStatus(value === ALL ? undefined : ProductStatus.parse(value));
              paging.reset();
            }}
            options={[{ value: ALL, label: t('products.statusAll') }, ...ProductStatus.options.map((s) => ({ value: s, label: t(`productStatus.${s}`) }))]}
          />
          <Input.Search
            allowClear
            className="product-search"
            placeholder={t('products.search')}
            aria-label={t('products.search')}
            maxLength={100}
            onSearch={(text) => {
              setQ(text.trim() || undefined);
              paging.reset();
            }}
          />
        </Space>
        <Button type="primary" onClick={() => navigate('/products/new')}>
          {t('products.new')}
        </Button>
      </div>
      {products.isError && <ApiErrorAlert error={products.error} onRetry={() => void products.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty list claiming there is nothing. */}
      {!(products.isError && !products.data) && (
        <ProductList
          items={products.data?.items}
          total={products.data?.total ?? 0}
          loading={products.isFetching}
          filtered={status !== undefined || q !== undefined}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={paging.onChange}
        />
      )}
    </>
  );
}
