import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getHealthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: () => api.health(),
    staleTime: 0,
    refetchInterval: 30_000,
  });

export function useHealth() {
  return useQuery(getHealthQueryOptions());
}
