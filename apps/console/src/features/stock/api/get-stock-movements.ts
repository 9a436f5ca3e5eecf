import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The API pages the ledger by 20, newest first. */
export const STOCK_MOVEMENTS_PAGE_SIZE = 20;

export const stockMovementsKey = (skuId: number) => ['stock-movements', skuId] as const;

export const getStockMovementsQueryOptions = (skuId: number, page: number) =>
  queryOptions({
    queryKey: [...stockMovementsKey(skuId), page],
    queryFn: () => api.stockMovements(skuId, page),
    staleTime: 0,
  });

export function useStockMovements(skuId: number, page: number) {
  return useQuery({ ...getStockMovementsQueryOptions(skuId, page), placeholderData: keepPreviousData });
}
