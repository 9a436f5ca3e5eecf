import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STOREFRONT_IMAGES, type SearchHit } from '@bangfu/contracts';
import { Price, ProductImage, useCountyName } from '@bangfu/ui';
import { HighlightedName } from './highlighted-name';

const { width: IMAGE_SIZE, sizes: IMAGE_SIZES } = STOREFRONT_IMAGES.card;

export function ProductCard({ hit, lazy }: { hit: SearchHit; lazy: boolean }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  return (
    <Link to={`/products/${hit.id}`} className="product-card" aria-label={hit.name}>
      <ProductImage src={hit.imageUrl} width={IMAGE_SIZE} height={IMAGE_SIZE} sizes={IMAGE_SIZES} lazy={lazy} className="product-card-image" />
      <div className="product-card-body">
        <div className="product-card-name">
          <HighlightedName name={hit.name} highlight={hit.highlight} />
        </div>
        <div className="product-card-meta">
          <span>{countyName(hit.countyCode, hit.countyName)}</span>
          <span className="product-card-supplier">{hit.supplierName}</span>
        </div>
        <div className="product-card-foot">
          <Price fen={hit.priceFen} className="price" />
          {hit.inStock ? (
            <Tag color="success" fill="outline">
              {t('product.inStock')}
            </Tag>
          ) : (
            <Tag color="default" fill="outline">
              {t('product.outOfStock')}
            </Tag>
          )}
        </div>
      </div>
    </Link>
  );
}
