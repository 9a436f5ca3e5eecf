import type { SearchHit } from '@bangfu/contracts';
import { ProductTile } from './product-tile';

interface ProductShelfProps {
  hits: SearchHit[];
  /** A row scrolled sideways (picks near the top), or a grid of two columns (the longer list further down). */
  layout: 'row' | 'grid';
  /** How many pictures are on the first screen and load at once; the rest wait until scrolled near. */
  eagerCount: number;
}

export function ProductShelf({ hits, layout, eagerCount }: ProductShelfProps) {
  return (
    <ul className={`product-shelf product-shelf-${layout}`}>
      {hits.map((hit, index) => (
        <li key={hit.id}>
          <ProductTile hit={hit} lazy={index >= eagerCount} />
        </li>
      ))}
    </ul>
  );
}
