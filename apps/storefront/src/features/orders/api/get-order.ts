import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getOrderQueryOptions(id: number) {
  return queryOptions({ queryKey: [...queryKeys.orders, 'detail', id], queryFn: () => api.order(id), staleTime: 5_000 });
}

export function useOrder(id: number) {
  return useQuery(getOrderQueryOptions(id));
}
