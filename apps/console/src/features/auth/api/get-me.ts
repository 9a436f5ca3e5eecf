import { queryOptions, useQuery } from '@tanstack/react-query';
import { currentUser } from '@bangfu/api-client';
import { api, tokenStore } from '../../../lib/api-client';

export const meQuery = queryOptions({ queryKey: ['me'], queryFn: () => currentUser(api, tokenStore) });

export function useMe() {
  return useQuery(meQuery);
}
