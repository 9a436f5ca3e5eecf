import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterOrderChange } from './invalidate-orders';

/** Cancels an unpaid order, and with it the rest of its checkout: one payment covers them all. */
export function useCancelOrder(orderId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason?: string) => api.cancelOrder(orderId, reason),
    onSuccess: (detail) => afterOrderChange(queryClient, detail),
  });
}
