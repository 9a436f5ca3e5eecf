import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterDecision } from './invalidate-after-decision';

/** The supplier agrees; the money goes back through the payment provider. */
export function useAcceptRefund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: number) => api.acceptRefund(requestId),
    onSuccess: (request) => invalidateAfterDecision(queryClient, request),
  });
}
