import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PaymentStatus } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const OPEN: readonly PaymentStatus[] = ['created', 'pending'];
export const isOpen = (status: PaymentStatus) => OPEN.includes(status);

export function getPaymentQueryOptions(id: number) {
  return queryOptions({ queryKey: [...queryKeys.payment, id], queryFn: () => api.payment(id), staleTime: 0 });
}

/** Asks every 2 s while the payment is open: the provider's notification may arrive any moment. */
export function usePayment(id: number) {
  return useQuery({
    ...getPaymentQueryOptions(id),
    refetchInterval: (query) => (query.state.data && !isOpen(query.state.data.status) ? false : 2000),
  });
}
