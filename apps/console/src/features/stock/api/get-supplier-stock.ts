import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const supplierStockKey = ['supplier-stock'] as const;

export interface SupplierStockFilter {
  page: number;
  pageSize: number;
  /** Only `true` is sent: unchecked means every SKU, not "only those that are not low". */
  lowOnly: boolean;
}

export const getSupplierStockQueryOptions = ({ page, pageSize, lowOnly }: SupplierStockFilter) =>
  queryOptions({
    queryKey: [...supplierStockKey, { page, pageSize, lowOnly }],
    queryFn: () => api.supplierStock({ page, pageSize, low: lowOnly ? true : undefined }),
    staleTime: 0,
  });

export function useSupplierStock(filter: SupplierStockFilter) {
  return useQuery({ ...getSupplierStockQueryOptions(filter), placeholderData: keepPreviousData });
}
