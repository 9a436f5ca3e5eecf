import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { ProductListQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export const productsKey = ['association-products'] as const;

export type ProductsFilter = Partial<ProductListQuery>;

export const getProductsQueryOptions = (filter: ProductsFilter) =>
  queryOptions({
    queryKey: [...productsKey, 'list', filter],
    queryFn: () => api.associationProducts(filter),
    // Other reviewers work the same queue; each visit reads it afresh.
    staleTime: 0,
  });

export function useProducts(filter: ProductsFilter) {
  return useQuery({ ...getProductsQueryOptions(filter), placeholderData: keepPreviousData });
}

/** How many products each filter holds: one row asked for, the total read. */
export function useProductTotals(filters: ProductsFilter[]): (number | undefined)[] {
  return useQueries({ queries: filters.map((f) => getProductsQueryOptions({ ...f, page: 1, pageSize: 1 })) }).map((q) => q.data?.total);
}
