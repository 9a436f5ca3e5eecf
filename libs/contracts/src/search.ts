import { z } from 'zod';
import { CategoryCode, CountyCode } from './vocabulary';

export const SEARCH_SORTS = ['relevance', 'price:asc', 'price:desc', 'sales:desc', 'newest'] as const;
export const SearchSort = z.enum(SEARCH_SORTS);
export type SearchSort = z.infer<typeof SearchSort>;

const BooleanParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** GET /api/search query parameters. */
export const SearchQuery = z
  .object({
    q: z.string().trim().max(100).default(''),
    category: CategoryCode.optional(),
    county: CountyCode.optional(),
    supplierId: z.coerce.number().int().positive().optional(),
    minPriceFen: z.coerce.number().int().min(0).optional(),
    maxPriceFen: z.coerce.number().int().min(0).optional(),
    inStock: BooleanParam.optional(),
    sort: SearchSort.default('relevance'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((q) => q.minPriceFen === undefined || q.maxPriceFen === undefined || q.minPriceFen <= q.maxPriceFen, {
    path: ['maxPriceFen'],
    message: 'must not be below minPriceFen',
  });
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  id: z.number().int(),
  name: z.string(),
  priceFen: z.number().int(),
  countyCode: CountyCode,
  countyName: z.string(),
  categoryCode: CategoryCode,
  supplierId: z.number().int(),
  supplierName: z.string(),
  imageUrl: z.string().nullable(),
  inStock: z.boolean(),
  /** The name with matched parts wrapped in <em>…</em>. */
  highlight: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({
  items: z.array(SearchHit),
  total: z.number().int(),
  facets: z.object({ category: z.record(z.string(), z.number().int()), county: z.record(z.string(), z.number().int()) }),
  priceStats: z.object({ minFen: z.number().int().nullable(), maxFen: z.number().int().nullable() }),
  tookMs: z.number(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const SuggestQuery = z.object({ q: z.string().trim().min(1).max(50) });
export const SuggestResponse = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })).max(10) });
export type SuggestResponse = z.infer<typeof SuggestResponse>;

/** Words the association treats as the same when shoppers search (香菇 = 花菇 = 冬菇). */
export const SynonymGroups = z.object({ groups: z.array(z.array(z.string().trim().min(1).max(20)).min(2).max(20)).max(500) });
export type SynonymGroups = z.infer<typeof SynonymGroups>;

export const ReindexStatus = z.object({
  state: z.enum(['idle', 'running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type ReindexStatus = z.infer<typeof ReindexStatus>;

/** What a shopper chose on the storefront's /search page, as its URL carries it (shareable, survives a reload). */
export type SearchPageFilters = Pick<SearchQuery, 'q' | 'sort'> & Partial<Pick<SearchQuery, 'category' | 'county'>>;

/** The filters of a /search URL; anything unknown is left out rather than refused, as a typed-in link may hold. */
export function searchPageFilters(params: URLSearchParams): SearchPageFilters {
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

/** Results come 20 at a time as the shopper scrolls. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * The query of one page of results for a /search page. The storefront asks for exactly this, and the server,
 * which preloads the first page with the page itself, names the same URL.
 */
export function searchPageQuery(filters: Partial<SearchQuery>, page: number): Partial<SearchQuery> {
  return { ...filters, page, pageSize: SEARCH_PAGE_SIZE };
}
