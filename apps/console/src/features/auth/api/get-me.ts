import { queryOptions, useQuery } from '@tanstack/react-query';
import { currentUser } from '@bangfu/api-client';
import { api, tokenStore } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getMeQueryOptions = () => queryOptions({ queryKey: queryKeys.me, queryFn: () => currentUser(api, tokenStore) });

export function useMe() {
  return useQuery(getMeQueryOptions());
}
