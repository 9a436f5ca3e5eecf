import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Banners and picks change when the association edits them, a few times a week. */
export const getHomeQueryOptions = () =>
  queryOptions({
    queryKey: ['home'],
    queryFn: () => api.home(),
    staleTime: 5 * 60_000,
  });

export function useHome() {
  return useQuery(getHomeQueryOptions());
}
