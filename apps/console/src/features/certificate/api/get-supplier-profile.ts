import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const supplierProfileKey = ['supplier-profile'] as const;

export const getSupplierProfileQueryOptions = () => queryOptions({ queryKey: supplierProfileKey, queryFn: () => api.supplierProfile() });

export function useSupplierProfile() {
  return useQuery(getSupplierProfileQueryOptions());
}
