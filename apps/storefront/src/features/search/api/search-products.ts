import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { SEARCH_PAGE_SIZE, searchPageQuery, type SearchQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export type ProductSearch = Partial<Pick<SearchQuery, 'q' | 'category' | 'county' | 'supplierId' | 'sort'>>;

/** One page after another for infinite scrolling; facets and totals come with every page. */
export function getSearchProductsQueryOptions(search: ProductSearch) {
  return infiniteQueryOptions({
    queryKey: ['search', search],
    queryFn: ({ pageParam }) => api.search(searchPageQuery(search, pageParam)),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * SEARCH_PAGE_SIZE < last.total && pages.length < 1000 ? pages.length + 1 : undefined),
    staleTime: 30_000,
  });
}

export function useSearchProducts(search: ProductSearch) {
  return useInfiniteQuery(getSearchProductsQueryOptions(search));
}
