import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const associationOrderQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.associationOrder(id), queryFn: () => api.associationOrder(id), staleTime: 0 });

export function useAssociationOrder(id: number) {
  return useQuery(associationOrderQuery(id));
}
