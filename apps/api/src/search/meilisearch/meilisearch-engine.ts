import type { SearchSort } from '@bangfu/contracts';
import {
  MeiliSearch,
  MeiliSearchApiError,
  MeiliSearchRequestError,
  MeiliSearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
  type MultiSearchQuery,
  type MultiSearchResult,
  type Settings,
  type Task,
} from 'meilisearch';
import type { EngineHealth, EngineQuery, EngineResult, SearchDocument, SearchEngine } from '../search-engine';
import type { TextNormalizer } from '../text/text-normalizer';

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  indexUid?: string;
  /** Limit for each HTTP request. */
  timeoutMs: number;
  /** Limit for waiting on one indexing task; a large batch can take far longer than a request. */
  taskTimeoutMs?: number;
  /** Documents per addDocuments request. */
  batchSize?: number;
}

/** Every failure of the adapter; `retryable` when Meilisearch was unreachable, too slow or failed internally. */
export class MeilisearchEngineError extends Error {
  override readonly name = 'MeilisearchEngineError';

  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  'price:asc': ['priceFen:asc'],
  'price:desc': ['priceFen:desc'],
  'sales:desc': ['salesCount:desc'],
  newest: ['createdAt:desc'],
};

/**
 * Meilisearch does not escape HTML in highlights; marking matches with control characters that no name
 * contains lets the name be escaped first and the marks become <em> afterwards.
 */
const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

/**
 * Facets counted over the query and every filter except their own, so a shopper who picked a category
 * still sees the counts of the other categories.
 */
const FACET_ATTRIBUTES = ['categoryCode', 'countyCode'] as const;
type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];

const SUGGEST_ATTRIBUTES = ['nameWords', 'pinyin', 'initials'];

const INDEX_SETTINGS: Settings = {
  searchableAttributes: ['nameWords', 'pinyin', 'initials', 'keywords'],
  filterableAttributes: ['categoryCode', 'countyCode', 'supplierId', 'priceFen', 'inStock'],
  sortableAttributes: ['priceFen', 'salesCount', 'createdAt'],
  // `sort` first: a shopper who sorts by price gets a strict price order. Without a sort it is inert,
  // so relevance is decided by the rules after it, and ties go to the best sellers.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'salesCount:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  // Meilisearch counts hits exactly only up to maxTotalHits; the catalog stays far below this.
  pagination: { maxTotalHits: 1_000_000 },
  faceting: { maxValuesPerFacet: 100 },
};

