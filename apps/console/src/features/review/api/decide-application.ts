import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApproveRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { auditKey } from './get-audit-trail';
import { applicationsKey } from './get-applications';
import { suppliersKey } from './get-suppliers';

export type ApplicationDecision =
  | { id: number; kind: 'approve'; approval: ApproveRequest }
  | { id: number; kind: 'requestChanges' | 'reject'; reason: string };

/** Approve (the answer names the new certificate), send back for changes, or reject; each with its own request. */
function decide(decision: ApplicationDecision): Promise<{ certificateNo: string | null }> {
  if (decision.kind === 'approve') return api.approveApplication(decision.id, decision.approval);
  const send = decision.kind === 'reject' ? api.rejectApplication : api.requestApplicationChanges;
  return send(decision.id, decision.reason);
}

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    // An approval creates a supplier and writes to its record as well as the application's.
    onSuccess: () => Promise.all([applicationsKey, suppliersKey, auditKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
