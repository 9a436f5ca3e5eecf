import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterDecision } from './invalidate-after-decision';

export function useRejectRefund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, reason }: { requestId: number; reason: string }) => api.rejectRefund(requestId, reason),
    onSuccess: (request) => invalidateAfterDecision(queryClient, request),
  });
}
