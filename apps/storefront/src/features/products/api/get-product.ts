import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getProductQueryOptions(id: number) {
  return queryOptions({ queryKey: ['product', id], queryFn: () => api.product(id) });
}

export function useProduct(id: number) {
  return useQuery(getProductQueryOptions(id));
}
