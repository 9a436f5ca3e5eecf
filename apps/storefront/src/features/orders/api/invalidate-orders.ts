import type { QueryClient } from '@tanstack/react-query';
import type { OrderDetail } from '@bangfu/contracts';
import { queryKeys } from '../../../lib/query-keys';
import { getOrderQueryOptions } from './get-order';

/**
 * After an action: the detail it answered with is current; lists, sibling orders of a checkout and the payment
 * (a cancelled order's payment is closed) are not.
 */
export async function afterOrderChange(queryClient: QueryClient, detail?: OrderDetail): Promise<void> {
  if (detail) queryClient.setQueryData(getOrderQueryOptions(detail.id).queryKey, detail);
  await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.orders }), queryClient.invalidateQueries({ queryKey: queryKeys.payment })]);
}