/**
 * Meilisearch behind the SearchEngine port. Queries arrive as the text pipeline made them, with our
 * synonyms added before each word the shopper typed (花菇 冬菇 香菇 for 香菇). Meilisearch would take
 * every one of them as a word the shopper typed: all must match for the best bucket, and its default
 * matching strategy `last` drops words from the end, so the typed word would go first and 香菇 would find
 * only 花菇. So Meilisearch gets the shopper's own words — simplified, segmented, lower-cased like the
 * documents — and expands synonyms itself from the same table (its synonyms setting); pinyin and
 * initials match the documents' pinyin and initials fields.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly client: MeiliSearch;
  private readonly index: Index<SearchDocument>;
  private readonly indexUid: string;
  private readonly batchSize: number;
  private synonyms: Record<string, string[]>;
  private prepared = false;

  /** `text` is the pipeline that builds the documents and queries; its synonym table is the index's until setSynonyms. */
  constructor(
    { host, apiKey, indexUid = 'products', timeoutMs, taskTimeoutMs = 60_000, batchSize = 1_000 }: MeilisearchEngineOptions,
    private readonly text: TextNormalizer,
  ) {
    this.client = new MeiliSearch({ host, apiKey, timeout: timeoutMs, defaultWaitOptions: { timeout: taskTimeoutMs } });
    this.index = this.client.index<SearchDocument>(indexUid);
    this.indexUid = indexUid;
    this.batchSize = batchSize;
    this.synonyms = mutualSynonyms(text.synonyms.groups);
  }

  /** Words searched as one another (香菇 = 花菇 = 冬菇); applied now if the index is prepared, else by prepare(). */
  async setSynonyms(groups: readonly (readonly string[])[]): Promise<void> {
    this.synonyms = mutualSynonyms(groups);
    if (this.prepared) {
      await this.call('setSynonyms', () => this.run(this.index.updateSettings({ synonyms: this.synonyms })));
    }
  }

  async prepare(): Promise<void> {
    await this.call('prepare', async () => {
      if (!(await this.indexExists())) await this.createIndex();
      await this.run(this.index.updateSettings({ ...INDEX_SETTINGS, synonyms: this.synonyms }));
    });
    this.prepared = true;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.call('upsert', async () => {
      const enqueued = [];
      // One batch after the other keeps Meilisearch's task order equal to the documents' order.
      for (let start = 0; start < documents.length; start += this.batchSize) {
        enqueued.push(await this.index.addDocuments(documents.slice(start, start + this.batchSize)));
      }
      for (const task of await this.client.tasks.waitForTasks(enqueued)) assertSucceeded(task);
    });
  }

  async remove(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.call('remove', () => this.run(this.index.deleteDocuments(ids)));
  }

  async clear(): Promise<void> {
    await this.call('clear', () => this.run(this.index.deleteAllDocuments()));
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const clauses = filterClauses(query.filters);
    const ownFilterFacets = FACET_ATTRIBUTES.filter((attribute) => clauses.some((clause) => clause.attribute === attribute));
    const window = pageWindow(query.offset, query.limit);
    const q = this.text.typedWords(query.text);
    const main: MultiSearchQuery = {
      indexUid: this.indexUid,
      q,
      filter: expressions(clauses),
      sort: SORTS[query.sort],
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      attributesToHighlight: ['name'],
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
      // Price stats describe the products found, so they come from this query with every filter.
      facets: [...FACET_ATTRIBUTES.filter((attribute) => !ownFilterFacets.includes(attribute)), 'priceFen'],
    };
    const facetQueries = ownFilterFacets.map(
      (attribute): MultiSearchQuery => ({
        indexUid: this.indexUid,
        q,
        filter: expressions(clauses.filter((clause) => clause.attribute !== attribute)),
        limit: 0,
        facets: [attribute],
      }),
    );
    const { results } = await this.call('search', () =>
      this.client.multiSearch<{ queries: MultiSearchQuery[] }, SearchDocument>({ queries: [main, ...facetQueries] }),
    );
    const [mainResult] = results;
    const resultFor = (attribute: FacetAttribute) => results[ownFilterFacets.indexOf(attribute) + 1] ?? mainResult;
    const priceStats = mainResult.facetStats?.priceFen;
    return {
      hits: mainResult.hits.slice(window.skip, window.skip + query.limit).map(({ _formatted, ...document }) => {
        const marked = _formatted?.name;
        return marked?.includes(MATCH_START) ? { document, highlight: highlightHtml(marked) } : { document };
      }),
      total: mainResult.totalHits ?? 0,
      facets: {
        category: distribution(resultFor('categoryCode'), 'categoryCode'),
        county: distribution(resultFor('countyCode'), 'countyCode'),
      },
      priceStats: { minFen: priceStats?.min ?? null, maxFen: priceStats?.max ?? null },
    };
  }

  /** Prefix matches on the name's words, pinyin and initials only; best sellers first, as shoppers expect. */
  async suggest(text: string, limit: number): Promise<{ id: number; name: string }[]> {
    const q = this.text.typedWords(text);
    if (q === '') return [];
    const result = await this.call('suggest', () =>
      this.index.search<Pick<SearchDocument, 'id' | 'name'>>(q, {
        limit,
        attributesToSearchOn: SUGGEST_ATTRIBUTES,
        attributesToRetrieve: ['id', 'name'],
        sort: ['salesCount:desc'],
      }),
    );
    return result.hits.map(({ id, name }) => ({ id, name }));
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.client.health();
      if (status !== 'available') return { status: 'down', engine: this.name };
      const stats = await this.index.getStats();
      return { status: 'up', engine: this.name, documents: stats.numberOfDocuments };
    } catch (error) {
      // Before the first prepare() the server is up but the index does not exist yet.
      if (isIndexNotFound(error)) return { status: 'up', engine: this.name, documents: 0 };
      return { status: 'down', engine: this.name };
    }
  }

  private async indexExists(): Promise<boolean> {
    try {
      await this.client.getRawIndex(this.indexUid);
      return true;
    } catch (error) {
      if (isIndexNotFound(error)) return false;
      throw error;
    }
  }

  private async createIndex(): Promise<void> {
    const task = await this.client.tasks.waitForTask(await this.client.createIndex(this.indexUid, { primaryKey: 'id' }));
    // Another API instance may have created it between our check and our request.
    if (task.error?.code === 'index_already_exists') return;
    assertSucceeded(task);
  }

  private async run(enqueued: EnqueuedTaskPromise): Promise<void> {
    assertSucceeded(await this.client.tasks.waitForTask(await enqueued));
  }

  private async call<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toEngineError(operation, error);
    }
  }
}

