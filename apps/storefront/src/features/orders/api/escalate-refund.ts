import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterOrderChange } from './invalidate-orders';

/** Takes a refund the supplier refused to the association. */
export function useEscalateRefund(orderId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: number) => api.escalateRefund(orderId, requestId),
    onSuccess: () => afterOrderChange(queryClient),
  });
}
