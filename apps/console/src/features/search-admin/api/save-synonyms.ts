import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SynonymGroups } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { synonymsKey } from './get-synonyms';

export function useSaveSynonyms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (synonyms: SynonymGroups) => api.saveSynonyms(synonyms),
    onSuccess: (saved) => queryClient.setQueryData(synonymsKey, saved),
  });
}
