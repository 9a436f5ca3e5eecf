import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { OrderStatus, OrderSummary } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 20;

export interface OrdersPage {
  items: OrderSummary[];
  total: number;
  more: boolean;
}

/**
 * The shopper's orders in some statuses (none: all), newest first. The API filters by one status, so a tab of
 * several (refunds: refunding and refunded) asks once per status and merges each page.
 */
export function getOrdersQueryOptions(statuses: readonly OrderStatus[]) {
  return infiniteQueryOptions({
    queryKey: [...queryKeys.orders, 'list', statuses],
    queryFn: async ({ pageParam }): Promise<OrdersPage> => {
      const lists = await Promise.all(
        (statuses.length ? statuses : [undefined]).map((status) => api.orders({ status, page: pageParam, pageSize: PAGE_SIZE })),
      );
      return {
        items: lists.flatMap((l) => l.items).sort((a, b) => b.id - a.id),
        total: lists.reduce((sum, l) => sum + l.total, 0),
        more: lists.some((l) => l.page * l.pageSize < l.total),
      };
    },
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (last.more ? pages.length + 1 : undefined),
    staleTime: 10_000,
  });
}

export function useOrders(statuses: readonly OrderStatus[]) {
  return useInfiniteQuery(getOrdersQueryOptions(statuses));
}
