import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applicationsKey } from './get-applications';

export const getApplicationQueryOptions = (id: number) =>
  queryOptions({ queryKey: [...applicationsKey, 'one', id], queryFn: () => api.associationApplication(id), staleTime: 0 });

export function useApplication(id: number) {
  return useQuery(getApplicationQueryOptions(id));
}
