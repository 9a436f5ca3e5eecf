import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reindexStatusKey } from './get-reindex-status';

export function useStartReindex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.startReindex(),
    onSuccess: (status) => queryClient.setQueryData(reindexStatusKey, status),
  });
}
