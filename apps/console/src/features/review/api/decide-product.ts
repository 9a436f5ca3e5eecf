import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertifyRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { auditKey } from './get-audit-trail';
import { productsKey } from './get-products';

export type ProductDecision = { id: number; kind: 'certify'; certification: CertifyRequest } | { id: number; kind: 'reject' | 'revoke'; reason: string };

/** Certify (the answer names the new certificate), reject a pending product, or revoke a certified one. */
async function decide(decision: ProductDecision): Promise<{ certificateNo: string | null }> {
  if (decision.kind === 'certify') return api.certifyProduct(decision.id, decision.certification);
  const send = decision.kind === 'reject' ? api.rejectProduct : api.revokeProduct;
  await send(decision.id, decision.reason);
  return { certificateNo: null };
}

export function useDecideProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSuccess: () => Promise.all([productsKey, auditKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
