import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArbitrationDecision } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { associationRefundRequestsKey } from './get-escalated-refunds';

/** The association's final word: refund the shopper, or uphold the supplier's refusal. */
export function useDecideRefund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, decision }: { requestId: number; decision: ArbitrationDecision }) => api.decideRefund(requestId, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: associationRefundRequestsKey }),
  });
}
