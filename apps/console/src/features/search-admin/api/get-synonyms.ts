import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const synonymsKey = ['search-synonyms'] as const;

export const getSynonymsQueryOptions = () => queryOptions({ queryKey: synonymsKey, queryFn: () => api.synonyms() });

export function useSynonyms() {
  return useQuery(getSynonymsQueryOptions());
}
