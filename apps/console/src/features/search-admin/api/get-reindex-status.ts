import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const reindexStatusKey = ['search-reindex'] as const;

/** Asked again every second while a rebuild runs, so its progress moves on screen. */
export const getReindexStatusQueryOptions = () =>
  queryOptions({
    queryKey: reindexStatusKey,
    queryFn: () => api.reindexStatus(),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false),
  });

export function useReindexStatus() {
  return useQuery(getReindexStatusQueryOptions());
}
