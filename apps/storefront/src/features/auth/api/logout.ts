import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { tokenStore } from '../../../lib/api-client';
import { meQuery } from './get-me';

/** Tokens are stateless on the API, so logging out means forgetting ours. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    tokenStore.clear();
    queryClient.setQueryData(meQuery.queryKey, null);
  }, [queryClient]);
}
