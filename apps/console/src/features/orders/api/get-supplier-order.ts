import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getSupplierOrderQueryOptions = (id: number) =>
  queryOptions({ queryKey: queryKeys.supplierOrder(id), queryFn: () => api.supplierOrder(id), staleTime: 0 });

export function useSupplierOrder(id: number) {
  return useQuery(getSupplierOrderQueryOptions(id));
}
