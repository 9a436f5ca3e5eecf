import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { supplierProductsKey } from './get-supplier-products';

export const getProductDecisionsQueryOptions = (id: number) =>
  queryOptions({ queryKey: [...supplierProductsKey, id, 'decisions'], queryFn: () => api.productDecisions(id), staleTime: 0 });

/** The association's decisions on a saved product; a new one has none. */
export function useProductDecisions(id: number | undefined) {
  return useQuery({ ...getProductDecisionsQueryOptions(id ?? 0), enabled: id !== undefined });
}
