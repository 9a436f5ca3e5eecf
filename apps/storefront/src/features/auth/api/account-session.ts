import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LoginResponse } from '@bangfu/contracts';
import { beginSession, endSession, readJson, removeKey, writeJson } from '@bangfu/ui';
import { tokenStore } from '../../../lib/api-client';
import { useForgetStoredShopperData } from '../shopper-data';
import { getMeQueryOptions } from './get-me';

/** The account last signed in on this browser; outlives an expired token, so its owner coming back keeps the cart. */
const ACCOUNT_KEY = 'bangfu.storefront.account';

const lastAccount = () => readJson(window.localStorage, ACCOUNT_KEY, (value) => (typeof value === 'number' ? value : null));

/**
 * Signing in and out: the one place that decides what of the account before must go. The query cache goes
 * every time (beginSession and endSession drop all but "who am I", which they set); the cart and checkout drafts
 * go on logout and when a different account signs in. A visitor who filled a cart before signing in (or signing
 * up at checkout), or the same account back after its token expired, keeps the cart.
 */
export function useAccountSession() {
  const queryClient = useQueryClient();
  const forgetStoredShopperData = useForgetStoredShopperData();
  return useMemo(() => {
    const meKey = getMeQueryOptions().queryKey;
    return {
      begin(session: LoginResponse) {
        const previous = lastAccount();
        if (previous !== null && previous !== session.user.id) forgetStoredShopperData();
        writeJson(window.localStorage, ACCOUNT_KEY, session.user.id);
        beginSession(queryClient, tokenStore, meKey, session);
      },
      end() {
        forgetStoredShopperData();
        removeKey(window.localStorage, ACCOUNT_KEY);
        endSession(queryClient, tokenStore, meKey);
      },
    };
  }, [queryClient, forgetStoredShopperData]);
}
