import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getSupplierQueryOptions(id: number) {
  return queryOptions({ queryKey: ['supplier', id], queryFn: () => api.supplier(id) });
}

export function useSupplier(id: number) {
  return useQuery(getSupplierQueryOptions(id));
}
