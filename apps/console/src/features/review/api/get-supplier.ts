import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { suppliersKey } from './get-suppliers';

export const getSupplierQueryOptions = (id: number) =>
  queryOptions({ queryKey: [...suppliersKey, 'one', id], queryFn: () => api.associationSupplier(id), staleTime: 0 });

export function useSupplier(id: number) {
  return useQuery(getSupplierQueryOptions(id));
}
