import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productsKey } from './get-products';

export const getProductQueryOptions = (id: number) =>
  queryOptions({ queryKey: [...productsKey, 'one', id], queryFn: () => api.associationProduct(id), staleTime: 0 });

export function useProduct(id: number) {
  return useQuery(getProductQueryOptions(id));
}
