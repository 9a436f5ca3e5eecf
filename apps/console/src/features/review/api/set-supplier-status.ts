import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditKey } from './get-audit-trail';
import { suppliersKey } from './get-suppliers';

export interface SupplierStatusChange {
  id: number;
  to: 'suspended' | 'active';
  reason: string;
}

/** Suspends an active supplier or reinstates a suspended one; either is explained in the supplier's record. */
export function useSetSupplierStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to, reason }: SupplierStatusChange) => (to === 'suspended' ? api.suspendSupplier(id, reason) : api.reinstateSupplier(id, reason)),
    onSuccess: () => Promise.all([suppliersKey, auditKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