interface FilterClause {
  attribute: string;
  expression: string;
}

function filterClauses(filters: EngineQuery['filters']): FilterClause[] {
  const clauses: FilterClause[] = [];
  const add = (attribute: keyof SearchDocument, operator: '=' | '>=' | '<=', value: string) =>
    clauses.push({ attribute, expression: `${attribute} ${operator} ${value}` });
  if (filters.categoryCode !== undefined) add('categoryCode', '=', quoted(filters.categoryCode));
  if (filters.countyCode !== undefined) add('countyCode', '=', quoted(filters.countyCode));
  if (filters.supplierId !== undefined) add('supplierId', '=', numeric(filters.supplierId));
  if (filters.minPriceFen !== undefined) add('priceFen', '>=', numeric(filters.minPriceFen));
  if (filters.maxPriceFen !== undefined) add('priceFen', '<=', numeric(filters.maxPriceFen));
  if (filters.inStock !== undefined) add('inStock', '=', String(filters.inStock));
  return clauses;
}

/** An array of expressions is ANDed by Meilisearch; none means no filter at all. */
function expressions(clauses: FilterClause[]): string[] | undefined {
  return clauses.length > 0 ? clauses.map((clause) => clause.expression) : undefined;
}

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function numeric(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number for a filter: ${value}`);
  return String(value);
}

/**
 * Meilisearch counts hits exactly only with page/hitsPerPage, so an offset/limit window becomes the smallest
 * page size of at least `limit` whose single page covers it, and `skip` hits are dropped from its front.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  let hitsPerPage = limit;
  while (Math.floor(offset / hitsPerPage) !== Math.floor((offset + limit - 1) / hitsPerPage)) hitsPerPage++;
  const page = Math.floor(offset / hitsPerPage) + 1;
  return { page, hitsPerPage, skip: offset - (page - 1) * hitsPerPage };
}

/** Every word of a group becomes a synonym of every other word of it, merged across groups. */
export function mutualSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const word of group) {
      const others = synonyms.get(word) ?? new Set<string>();
      for (const other of group) if (other !== word) others.add(other);
      synonyms.set(word, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([word, others]) => [word, [...others]]));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function highlightHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
    .replaceAll(MATCH_START, '<em>')
    .replaceAll(MATCH_END, '</em>');
}

function distribution(result: MultiSearchResult<SearchDocument>, attribute: FacetAttribute): Record<string, number> {
  return { ...result.facetDistribution?.[attribute] };
}

function assertSucceeded(task: Task): void {
  if (task.status === 'succeeded') return;
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : 'no error given';
  throw new MeilisearchEngineError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`, false);
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeiliSearchApiError && error.cause?.code === 'index_not_found';
}

function toEngineError(operation: string, error: unknown): Error {
  if (error instanceof MeilisearchEngineError) return error;
  if (error instanceof MeiliSearchRequestError || error instanceof MeiliSearchTaskTimeOutError) {
    return new MeilisearchEngineError(`Meilisearch ${operation} failed: ${messageChain(error)}`, true, { cause: error });
  }
  if (error instanceof MeiliSearchApiError) {
    const status = error.response.status;
    const code = error.cause?.code ?? `HTTP ${status}`;
    return new MeilisearchEngineError(`Meilisearch ${operation} failed: ${code}: ${error.message}`, status >= 500 || status === 429, {
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** "Request to … has failed: fetch failed: connect ECONNREFUSED …" tells an operator what actually went wrong. */
function messageChain(error: Error): string {
  const messages: string[] = [];
  // Duck-typed: fetch's errors may come from another realm, where `instanceof Error` is false.
  for (let cause: unknown = error; isErrorLike(cause); cause = cause.cause) messages.push(cause.message);
  return messages.join(': ');
}

function isErrorLike(value: unknown): value is { message: string; cause?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}
