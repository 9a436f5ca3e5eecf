import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '@bangfu/contracts';
import { Price, ProductImage } from '@bangfu/ui';
import { useCountyName } from '../../../lib/use-place-names';

/** Laid out at this width on a 390 px phone, two to a row or a little over two in the featured strip. */
const TILE_WIDTH = 160;

/** A product on the home page: its picture on top, then name, county and price. */
export function ProductTile({ hit, lazy }: { hit: SearchHit; lazy: boolean }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  return (
    <Link to={`/products/${hit.id}`} className="product-tile">
      <ProductImage
        src={hit.imageUrl}
        width={TILE_WIDTH}
        height={TILE_WIDTH}
        sizes={`(min-width: 600px) ${TILE_WIDTH}px, 45vw`}
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
