import { createContext, useContext } from 'react';

/**
 * Forgets what this browser stores for the signed-in shopper outside the query cache: the cart and checkout's
 * drafts. Those stores belong to other features, so the app provides the function (app/layout.tsx).
 */
export const ForgetStoredShopperData = createContext<(() => void) | null>(null);

export function useForgetStoredShopperData(): () => void {
  const forget = useContext(ForgetStoredShopperData);
  if (!forget) throw new Error('ForgetStoredShopperData is not provided: one account’s cart would be left to the next');
  return forget;
}
