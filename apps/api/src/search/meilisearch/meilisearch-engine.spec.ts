import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CategoryCode, SearchSort } from '@bangfu/contracts';
import { MeiliSearch } from 'meilisearch';
import { MeiliDouble } from '../../../../../test/support/meili-double';
import { describeSearchEngineContract } from '../search-engine.contract';
import type { EngineQuery, SearchDocument } from '../search-engine';
import { TextNormalizer } from '../text/text-normalizer';
import { MeilisearchEngine, MeilisearchEngineError, mutualSynonyms, pageWindow } from './meilisearch-engine';

const API_KEY = 'test-master-key';
const text = new TextNormalizer();
const INDEX = 'products';

function product(id: number, overrides: Partial<SearchDocument>): SearchDocument {
  return {
    id,
    name: '',
    nameWords: '',
    keywords: '',
    pinyin: '',
    initials: '',
    categoryCode: 'fungi',
    countyCode: '610729',
    countyName: '留坝县',
    supplierId: 1,
    supplierName: '留坝县秦岭山货合作社',
    priceFen: 1000,
    inStock: true,
    salesCount: 0,
    createdAt: Date.UTC(2024, 0, id),
    imageUrl: null,
    ...overrides,
  };
}

const textFields = (name: string, nameWords: string, pinyin: string, initials: string, keywords: string) => ({ name, nameWords, pinyin, initials, keywords });

const CATALOG: SearchDocument[] = [
  product(1, { ...textFields('留坝香菇 500g', '留坝 香菇 500g', 'liuba xianggu liubaxianggu', 'lbxg', '食用菌 留坝县'), priceFen: 3800, salesCount: 50 }),
  product(2, {
    ...textFields('宁强花菇', '宁强 花菇', 'ningqiang huagu ningqianghuagu', 'nqhg', '食用菌 宁强县'),
    countyCode: '610726',
    supplierId: 3,
    priceFen: 5200,
    inStock: false,
    salesCount: 20,
  }),
  product(3, {
    ...textFields('汉中仙毫', '汉中 仙毫', 'hanzhong xianhao hanzhongxianhao', 'hzxh', '茶叶 汉台区'),
    categoryCode: 'tea',
    countyCode: '610702',
    supplierId: 2,
    priceFen: 12800,
    salesCount: 80,
  }),
  product(4, {
    ...textFields('西乡绿茶', '西乡 绿茶', 'xixiang lvcha xixianglvcha', 'xxlc', '茶叶 西乡县'),
    categoryCode: 'tea',
    countyCode: '610724',
    supplierId: 4,
    priceFen: 6800,
    salesCount: 30,
  }),
  product(5, {
    ...textFields('洋县黑米', '洋县 黑米', 'yangxian heimi yangxianheimi', 'yxhm', '粮油 洋县'),
    categoryCode: 'grain_oil',
    countyCode: '610723',
    supplierId: 2,
    priceFen: 2000,
    salesCount: 120,
  }),
];

const query = (overrides: Partial<EngineQuery> = {}): EngineQuery => ({ text: '', filters: {}, sort: 'relevance', offset: 0, limit: 20, ...overrides });
const ids = (result: { hits: { document: SearchDocument }[] }) => result.hits.map((hit) => hit.document.id);

