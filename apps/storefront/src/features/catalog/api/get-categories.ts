import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const categoriesQuery = queryOptions({
  queryKey: ['categories'],
  queryFn: () => api.categories(),
});

export function useCategories() {
  return useQuery(categoriesQuery);
}
