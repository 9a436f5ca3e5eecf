import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The county list is fixed by administrative codes; it never changes during a visit. */
export const getCountiesQueryOptions = () =>
  queryOptions({
    queryKey: ['counties'],
    queryFn: () => api.counties(),
    staleTime: Infinity,
  });

export function useCounties() {
  return useQuery(getCountiesQueryOptions());
}