describe('MeilisearchEngine against the Meilisearch HTTP double', () => {
  let double: MeiliDouble;
  let engine: MeilisearchEngine;

  const engineFor = (options: { apiKey?: string; timeoutMs?: number } = {}) =>
    new MeilisearchEngine({ host: double.url, apiKey: API_KEY, indexUid: INDEX, timeoutMs: 2_000, batchSize: 2, ...options }, text);
  const requestsTo = (method: string, path: string) => double.requests.filter((request) => request.method === method && request.path === path);
  const lastMultiSearch = () => requestsTo('POST', '/multi-search').at(-1)?.body as { queries: Record<string, unknown>[] };
  /** Each task the double enqueued was polled until done before the engine's call returned. */
  const expectTasksAwaited = (...taskUids: number[]) => {
    const polled = double.requests.filter((request) => request.method === 'GET' && request.path.startsWith('/tasks/')).map((request) => request.path);
    expect(new Set(polled)).toEqual(new Set(taskUids.map((uid) => `/tasks/${uid}`)));
  };

  beforeEach(async () => {
    double = await MeiliDouble.start({ apiKey: API_KEY });
    engine = engineFor();
  });

  afterEach(async () => {
    await double.stop();
    expect(double.violations).toEqual([]);
  });

  async function preparedWithCatalog() {
    await engine.prepare();
    await engine.upsert(CATALOG);
    double.requests.length = 0;
  }

  describe('prepare', () => {
    it('creates the index with primary key id and applies the exact settings, waiting for each task', async () => {
      await engine.setSynonyms([
        ['香菇', '花菇', '冬菇'],
        ['木耳', '黑木耳'],
      ]);
      expect(double.requests).toEqual([]);

      await engine.prepare();

      expect(double.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        `GET /indexes/${INDEX}`,
        'POST /indexes',
        'GET /tasks/0',
        `PATCH /indexes/${INDEX}/settings`,
        'GET /tasks/1',
      ]);
      expect(requestsTo('POST', '/indexes')[0].body).toEqual({ uid: INDEX, primaryKey: 'id' });
      expect(requestsTo('PATCH', `/indexes/${INDEX}/settings`)[0].body).toEqual({
        searchableAttributes: ['nameWords', 'pinyin', 'initials', 'keywords'],
        filterableAttributes: ['categoryCode', 'countyCode', 'supplierId', 'priceFen', 'inStock'],
        sortableAttributes: ['priceFen', 'salesCount', 'createdAt'],
        rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'salesCount:desc'],
        typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
        pagination: { maxTotalHits: 1_000_000 },
        faceting: { maxValuesPerFacet: 100 },
        synonyms: { 香菇: ['花菇', '冬菇'], 花菇: ['香菇', '冬菇'], 冬菇: ['香菇', '花菇'], 木耳: ['黑木耳'], 黑木耳: ['木耳'] },
      });
      for (const request of double.requests) expect(request.authorization).toBe(`Bearer ${API_KEY}`);
    });

    it('leaves an existing index alone and only updates its settings', async () => {
      await engine.prepare();
      double.requests.length = 0;

      await engineFor().prepare();

      expect(double.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET /indexes/${INDEX}`, `PATCH /indexes/${INDEX}/settings`, 'GET /tasks/2']);
    });

    it('lets several API instances prepare at once, whichever creates the index', async () => {
      await Promise.all([engine.prepare(), engineFor().prepare()]);

      expect(await engine.health()).toEqual({ status: 'up', engine: 'meilisearch', documents: 0 });
    });

    it('surfaces a failed settings task as a non-retryable error naming the task', async () => {
      double.failNextTask('settingsUpdate');

      const failure = engine.prepare();

      await expect(failure).rejects.toBeInstanceOf(MeilisearchEngineError);
      await expect(failure).rejects.toMatchObject({ retryable: false, message: expect.stringMatching(/task 1 \(settingsUpdate\) failed: internal/) });
    });
  });

  describe('synonyms', () => {
    it('makes every word of a group a synonym of the others, merging groups that share a word', () => {
      expect(
        mutualSynonyms([
          ['香菇', '花菇', '冬菇'],
          ['香菇', '椴木香菇'],
        ]),
      ).toEqual({ 香菇: ['花菇', '冬菇', '椴木香菇'], 花菇: ['香菇', '冬菇'], 冬菇: ['香菇', '花菇'], 椴木香菇: ['香菇'] });
    });

    it('applies new synonyms at once to a prepared index', async () => {
      await engine.prepare();
      double.requests.length = 0;

      await engine.setSynonyms([['绿茶', '綠茶']]);

      expect(requestsTo('PATCH', `/indexes/${INDEX}/settings`).map((request) => request.body)).toEqual([{ synonyms: { 绿茶: ['綠茶'], 綠茶: ['绿茶'] } }]);
      expectTasksAwaited(2);
    });
  });

  describe('documents', () => {
    beforeEach(() => engine.prepare());

    it('upserts in batches of the configured size and waits for every task', async () => {
      double.requests.length = 0;

      await engine.upsert(CATALOG);

      expect(requestsTo('POST', `/indexes/${INDEX}/documents`).map((request) => (request.body as SearchDocument[]).map((document) => document.id))).toEqual([[1, 2], [3, 4], [5]]);
      expectTasksAwaited(2, 3, 4);
      expect(await engine.health()).toEqual({ status: 'up', engine: 'meilisearch', documents: 5 });
    });

    it('replaces a document upserted again', async () => {
      await engine.upsert(CATALOG);
      await engine.upsert([{ ...CATALOG[0], priceFen: 3500 }]);

      const result = await engine.search(query({ text: '留坝' }));

      expect(result.hits.map((hit) => hit.document.priceFen)).toEqual([3500]);
    });

    it('sends nothing for an empty upsert or removal', async () => {
      double.requests.length = 0;

      await engine.upsert([]);
      await engine.remove([]);

      expect(double.requests).toEqual([]);
    });

    it('removes documents by id', async () => {
      await engine.upsert(CATALOG);
      double.requests.length = 0;

      await engine.remove([1, 4]);

      expect(requestsTo('POST', `/indexes/${INDEX}/documents/delete-batch`).map((request) => request.body)).toEqual([[1, 4]]);
      expect(ids(await engine.search(query())).sort()).toEqual([2, 3, 5]);
    });

    it('clears every document', async () => {
      await engine.upsert(CATALOG);

      await engine.clear();

      expect(requestsTo('DELETE', `/indexes/${INDEX}/documents`)).toHaveLength(1);
      expect((await engine.search(query())).total).toBe(0);
    });

    it('surfaces a failed document task as an error', async () => {
      double.failNextTask('documentAdditionOrUpdate');

      await expect(engine.upsert(CATALOG)).rejects.toMatchObject({
        name: 'MeilisearchEngineError',
        retryable: false,
        message: expect.stringContaining('(documentAdditionOrUpdate) failed'),
      });
    });
  });

  describe('search', () => {
    beforeEach(preparedWithCatalog);

    it.each<[string, EngineQuery['filters'], string[] | undefined]>([
      ['no filter', {}, undefined],
      ['category', { categoryCode: 'tea' }, ['categoryCode = "tea"']],
      ['county', { countyCode: '610723' }, ['countyCode = "610723"']],
      ['supplier', { supplierId: 2 }, ['supplierId = 2']],
      ['minimum price', { minPriceFen: 2000 }, ['priceFen >= 2000']],
      ['maximum price', { maxPriceFen: 5200 }, ['priceFen <= 5200']],
      ['in stock', { inStock: true }, ['inStock = true']],
      ['out of stock', { inStock: false }, ['inStock = false']],
      [
        'every filter',
        { categoryCode: 'fungi', countyCode: '610729', supplierId: 1, minPriceFen: 100, maxPriceFen: 5000, inStock: true },
        ['categoryCode = "fungi"', 'countyCode = "610729"', 'supplierId = 1', 'priceFen >= 100', 'priceFen <= 5000', 'inStock = true'],
      ],
    ])('filters by %s', async (_, filters, expected) => {
      await engine.search(query({ filters }));

      expect(lastMultiSearch().queries[0].filter).toEqual(expected);
    });

    it('applies the filters', async () => {
      expect(ids(await engine.search(query({ filters: { categoryCode: 'tea' } })))).toEqual([3, 4]);
      expect(ids(await engine.search(query({ filters: { supplierId: 2, minPriceFen: 2001 } })))).toEqual([3]);
      expect(ids(await engine.search(query({ filters: { inStock: false } })))).toEqual([2]);
      expect(ids(await engine.search(query({ filters: { categoryCode: 'fungi', countyCode: '610729', minPriceFen: 3800, maxPriceFen: 3800, inStock: true } })))).toEqual([1]);
    });

    it('quotes codes with escaped quotes and backslashes', async () => {
      const result = await engine.search(query({ filters: { categoryCode: 'te"a\\' as CategoryCode } }));

      expect(lastMultiSearch().queries[0].filter).toEqual(['categoryCode = "te\\"a\\\\"']);
      expect(result.total).toBe(0);
    });

    it.each<[SearchSort, string[] | undefined, number[]]>([
      // salesCount:desc, the last ranking rule, orders ties of relevance.
      ['relevance', undefined, [5, 3, 1, 4, 2]],
      ['price:asc', ['priceFen:asc'], [5, 1, 2, 4, 3]],
      ['price:desc', ['priceFen:desc'], [3, 4, 2, 1, 5]],
      ['sales:desc', ['salesCount:desc'], [5, 3, 1, 4, 2]],
      ['newest', ['createdAt:desc'], [5, 4, 3, 2, 1]],
    ])('sorts %s as %j', async (sort, expectedSort, expectedIds) => {
      const result = await engine.search(query({ sort }));

      expect(lastMultiSearch().queries[0].sort).toEqual(expectedSort);
      expect(ids(result)).toEqual(expectedIds);
    });

    it('pages with page/hitsPerPage and reports the exact total', async () => {
      const second = await engine.search(query({ sort: 'price:asc', offset: 2, limit: 2 }));

      expect(lastMultiSearch().queries[0]).toMatchObject({ page: 2, hitsPerPage: 2 });
      expect(lastMultiSearch().queries[0]).not.toHaveProperty('limit');
      expect(ids(second)).toEqual([2, 4]);
      expect(second.total).toBe(5);

      const unaligned = await engine.search(query({ sort: 'price:asc', offset: 1, limit: 3 }));

      expect(lastMultiSearch().queries[0]).toMatchObject({ page: 1, hitsPerPage: 4 });
      expect(ids(unaligned)).toEqual([1, 2, 4]);
      expect(unaligned.total).toBe(5);
    });

    it('asks for facets and price stats in the main query when no facet is filtered', async () => {
      const result = await engine.search(query());

      expect(lastMultiSearch().queries).toEqual([
        expect.objectContaining({ indexUid: INDEX, q: '', facets: ['categoryCode', 'countyCode', 'priceFen'] }),
      ]);
      expect(result.facets).toEqual({
        category: { fungi: 2, grain_oil: 1, tea: 2 },
        county: { '610702': 1, '610723': 1, '610724': 1, '610726': 1, '610729': 1 },
      });
      expect(result.priceStats).toEqual({ minFen: 2000, maxFen: 12800 });
    });

    it('counts each facet without its own filter, in one multi-search', async () => {
      const result = await engine.search(query({ text: '茶叶', filters: { categoryCode: 'tea', countyCode: '610724', minPriceFen: 5000, inStock: true } }));

      const [main, ...facetQueries] = lastMultiSearch().queries;
      expect(requestsTo('POST', '/multi-search')).toHaveLength(1);
      expect(main).toMatchObject({ q: '茶叶', filter: ['categoryCode = "tea"', 'countyCode = "610724"', 'priceFen >= 5000', 'inStock = true'], facets: ['priceFen'] });
      expect(facetQueries).toEqual([
        { indexUid: INDEX, q: '茶叶', filter: ['countyCode = "610724"', 'priceFen >= 5000', 'inStock = true'], limit: 0, facets: ['categoryCode'] },
        { indexUid: INDEX, q: '茶叶', filter: ['categoryCode = "tea"', 'priceFen >= 5000', 'inStock = true'], limit: 0, facets: ['countyCode'] },
      ]);
      expect(ids(result)).toEqual([4]);
      expect(result.facets).toEqual({ category: { tea: 1 }, county: { '610702': 1, '610724': 1 } });
    });

    it('gives the price range of the products found, price filters included', async () => {
      const result = await engine.search(query({ filters: { minPriceFen: 3000, maxPriceFen: 7000 } }));

      expect(ids(result)).toEqual([1, 4, 2]);
      expect(result.priceStats).toEqual({ minFen: 3800, maxFen: 6800 });
      expect(lastMultiSearch().queries).toHaveLength(1);
    });

    it('sends every search param of the main query and of each facet query', async () => {
      await engine.search(query({ text: text.queryText('綠茶'), filters: { categoryCode: 'tea', inStock: true }, sort: 'price:asc', offset: 20, limit: 20 }));

      expect(double.searches).toEqual([
        {
          indexUid: INDEX,
          q: '绿茶',
          filter: ['categoryCode = "tea"', 'inStock = true'],
          sort: ['priceFen:asc'],
          page: 2,
          hitsPerPage: 20,
          attributesToHighlight: ['name'],
          highlightPreTag: '\u0002',
          highlightPostTag: '\u0003',
          facets: ['countyCode', 'priceFen'],
        },
        { indexUid: INDEX, q: '绿茶', filter: ['inStock = true'], limit: 0, facets: ['categoryCode'] },
      ]);
    });

    it.each<[string, string, string]>([
      ['a word with synonyms', '香菇', '香菇'],
      ['one of its synonyms', '花菇', '花菇'],
      ['a place and a synonym', '留坝 冬菇', '留坝 冬菇'],
      ['traditional characters', '臘肉', '腊肉'],
      ['full-width capitals', 'ＸＩＡＮＧ ＧＵ', 'xiang gu'],
      ['initials and a spec', 'xg 500g', 'xg 500g'],
    ])("sends %s as the shopper's own normalized words (%s → %s), leaving synonyms to Meilisearch", async (_, typed, sent) => {
      await engine.search(query({ text: text.queryText(typed), filters: { categoryCode: 'fungi' } }));

      expect(double.searches.map((search) => search.q)).toEqual([sent, sent]);
    });

    it("finds a word's synonyms through the synonyms setting, which holds the text pipeline's table from the start", async () => {
      const fresh = await MeiliDouble.start({ apiKey: API_KEY });
      try {
        const engineOfFresh = new MeilisearchEngine({ host: fresh.url, apiKey: API_KEY, indexUid: INDEX, timeoutMs: 2_000 }, text);
        await engineOfFresh.prepare();
        await engineOfFresh.upsert(CATALOG);

        const settings = fresh.requests.find((request) => request.method === 'PATCH')?.body as { synonyms: Record<string, string[]> };
        expect(settings.synonyms).toEqual(mutualSynonyms(text.synonyms.groups));
        expect(settings.synonyms['香菇']).toEqual(['花菇', '冬菇']);
        // 香菇 and 花菇 (宁强花菇) both, whichever of them the shopper typed.
        expect(ids(await engineOfFresh.search(query({ text: text.queryText('香菇') }))).sort()).toEqual([1, 2]);
        expect(ids(await engineOfFresh.search(query({ text: text.queryText('花菇') }))).sort()).toEqual([1, 2]);
        expect(fresh.violations).toEqual([]);
      } finally {
        await fresh.stop();
      }
    });

    it('maps highlights of the name to escaped HTML and leaves them out when nothing matched', async () => {
      const sauce = product(6, { name: '紫柏山 香菇酱 <原味&香辣>', nameWords: '紫柏山 香菇 酱 原味 香辣', salesCount: 10 });
      await engine.upsert([sauce]);

      const matched = await engine.search(query({ text: '香菇' }));

      expect(lastMultiSearch().queries[0]).toMatchObject({ q: '香菇', attributesToHighlight: ['name'] });
      expect(matched.hits).toEqual([
        { document: CATALOG[0], highlight: '留坝<em>香菇</em> 500g' },
        // Found and marked through the synonyms setting.
        { document: CATALOG[1], highlight: '宁强<em>花菇</em>' },
        { document: sauce, highlight: '紫柏山 <em>香菇</em>酱 &lt;原味&amp;香辣&gt;' },
      ]);

      const byPinyin = await engine.search(query({ text: 'xianggu' }));

      expect(byPinyin.hits).toEqual([{ document: CATALOG[0] }]);
    });

    it('reports empty facets and no price stats when nothing matches', async () => {
      const result = await engine.search(query({ text: '腊肉' }));

      expect(result).toEqual({ hits: [], total: 0, facets: { category: {}, county: {} }, priceStats: { minFen: null, maxFen: null } });
    });

    it('suggests names matching the name, its pinyin or initials, best sellers first', async () => {
      const suggestions = await engine.suggest('xian', 5);

      expect(requestsTo('POST', `/indexes/${INDEX}/search`).map((request) => request.body)).toEqual([
        { q: 'xian', limit: 5, attributesToSearchOn: ['nameWords', 'pinyin', 'initials'], attributesToRetrieve: ['id', 'name'], sort: ['salesCount:desc'] },
      ]);
      expect(suggestions).toEqual([
        { id: 3, name: '汉中仙毫' },
        { id: 1, name: '留坝香菇 500g' },
      ]);
      expect(await engine.suggest('食用菌', 5)).toEqual([]);
    });

    it("suggests by the shopper's own words, synonyms left to Meilisearch", async () => {
      const suggestions = await engine.suggest(text.queryText('花菇'), 5);

      expect(double.searches).toEqual([
        { indexUid: INDEX, q: '花菇', limit: 5, attributesToSearchOn: ['nameWords', 'pinyin', 'initials'], attributesToRetrieve: ['id', 'name'], sort: ['salesCount:desc'] },
      ]);
      expect(suggestions).toEqual([
        { id: 1, name: '留坝香菇 500g' },
        { id: 2, name: '宁强花菇' },
      ]);
    });

    it('suggests nothing for blank text without asking Meilisearch', async () => {
      expect(await engine.suggest('  ', 5)).toEqual([]);
      expect(double.requests).toEqual([]);
    });
  });

  describe('health and failures', () => {
    it('is up with the document count, up with none before prepare, and down once the server is gone', async () => {
      expect(await engine.health()).toEqual({ status: 'up', engine: 'meilisearch', documents: 0 });
      await engine.prepare();
      await engine.upsert(CATALOG.slice(0, 3));
      expect(await engine.health()).toEqual({ status: 'up', engine: 'meilisearch', documents: 3 });
      expect(requestsTo('GET', '/health').at(-1)?.authorization).toBe(`Bearer ${API_KEY}`);

      await double.stop();

      expect(await engine.health()).toEqual({ status: 'down', engine: 'meilisearch' });
    });

    it('throws a retryable error when Meilisearch is unreachable', async () => {
      await engine.prepare();
      await double.stop();

      await expect(engine.search(query())).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/^Meilisearch search failed: Request to .+ has failed: fetch failed/) });
      await expect(engine.upsert(CATALOG)).rejects.toMatchObject({ retryable: true });
    });

    it('throws a retryable error when Meilisearch does not answer in time', async () => {
      const silent: Server = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const stalled = new MeilisearchEngine({ host: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, timeoutMs: 100 }, text);

        await expect(stalled.search(query())).rejects.toMatchObject({ retryable: true, message: expect.stringContaining('timed out after 100ms') });
      } finally {
        silent.closeAllConnections();
        await new Promise((resolve) => silent.close(resolve));
      }
    });

    it('throws a non-retryable error when Meilisearch refuses the request', async () => {
      const wrongKey = engineFor({ apiKey: 'not-the-key' });

      await expect(wrongKey.prepare()).rejects.toMatchObject({ retryable: false, message: expect.stringContaining('invalid_api_key') });
      expect(double.violations.splice(0)).toEqual([expect.objectContaining({ status: 403, code: 'invalid_api_key' })]);
    });
  });

  describe('the double itself', () => {
    const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' }) => {
      const response = await fetch(`${double.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    beforeEach(preparedWithCatalog);

    it.each<[string, string, string, unknown, number, string]>([
      ['an unknown setting', 'PATCH', `/indexes/${INDEX}/settings`, { searchableAttribute: ['name'] }, 400, 'bad_request'],
      ['a malformed ranking rule', 'PATCH', `/indexes/${INDEX}/settings`, { rankingRules: ['words', 'salesCount:down'] }, 400, 'invalid_settings_ranking_rules'],
      ['typo sizes out of order', 'PATCH', `/indexes/${INDEX}/settings`, { typoTolerance: { minWordSizeForTypos: { oneTypo: 8, twoTypos: 4 } } }, 400, 'invalid_settings_typo_tolerance'],
      ['synonyms that are not lists', 'PATCH', `/indexes/${INDEX}/settings`, { synonyms: { 香菇: '花菇' } }, 400, 'invalid_settings_synonyms'],
      ['a filter on an attribute that is not filterable', 'POST', `/indexes/${INDEX}/search`, { filter: 'salesCount > 10' }, 400, 'invalid_search_filter'],
      ['a filter with broken syntax', 'POST', `/indexes/${INDEX}/search`, { filter: ['categoryCode = "tea'] }, 400, 'invalid_search_filter'],
      ['a filter missing its value', 'POST', `/indexes/${INDEX}/search`, { filter: 'priceFen >= AND inStock = true' }, 400, 'invalid_search_filter'],
      ['a sort on an attribute that is not sortable', 'POST', `/indexes/${INDEX}/search`, { sort: ['name:asc'] }, 400, 'invalid_search_sort'],
      ['facets that are not filterable', 'POST', '/multi-search', { queries: [{ indexUid: INDEX, facets: ['name'] }] }, 400, 'invalid_search_facets'],
      ['searching an attribute that is not searchable', 'POST', `/indexes/${INDEX}/search`, { attributesToSearchOn: ['name'] }, 400, 'invalid_search_attributes_to_search_on'],
      ['a negative page size', 'POST', `/indexes/${INDEX}/search`, { hitsPerPage: -1 }, 400, 'invalid_search_hits_per_page'],
      ['an unknown search parameter', 'POST', `/indexes/${INDEX}/search`, { query: '香菇' }, 400, 'bad_request'],
      ['documents that are not objects', 'POST', `/indexes/${INDEX}/documents`, [1, 2], 400, 'malformed_payload'],
    ])('refuses %s', async (_, method, path, body, status, code) => {
      const answer = await send(method, path, body);

      expect(answer).toEqual({ status, body: { message: expect.any(String), code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` } });
      expect(double.violations.splice(0)).toEqual([expect.objectContaining({ method, path, status, code })]);
    });

    it('refuses a missing key and a body without a JSON content type', async () => {
      expect((await send('GET', `/indexes/${INDEX}/stats`, undefined, {})).status).toBe(401);
      expect((await send('POST', `/indexes/${INDEX}/search`, { q: '' }, { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'text/plain' })).status).toBe(415);
      expect(double.violations.splice(0).map((violation) => violation.code)).toEqual(['missing_authorization_header', 'invalid_content_type']);
    });

    it('fails the task of a document without its primary key', async () => {
      const enqueued = await send('POST', `/indexes/${INDEX}/documents`, [{ name: '无编号' }]);
      const task = await send('GET', `/tasks/${enqueued.body.taskUid}`);

      expect(enqueued.status).toBe(202);
      expect(task.body).toMatchObject({ status: 'failed', error: { code: 'missing_document_id' } });
      expect(double.violations.splice(0)).toEqual([expect.objectContaining({ code: 'missing_document_id' })]);
    });
  });
});

describe('MeilisearchEngine through the shared contract, against the Meilisearch HTTP double', () => {
  // The double has no typo tolerance, Chinese segmentation or ranking of its own; what it does check is
  // that the params we send, read the way Meilisearch reads them (synonyms from the settings, query words
  // dropped from the end), find what the contract asks for.
  let double: MeiliDouble;
  let indexes = 0;

  beforeAll(async () => {
    double = await MeiliDouble.start({ apiKey: API_KEY });
  });

  afterAll(async () => {
    await double.stop();
    expect(double.violations).toEqual([]);
  });

  describeSearchEngineContract('meilisearch (HTTP double)', async () =>
    new MeilisearchEngine({ host: double.url, apiKey: API_KEY, indexUid: `contract_${indexes++}`, timeoutMs: 5_000 }, new TextNormalizer()),
  );
});

describe('pageWindow', () => {
  it.each([
    [0, 20, { page: 1, hitsPerPage: 20, skip: 0 }],
    [40, 20, { page: 3, hitsPerPage: 20, skip: 0 }],
    [5, 3, { page: 2, hitsPerPage: 4, skip: 1 }],
    [3, 2, { page: 2, hitsPerPage: 3, skip: 0 }],
    [7, 0, { page: 1, hitsPerPage: 0, skip: 0 }],
  ])('turns offset %i and limit %i into one exact page', (offset, limit, expected) => {
    expect(pageWindow(offset, limit)).toEqual(expected);
  });
});

const meiliHost = process.env.MEILI_HOST ?? '';
const meiliApiKey = process.env.MEILI_API_KEY;

(meiliHost ? describe : describe.skip)('MeilisearchEngine against the Meilisearch at MEILI_HOST', () => {
  // Indexes of this run only, so runs sharing a server never see each other's documents.
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const indexUids: string[] = [];

  afterAll(async () => {
    const admin = new MeiliSearch({ host: meiliHost, apiKey: meiliApiKey });
    for (const uid of indexUids) await admin.deleteIndex(uid).waitTask();
  });

  describeSearchEngineContract('meilisearch', async () => {
    const indexUid = `products_test_${run}_${indexUids.length}`;
    indexUids.push(indexUid);
    return new MeilisearchEngine({ host: meiliHost, apiKey: meiliApiKey, indexUid, timeoutMs: 10_000 }, new TextNormalizer());
  });
});
