import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getSuggestQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['suggest', q],
    queryFn: () => api.suggest(q),
    staleTime: 5 * 60_000,
  });
}

/** Names to complete what the shopper is typing; nothing is asked for an empty box. */
export function useSuggest(q: string) {
  const text = q.trim().slice(0, 50);
  return useQuery({ ...getSuggestQueryOptions(text), enabled: text.length > 0, placeholderData: keepPreviousData });
}
