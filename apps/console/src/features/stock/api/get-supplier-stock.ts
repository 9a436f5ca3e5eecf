import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface SupplierStockFilter {
  page: number;
  pageSize: number;
  /** Only `true` is sent: unchecked means every SKU, not "only those that are not low". */
  lowOnly: boolean;
}

export const supplierStockQuery = ({ page, pageSize, lowOnly }: SupplierStockFilter) =>
  queryOptions({
    queryKey: [...queryKeys.supplierStock, { page, pageSize, lowOnly }],
    queryFn: () => api.supplierStock({ page, pageSize, low: lowOnly ? true : undefined }),
    staleTime: 0,
  });

export function useSupplierStock(filter: SupplierStockFilter) {
  return useQuery({ ...supplierStockQuery(filter), placeholderData: keepPreviousData });
}
