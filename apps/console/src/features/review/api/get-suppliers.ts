import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SupplierListQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export const suppliersKey = ['association-suppliers'] as const;

export type SuppliersFilter = Partial<SupplierListQuery>;

export const getSuppliersQueryOptions = (filter: SuppliersFilter) =>
  queryOptions({ queryKey: [...suppliersKey, 'list', filter], queryFn: () => api.associationSuppliers(filter), staleTime: 0 });

export function useSuppliers(filter: SuppliersFilter) {
  return useQuery({ ...getSuppliersQueryOptions(filter), placeholderData: keepPreviousData });
}
