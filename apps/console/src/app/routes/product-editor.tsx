import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSupplierProduct } from '../../features/products/api/get-supplier-product';
import { ProductForm } from '../../features/products/components/product-form';

/** `/products/new` starts a draft; `/products/:productId` edits one of the supplier's products. */
export function ProductEditorRoute() {
  const { productId } = useParams<{ productId?: string }>();
  const id = Number(productId);
  return productId === undefined ? <NewProduct /> : <ExistingProduct id={Number.isSafeInteger(id) && id > 0 ? id : 0} />;
}

function Heading({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to="/products">← {t('productEditor.back')}</Link>
      <Typography.Title level={3}>{title}</Typography.Title>
    </>
  );
}

function NewProduct() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Heading title={t('productEditor.newTitle')} />
      <ProductForm onCreated={(product) => navigate(`/products/${product.id}`, { replace: true })} />
    </>
  );
}

function ExistingProduct({ id }: { id: number }) {
  const { t } = useTranslation();
  const product = useSupplierProduct(id);
  if (product.isPending) return <Spin size="large" className="block-spin" />;
  if (product.isError) {
    return (
      <>
        <Heading title={t('products.title')} />
        <ApiErrorAlert error={product.error} onRetry={() => void product.refetch()} />
      </>
    );
  }
  return (
    <>
      <Heading title={t('productEditor.editTitle', { name: product.data.name })} />
      {/* Each saved version starts the form afresh from what the API answered. */}
      <ProductForm key={`${product.data.id}:${product.data.updatedAt}`} product={product.data} />
    </>
  );
}
