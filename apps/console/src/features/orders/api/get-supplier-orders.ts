import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderListQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type SupplierOrdersFilter = Partial<OrderListQuery>;

export const getSupplierOrdersQueryOptions = (filter: SupplierOrdersFilter) =>
  queryOptions({
    queryKey: [...queryKeys.supplierOrders, filter],
    queryFn: () => api.supplierOrders(filter),
    // Buyers and other staff change these while the page is open: every visit and filter change asks again.
    staleTime: 0,
  });

/** The page stays on screen while the next one loads. */
export function useSupplierOrders(filter: SupplierOrdersFilter) {
  return useQuery({ ...getSupplierOrdersQueryOptions(filter), placeholderData: keepPreviousData });
}
