import { clearCart } from '../features/cart/cart-store';
import { clearBuyNow } from '../features/checkout/buy-now';
import { endAttempt } from '../features/checkout/idempotency';
import { removeKey } from '@bangfu/ui';

/** The last address shipped to, which earlier versions of the checkout kept in this browser. */
const LEGACY_ADDRESS_KEY = 'bangfu.storefront.address.v1';

/**
 * Everything the storefront keeps in this browser for the shopper signed in, besides the query cache: forgotten
 * on logout and when another account signs in (features/auth/api/account-session.ts decides when).
 */
export function forgetStoredShopperData(): void {
  clearCart();
  clearBuyNow();
  endAttempt();
  removeKey(window.localStorage, LEGACY_ADDRESS_KEY);
}
