import { currentPrice, isBuyable, type LineState } from '../cart/api/get-cart-products';
import type { CartLine } from '../cart/cart-store';
import type { BuyNowLine } from './buy-now';

/** A line as the checkout shows and sends it: a cart line (or the "buy now" one) at today's price. */
export type CheckoutLine = BuyNowLine;

export function checkoutLines(source: readonly (CartLine | BuyNowLine)[], states: Map<number, LineState>): CheckoutLine[] {
  return source
    .filter((line) => ('selected' in line ? line.selected : true) && isBuyable(line, states))
    .map(({ skuId, productId, productName, skuSpec, unit, imageUrl, supplierId, supplierName, quantity, priceFen }) => ({
      skuId,
      productId,
      productName,
      skuSpec,
      unit,
      imageUrl,
      supplierId,
      supplierName,
      quantity,
      priceFen: currentPrice({ skuId, priceFen }, states),
    }));
}
