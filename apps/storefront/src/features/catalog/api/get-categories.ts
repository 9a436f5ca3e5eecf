import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['categories'],
    queryFn: () => api.categories(),
  });

export function useCategories() {
  return useQuery(getCategoriesQueryOptions());
}
