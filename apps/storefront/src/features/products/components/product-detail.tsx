import { useState } from 'react';
import Stepper from 'antd-mobile/es/components/stepper';
import Toast from 'antd-mobile/es/components/toast';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_QUANTITY_PER_LINE, type PublicProductView } from '@bangfu/contracts';
import { Price, useCategoryName } from '@bangfu/ui';
import { addToCart, cartCount, useCartLines, type CartLine } from '../../cart/cart-store';
import { setBuyNow } from '../../checkout/buy-now';
import { ProductGallery } from './product-gallery';
import { ProductOrigin } from './product-origin';
import { PurchaseBar } from './purchase-bar';
import { SkuPicker } from './sku-picker';
import { SupplierCard } from './supplier-card';

export function ProductDetail({ product }: { product: PublicProductView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cart = useCartLines();
  const categoryName = useCategoryName();
  const [skuId, setSkuId] = useState(() => (product.skus.find((s) => s.inStock) ?? product.skus[0])?.id);
  const [quantity, setQuantity] = useState(1);
  const sku = product.skus.find((s) => s.id === skuId);

  const line = (): Omit<CartLine, 'selected'> | null =>
    sku
      ? {
          skuId: sku.id,
          productId: product.id,
          productName: product.name,
          skuSpec: sku.spec,
          unit: sku.unit,
          priceFen: sku.priceFen,
          imageUrl: product.images[0] ?? null,
          supplierId: product.supplier.id,
          supplierName: product.supplier.name,
          quantity,
        }
      : null;

  return (
    <div className="product-page">
      <ProductGallery images={product.images} name={product.name} />
      <section className="product-head">
        {sku && <Price fen={sku.priceFen} className="price price-large" />}
        <h1 className="product-name">{product.name}</h1>
        <p className="product-sales">
          {categoryName(product.categoryCode, product.categoryName)} · {t('product.sales', { count: product.salesCount })}
        </p>
      </section>
      <section className="section">
        <h2>{t('product.chooseSku')}</h2>
        <SkuPicker skus={product.skus} value={skuId} onChange={setSkuId} />
        <div className="quantity-row">
          <span>{t('product.quantity')}</span>
          <Stepper
            min={1}
            max={MAX_QUANTITY_PER_LINE}
            digits={0}
            value={quantity}
            onChange={(value) => setQuantity(Math.max(1, Math.min(MAX_QUANTITY_PER_LINE, value || 1)))}
            aria-label={t('product.quantity')}
          />
        </div>
        {sku && !sku.inStock && <p className="form-error">{t('product.skuSoldOut')}</p>}
      </section>
      <ProductOrigin product={product} />
      <SupplierCard supplier={product.supplier} />
      {product.description && (
        <section className="section">
          <h2>{t('product.description')}</h2>
          <p className="product-description">{product.description}</p>
        </section>
      )}
      <PurchaseBar
        cartCount={cartCount(cart)}
        disabled={!sku || !sku.inStock}
        onAddToCart={() => {
          const next = line();
          if (!next) return;
          if (addToCart(next)) Toast.show({ icon: 'success', content: t('product.added') });
          else Toast.show({ content: t('cart.full') });
        }}
        onBuyNow={() => {
          const next = line();
          if (!next) return;
          setBuyNow(next);
          void navigate('/checkout?buyNow=1');
        }}
      />
    </div>
  );
}
