import { CategoryCode, CountyCode, SearchSort, type SearchQuery } from '@bangfu/contracts';

/** What the shopper chose, as it sits in the URL of /search (shareable, survives a reload). */
export type SearchFilters = Pick<SearchQuery, 'q' | 'sort'> & Partial<Pick<SearchQuery, 'category' | 'county'>>;

export function filtersFrom(params: URLSearchParams): SearchFilters {
  const category = CategoryCode.safeParse(params.get('category'));
  const county = CountyCode.safeParse(params.get('county'));
  const sort = SearchSort.safeParse(params.get('sort'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    category: category.success ? category.data : undefined,
    county: county.success ? county.data : undefined,
    sort: sort.success ? sort.data : 'relevance',
  };
}

/** Leaves defaults out, so /search?q=香菇 stays short. */
export function searchPath(filters: Partial<SearchFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.category) params.set('category', filters.category);
  if (filters.county) params.set('county', filters.county);
  if (filters.sort && filters.sort !== 'relevance') params.set('sort', filters.sort);
  const text = params.toString();
  return text ? `/search?${text}` : '/search';
}
