import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SupplierApplicationRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { myApplicationsKey } from './get-my-applications';

/** A first application, or one staff sent back for changes sent again in full. */
export function useSendApplication(resubmitId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (application: SupplierApplicationRequest) => (resubmitId === null ? api.apply(application) : api.resubmitApplication(resubmitId, application)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myApplicationsKey }),
  });
}
