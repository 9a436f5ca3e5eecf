import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STOREFRONT_IMAGES, type SearchHit } from '@bangfu/contracts';
import { Price, ProductImage, useCountyName } from '@bangfu/ui';


/** A product on the home page: its picture on top, then name, county and price. */
export function ProductTile({ hit, lazy }: { hit: SearchHit; lazy: boolean }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  return (
    <Link to={`/products/${hit.id}`} className="product-tile">
      <ProductImage
        src={hit.imageUrl}
        width={STOREFRONT_IMAGES.tile.width}
        height={STOREFRONT_IMAGES.tile.width}
        sizes={STOREFRONT_IMAGES.tile.sizes}
        lazy={lazy}
        className="product-tile-image"
      />
      <span className="product-tile-name">{hit.name}</span>
      <span className="product-tile-meta">
        <span>{countyName(hit.countyCode, hit.countyName)}</span>
        {!hit.inStock && <span className="product-tile-sold-out">{t('home.soldOut')}</span>}
      </span>
      <Price fen={hit.priceFen} className="price" />
    </Link>
  );
}
