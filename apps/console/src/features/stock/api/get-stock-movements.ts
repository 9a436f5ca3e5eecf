import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The API pages the ledger by 20, newest first. */
export const STOCK_MOVEMENTS_PAGE_SIZE = 20;

export const stockMovementsQuery = (skuId: number, page: number) =>
  queryOptions({
    queryKey: [...queryKeys.stockMovements(skuId), page],
    queryFn: () => api.stockMovements(skuId, page),
    staleTime: 0,
  });

export function useStockMovements(skuId: number, page: number) {
  return useQuery({ ...stockMovementsQuery(skuId, page), placeholderData: keepPreviousData });
}
