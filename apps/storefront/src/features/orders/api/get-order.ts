import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function orderQuery(id: number) {
  return queryOptions({ queryKey: ['orders', 'detail', id], queryFn: () => api.order(id), staleTime: 5_000 });
}

export function useOrder(id: number) {
  return useQuery(orderQuery(id));
}
