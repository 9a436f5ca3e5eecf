import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getAssociationOrderQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['association-order', id], queryFn: () => api.associationOrder(id), staleTime: 0 });

export function useAssociationOrder(id: number) {
  return useQuery(getAssociationOrderQueryOptions(id));
}
