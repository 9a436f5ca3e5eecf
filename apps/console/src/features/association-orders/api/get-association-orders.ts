import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AssociationOrderListQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type AssociationOrdersFilter = Partial<AssociationOrderListQuery>;

export const associationOrdersQuery = (filter: AssociationOrdersFilter) =>
  queryOptions({
    queryKey: [...queryKeys.associationOrders, filter],
    queryFn: () => api.associationOrders(filter),
    // Orders move all day in every shop: each visit and filter change asks again.
    staleTime: 0,
  });

/** The page stays on screen while the next one loads. */
export function useAssociationOrders(filter: AssociationOrdersFilter) {
  return useQuery({ ...associationOrdersQuery(filter), placeholderData: keepPreviousData });
}
