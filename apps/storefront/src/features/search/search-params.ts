import type { SearchPageFilters } from '@bangfu/contracts';

/** Leaves defaults out, so /search?q=香菇 stays short. */
export function searchPath(filters: Partial<SearchPageFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.category) params.set('category', filters.category);
  if (filters.county) params.set('county', filters.county);
  if (filters.sort && filters.sort !== 'relevance') params.set('sort', filters.sort);
  const text = params.toString();
  return text ? `/search?${text}` : '/search';
}
