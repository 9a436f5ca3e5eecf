import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AssociationOrderListQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export type AssociationOrdersFilter = Partial<AssociationOrderListQuery>;

export const getAssociationOrdersQueryOptions = (filter: AssociationOrdersFilter) =>
  queryOptions({
    queryKey: ['association-orders', filter],
    queryFn: () => api.associationOrders(filter),
    // Orders move all day in every shop: each visit and filter change asks again.
    staleTime: 0,
  });

/** The page stays on screen while the next one loads. */
export function useAssociationOrders(filter: AssociationOrdersFilter) {
  return useQuery({ ...getAssociationOrdersQueryOptions(filter), placeholderData: keepPreviousData });
}
