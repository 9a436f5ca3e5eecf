import { useQueries } from '@tanstack/react-query';
import { isApiError } from '@bangfu/api-client';
import { getProductQueryOptions } from '../../products/api/get-product';
import type { CartLine } from '../cart-store';

/** What the catalog says now about a line: its current price, or why it cannot be bought. */
export type LineState = { kind: 'checking' } | { kind: 'ok'; priceFen: number } | { kind: 'soldOut'; priceFen: number } | { kind: 'gone' };

/**
 * The cart keeps prices from when lines were added; this looks each product up again so the shopper sees
 * today's price and anything sold out or delisted before checking out. Failures other than 404 keep the stored price.
 */
export function useCartProducts(lines: readonly Pick<CartLine, 'productId' | 'skuId' | 'priceFen'>[]): Map<number, LineState> {
  const productIds = [...new Set(lines.map((l) => l.productId))];
  const results = useQueries({ queries: productIds.map((id) => ({ ...getProductQueryOptions(id), staleTime: 30_000 })) });
  const states = new Map<number, LineState>();
  for (const line of lines) {
    const result = results[productIds.indexOf(line.productId)];
    if (!result || result.isPending) states.set(line.skuId, { kind: 'checking' });
    else if (result.isError) {
      const gone = isApiError(result.error) && result.error.status === 404;
      states.set(line.skuId, gone ? { kind: 'gone' } : { kind: 'ok', priceFen: line.priceFen });
    } else {
      const sku = result.data.skus.find((s) => s.id === line.skuId);
      if (!sku) states.set(line.skuId, { kind: 'gone' });
      else states.set(line.skuId, sku.inStock ? { kind: 'ok', priceFen: sku.priceFen } : { kind: 'soldOut', priceFen: sku.priceFen });
    }
  }
  return states;
}

/** Today's price where known, else the remembered one. */
export function currentPrice(line: Pick<CartLine, 'skuId' | 'priceFen'>, states: Map<number, LineState>): number {
  const state = states.get(line.skuId);
  return state && (state.kind === 'ok' || state.kind === 'soldOut') ? state.priceFen : line.priceFen;
}

export function isBuyable(line: Pick<CartLine, 'skuId'>, states: Map<number, LineState>): boolean {
  const state = states.get(line.skuId);
  return state?.kind !== 'gone' && state?.kind !== 'soldOut';
}
