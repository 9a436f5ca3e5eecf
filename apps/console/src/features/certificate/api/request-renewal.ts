import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RenewalRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { supplierProfileKey } from './get-supplier-profile';

/** The notice turns to "renewal pending" once staff have the request. */
export function useRequestRenewal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (renewal: RenewalRequest) => api.requestRenewal(renewal),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supplierProfileKey }),
  });
}
