import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RefundRequestCreate } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { afterOrderChange } from './invalidate-orders';

export function useRequestRefund(orderId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (refund: RefundRequestCreate) => api.requestRefund(orderId, refund),
    onSuccess: () => afterOrderChange(queryClient),
  });
}
