import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { tokenStore } from '../../../lib/api-client';
import { meQuery } from './get-me';

/**
 * Tokens are stateless on the API, so logging out means forgetting ours, and everything fetched with it:
 * the next account to sign in on this browser must not see the last one's orders or stock.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    tokenStore.clear();
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQuery.queryKey[0] });
    queryClient.setQueryData(meQuery.queryKey, null);
  }, [queryClient]);
}
