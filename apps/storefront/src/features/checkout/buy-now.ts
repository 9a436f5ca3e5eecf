import type { CartLine } from '../cart/cart-store';
import { readJson, removeKey, writeJson } from '@bangfu/ui';

/** "立即购买" buys one SKU without touching the cart; the line waits here for the checkout page (per tab). */
const BUY_NOW_KEY = 'bangfu.storefront.buyNow';

export type BuyNowLine = Omit<CartLine, 'selected'>;

export function setBuyNow(line: BuyNowLine): void {
  writeJson(window.sessionStorage, BUY_NOW_KEY, line);
}

export function buyNowLine(): BuyNowLine | null {
  return readJson(window.sessionStorage, BUY_NOW_KEY, (value) => {
    const line = value as Partial<BuyNowLine> | null;
    return line && typeof line.skuId === 'number' && typeof line.quantity === 'number' && typeof line.priceFen === 'number'
      ? (line as BuyNowLine)
      : null;
  });
}

export function clearBuyNow(): void {
  removeKey(window.sessionStorage, BUY_NOW_KEY);
}
