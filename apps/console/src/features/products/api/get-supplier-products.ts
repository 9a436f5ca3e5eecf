import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductStatus } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export const supplierProductsKey = ['supplier-products'] as const;

export interface SupplierProductsFilter {
  page: number;
  pageSize: number;
  /** Undefined means every status. */
  status: ProductStatus | undefined;
  /** Part of the name; undefined or empty means any. */
  q: string | undefined;
}

export const getSupplierProductsQueryOptions = (filter: SupplierProductsFilter) =>
  queryOptions({
    queryKey: [...supplierProductsKey, filter],
    queryFn: () => api.supplierProducts(filter),
    // The association certifies and rejects while the page is open: every visit asks again.
    staleTime: 0,
  });

/** The page stays on screen while the next one loads. */
export function useSupplierProducts(filter: SupplierProductsFilter) {
  return useQuery({ ...getSupplierProductsQueryOptions(filter), placeholderData: keepPreviousData });
}
