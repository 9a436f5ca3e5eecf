import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const supplierProductKey = (id: number) => ['supplier-product', id] as const;

export const getSupplierProductQueryOptions = (id: number) =>
  queryOptions({ queryKey: supplierProductKey(id), queryFn: () => api.supplierProduct(id), staleTime: 0 });

export function useSupplierProduct(id: number) {
  return useQuery(getSupplierProductQueryOptions(id));
}
