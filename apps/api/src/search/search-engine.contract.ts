import { type CategoryCode, type CountyCode, type SearchSort, countyNameOf, categoryNameOf } from '@bangfu/contracts';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EngineQuery, EngineResult, SearchDocument, SearchEngine } from './search-engine';
import { TextNormalizer } from './text/text-normalizer';

/**
 * What every SearchEngine must do, written against the port only, so one suite runs against the
 * embedded engine and against a real Meilisearch. Each block starts from a fresh, cleared engine
 * holding the same 31 products, built and queried through the text pipeline as the API does.
 */
export function describeSearchEngineContract(label: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${label}`, () => {
    const text = new TextNormalizer();
    const documents = PRODUCTS.map((p) => toDocument(text, p));
    const documentWithId = (id: number): SearchDocument => {
      const document = documents.find((d) => d.id === id);
      if (!document) throw new Error(`the engine returned id ${id}, which the suite never gave it`);
      return document;
    };

    const loadedEngine = async (): Promise<SearchEngine> => {
      const engine = await makeEngine();
      await engine.prepare();
      await engine.clear();
      await engine.upsert(documents);
      return engine;
    };
    const search = (engine: SearchEngine, q: string, options: Partial<Omit<EngineQuery, 'text'>> = {}): Promise<EngineResult> =>
      engine.search({ text: text.queryText(q), filters: {}, sort: 'relevance', offset: 0, limit: 100, ...options });
    const idsOf = (result: EngineResult) => result.hits.map((h) => h.document.id);
    const expectedIds = (keep: (d: SearchDocument) => boolean) => documents.filter(keep).map((d) => d.id);
    const countBy = (docs: SearchDocument[], key: (d: SearchDocument) => string) =>
      docs.reduce<Record<string, number>>((counts, d) => ({ ...counts, [key(d)]: (counts[key(d)] ?? 0) + 1 }), {});

    describe('matching', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await loadedEngine();
      });

      it.each<[string, string, number[], string]>([
        ['a Chinese word', '香菇', [1, 2, 3], '香菇'],
        ['full pinyin', 'xianggu', [1, 2, 3], '香菇'],
        ['pinyin by syllable', 'xiang gu', [1, 2, 3], '香菇'],
        ['initials', 'xg', [1, 2, 3], '香菇'],
        ['initials of a place and product', 'lbxg', [1, 2], '留坝香菇'],
        ['traditional characters 臘肉', '臘肉', [12, 13, 14], '腊肉'],
        ['traditional characters 綠茶', '綠茶', [8, 9, 10, 11], '绿茶'],
        ['traditional characters 烏雞', '烏雞', [15], '乌鸡'],
        ['full-width letters', 'ＸＩＡＮＧＧＵ', [1, 2, 3], '香菇'],
        ['a word inside a longer one', '木耳', [5, 6], '木耳'],
        ['a product inside a place name', '黑米', [16, 17], '黑米'],
      ])('finds by %s (%s)', async (_how, q, ids, nameOfFirst) => {
        const result = await search(engine, q);
        expect(idsOf(result)).toEqual(expect.arrayContaining(ids));
        expect(result.hits[0].document.name).toContain(nameOfFirst);
        expect(result.total).toBeGreaterThanOrEqual(ids.length);
      });

      it.each<[string, number[]]>([
        ['花菇', [1, 2, 3, 4]],
        ['冬菇', [1, 2, 3, 4]],
        ['奇异果', [20, 21]],
        ['蒟蒻', [27, 28]],
        ['熏肉', [12, 13, 14]],
      ])('finds synonyms of %s', async (q, ids) => {
        expect(idsOf(await search(engine, q))).toEqual(expect.arrayContaining(ids));
      });

      it('finds nothing for a word no product has, with empty facets and stats', async () => {
        const result = await search(engine, '火星');
        expect(result).toEqual({ hits: [], total: 0, facets: { category: {}, county: {} }, priceStats: { minFen: null, maxFen: null } });
      });

      it('highlights the matched words of the name, escaping HTML', async () => {
        const result = await search(engine, '香菇');
        const plain = (html: string) => html.replace(/<\/?em>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        for (const hit of result.hits.filter((h) => h.document.name.includes('香菇'))) {
          expect(hit.highlight).toContain('<em>');
          expect(plain(hit.highlight ?? '')).toBe(hit.document.name);
        }
        const sauce = result.hits.find((h) => h.document.id === 7);
        expect(sauce?.highlight).toContain('&lt;原味&amp;香辣&gt;');
      });

      it('returns whole documents', async () => {
        const result = await search(engine, '洋县黑米');
        const hit = result.hits.find((h) => h.document.id === 16);
        expect(hit?.document).toMatchObject(withoutText(documentWithId(16)));
      });
    });

    describe('highlight format', () => {
      // Clients render highlights as text after decoding them, so the format is part of the contract: the
      // five characters HTML gives meaning to are escaped, and <em> is the only tag.
      it('escapes & < > " \' in the name and wraps matches in <em> alone', async () => {
        const engine = await loadedEngine();
        const name = `A&B <特级> "红" 农家's`;
        await engine.upsert([toDocument(text, { ...PRODUCTS[3], id: 99, name })]);
        const hit = (await search(engine, '特级')).hits.find((h) => h.document.id === 99);
        expect(hit?.highlight).toBe('A&amp;B &lt;<em>特级</em>&gt; &quot;红&quot; 农家&#39;s');
      });
    });

    describe('filters, facets and price stats', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await loadedEngine();
      });

      it.each<[string, EngineQuery['filters'], (d: SearchDocument) => boolean]>([
        ['category', { categoryCode: 'fungi' }, (d) => d.categoryCode === 'fungi'],
        ['county', { countyCode: '610728' }, (d) => d.countyCode === '610728'],
        ['supplier', { supplierId: 17 }, (d) => d.supplierId === 17],
        ['minimum price', { minPriceFen: 10_000 }, (d) => d.priceFen >= 10_000],
        ['maximum price', { maxPriceFen: 5_000 }, (d) => d.priceFen <= 5_000],
        ['price range', { minPriceFen: 5_000, maxPriceFen: 9_000 }, (d) => d.priceFen >= 5_000 && d.priceFen <= 9_000],
        ['in stock', { inStock: true }, (d) => d.inStock],
        ['out of stock', { inStock: false }, (d) => !d.inStock],
        ['category and county', { categoryCode: 'fungi', countyCode: '610729' }, (d) => d.categoryCode === 'fungi' && d.countyCode === '610729'],
      ])('filters by %s with an exact total', async (_what, filters, keep) => {
        const result = await search(engine, '', { filters });
        expect(idsOf(result).sort(numerically)).toEqual(expectedIds(keep).sort(numerically));
        expect(result.total).toBe(expectedIds(keep).length);
      });

      it('filters text matches too', async () => {
        const result = await search(engine, '香菇', { filters: { countyCode: '610729', inStock: true } });
        expect(idsOf(result)).toEqual(expect.arrayContaining([1, 2]));
        expect(result.hits.every((h) => h.document.countyCode === '610729' && h.document.inStock)).toBe(true);
        expect(result.total).toBe(result.hits.length);
      });

      it('counts each facet over the other filters but not its own', async () => {
        const result = await search(engine, '', { filters: { categoryCode: 'fungi', countyCode: '610729' } });
        expect(result.facets.category).toEqual(countBy(documents.filter((d) => d.countyCode === '610729'), (d) => d.categoryCode));
        expect(result.facets.county).toEqual(countBy(documents.filter((d) => d.categoryCode === 'fungi'), (d) => d.countyCode));
      });

      it('changes facets when filters change', async () => {
        const all = await search(engine, '', {});
        const inStock = await search(engine, '', { filters: { inStock: true } });
        expect(all.facets.category).toEqual(countBy(documents, (d) => d.categoryCode));
        expect(inStock.facets.category).toEqual(countBy(documents.filter((d) => d.inStock), (d) => d.categoryCode));
        expect(inStock.facets.category).not.toEqual(all.facets.category);
      });

      it('counts facets over the text matches', async () => {
        const anywhere = await search(engine, '香菇');
        const inLiuba = await search(engine, '香菇', { filters: { countyCode: '610729' } });
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
        expect(sum(anywhere.facets.category)).toBe(anywhere.total);
        expect(sum(inLiuba.facets.category)).toBe(inLiuba.total);
        expect(inLiuba.facets.county).toEqual(anywhere.facets.county);
        expect(inLiuba.total).toBe(anywhere.facets.county['610729']);
      });

      it('gives the price range of the matched, filtered products', async () => {
        const tea = await search(engine, '', { filters: { categoryCode: 'tea' } });
        const teaPrices = documents.filter((d) => d.categoryCode === 'tea').map((d) => d.priceFen);
        expect(tea.priceStats).toEqual({ minFen: Math.min(...teaPrices), maxFen: Math.max(...teaPrices) });

        const cheapTea = await search(engine, '绿茶', { filters: { maxPriceFen: 30_000 } });
        const prices = cheapTea.hits.map((h) => h.document.priceFen);
        expect(cheapTea.priceStats).toEqual({ minFen: Math.min(...prices), maxFen: Math.max(...prices) });
      });
    });

    describe('sorting and paging', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await loadedEngine();
      });

      it.each<[SearchSort, (a: SearchDocument, b: SearchDocument) => number]>([
        ['relevance', (a, b) => b.salesCount - a.salesCount],
        ['price:asc', (a, b) => a.priceFen - b.priceFen],
        ['price:desc', (a, b) => b.priceFen - a.priceFen],
        ['sales:desc', (a, b) => b.salesCount - a.salesCount],
        ['newest', (a, b) => b.createdAt - a.createdAt],
      ])('browses everything by %s', async (sort, order) => {
        const result = await search(engine, '', { sort });
        expect(result.total).toBe(documents.length);
        expect(idsOf(result)).toEqual([...documents].sort(order).map((d) => d.id));
      });

      it.each<[SearchSort, (d: SearchDocument) => number]>([
        ['price:asc', (d) => d.priceFen],
        ['price:desc', (d) => -d.priceFen],
        ['sales:desc', (d) => -d.salesCount],
        ['newest', (d) => -d.createdAt],
      ])('sorts text matches by %s', async (sort, key) => {
        const result = await search(engine, '绿茶', { sort });
        const keys = result.hits.map((h) => key(h.document));
        expect(keys.length).toBeGreaterThanOrEqual(4);
        expect(keys).toEqual([...keys].sort(numerically));
      });

      it('pages through an exact total without gaps or repeats', async () => {
        const everything = await search(engine, '', { sort: 'price:asc' });
        const pageSize = 7;
        const pages: number[] = [];
        for (let offset = 0; offset < documents.length; offset += pageSize) {
          const page = await search(engine, '', { sort: 'price:asc', offset, limit: pageSize });
          expect(page.total).toBe(documents.length);
          expect(page.hits.length).toBe(Math.min(pageSize, documents.length - offset));
          pages.push(...idsOf(page));
        }
        expect(pages).toEqual(idsOf(everything));
      });

      it('returns no hits past the end but still the total', async () => {
        const result = await search(engine, '', { offset: 1000, limit: 10 });
        expect(result.hits).toEqual([]);
        expect(result.total).toBe(documents.length);
      });
    });

    describe('suggestions', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await loadedEngine();
      });

      it('suggests by the start of a name word, best sellers first', async () => {
        const suggestions = await engine.suggest('留坝', 10);
        const liubaIds = expectedIds((d) => d.name.includes('留坝'));
        expect(suggestions.map((s) => s.id).sort(numerically)).toEqual(liubaIds.sort(numerically));
        const sales = suggestions.map((s) => documentWithId(s.id).salesCount);
        expect(sales).toEqual([...sales].sort((a, b) => b - a));
        expect(suggestions[0]).toEqual({ id: suggestions[0].id, name: documentWithId(suggestions[0].id).name });
      });

      it.each<[string, string, number[]]>([
        ['pinyin being typed', 'xiangg', [1, 2, 3]],
        ['initials', 'lbxg', [1, 2]],
        ['a character being typed', '猕', [20, 21]],
      ])('suggests by %s', async (_how, typed, ids) => {
        const suggestions = await engine.suggest(typed, 10);
        expect(suggestions.map((s) => s.id)).toEqual(expect.arrayContaining(ids));
      });

      it('returns at most the limit, and nothing for an unknown prefix', async () => {
        expect((await engine.suggest('xiang', 2)).length).toBe(2);
        expect(await engine.suggest('火星', 5)).toEqual([]);
      });
    });

    describe('changes', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await loadedEngine();
      });

      it('reports its health and document count', async () => {
        expect(await engine.health()).toEqual({ status: 'up', engine: engine.name, documents: documents.length });
      });

      it('replaces a document on upsert', async () => {
        const renamed = toDocument(text, { ...PRODUCTS[9], name: '西乡绿茶 特级毛尖', priceFen: 100 });
        await engine.upsert([renamed]);

        const cheapest = await search(engine, '绿茶', { sort: 'price:asc' });
        expect(cheapest.hits[0].document).toMatchObject({ id: 10, priceFen: 100, name: '西乡绿茶 特级毛尖' });
        expect(idsOf(await search(engine, '毛尖'))).toContain(10);
        expect(idsOf(await search(engine, '炒青'))).not.toContain(10);
        expect((await search(engine, '')).total).toBe(documents.length);
        expect((await search(engine, '', { filters: { maxPriceFen: 100 } })).total).toBe(1);
      });

      it('removes documents, ignoring unknown ids', async () => {
        await engine.remove([1, 2, 9999]);
        const ids = idsOf(await search(engine, '香菇'));
        expect(ids).not.toContain(1);
        expect(ids).not.toContain(2);
        expect((await search(engine, '')).total).toBe(documents.length - 2);
        expect((await engine.health()).documents).toBe(documents.length - 2);
      });

      it('clears everything, and takes documents again afterwards', async () => {
        await engine.clear();
        expect((await search(engine, '')).total).toBe(0);
        expect((await engine.health()).documents).toBe(0);
        await engine.upsert(documents.slice(0, 3));
        expect(idsOf(await search(engine, 'xianggu')).sort(numerically)).toEqual([1, 2, 3]);
      });
    });
  });
}

interface ProductRow {
  id: number;
  name: string;
  categoryCode: CategoryCode;
  supplierId: number;
  priceFen: number;
  inStock: boolean;
  salesCount: number;
  /** Days after the first certification. */
  day: number;
}

interface SupplierRow {
  name: string;
  countyCode: CountyCode;
  town: string;
}

const SUPPLIERS: Readonly<Record<number, SupplierRow>> = {
  11: { name: '留坝县紫柏山香菇种植专业合作社', countyCode: '610729', town: '火烧店镇' },
  12: { name: '宁强县青木川菌业专业合作社', countyCode: '610726', town: '青木川镇' },
  13: { name: '略阳县嘉陵江生态农业有限公司', countyCode: '610727', town: '接官亭镇' },
  14: { name: '西乡县午子山茶业专业合作社', countyCode: '610724', town: '私渡镇' },
  15: { name: '南郑区黎坪茶业有限公司', countyCode: '610703', town: '黎坪镇' },
  16: { name: '镇巴县星子山腊肉加工专业合作社', countyCode: '610728', town: '渔渡镇' },
  17: { name: '洋县朱鹮源米业有限公司', countyCode: '610723', town: '华阳镇' },
  18: { name: '城固县橘乡果业专业合作社', countyCode: '610722', town: '桔园镇' },
  19: { name: '佛坪县熊猫谷蜂业专业合作社', countyCode: '610730', town: '岳坝镇' },
  20: { name: '汉中兴汉食品有限公司', countyCode: '610702', town: '铺镇' },
  21: { name: '勉县定军山粮油加工有限公司', countyCode: '610725', town: '武侯镇' },
};

const row = (id: number, name: string, categoryCode: CategoryCode, supplierId: number, priceFen: number, inStock: boolean, salesCount: number, day: number): ProductRow => ({
  id,
  name,
  categoryCode,
  supplierId,
  priceFen,
  inStock,
  salesCount,
  day,
});

// Prices, sales and days all differ, so every sort order has one right answer on any engine.
const PRODUCTS: readonly ProductRow[] = [
  row(1, '留坝香菇 干货', 'fungi', 11, 6800, true, 5200, 10),
  row(2, '留坝香菇 椴木干货', 'fungi', 11, 8800, true, 3100, 40),
  row(3, '宁强香菇 精选大朵', 'fungi', 12, 5990, true, 1800, 25),
  row(4, '留坝花菇 特级白花菇', 'fungi', 11, 12800, true, 900, 70),
  row(5, '略阳黑木耳 秋木耳', 'fungi', 13, 4590, true, 2600, 33),
  row(6, '宁强金木耳 干货', 'fungi', 12, 7900, false, 150, 80),
  row(7, '紫柏山 留坝香菇酱 <原味&香辣>', 'fungi', 11, 2990, true, 4100, 95),
  row(8, '黎坪 汉中仙毫 明前特级绿茶', 'tea', 15, 39800, true, 1200, 5),
  row(9, '午子仙毫 特级绿茶', 'tea', 14, 32800, true, 2100, 15),
  row(10, '西乡绿茶 高山炒青', 'tea', 14, 9800, true, 3300, 20),
  row(11, '宁强雀舌 明前一级绿茶', 'tea', 12, 25800, false, 700, 55),
  row(12, '镇巴腊肉 五花', 'meat', 16, 8990, true, 4800, 12),
  row(13, '镇巴腊肉 排骨', 'meat', 16, 9890, false, 2200, 60),
  row(14, '西乡柴火腊肉 后腿', 'meat', 14, 7590, true, 600, 85),
  row(15, '略阳乌鸡 林下散养', 'meat', 13, 19800, true, 1500, 45),
  row(16, '洋县黑米 有机', 'grain_oil', 17, 6990, true, 3900, 8),
  row(17, '洋县黑米 富硒', 'grain_oil', 17, 4990, true, 2900, 50),
  row(18, '汉中米皮 麻辣', 'grain_oil', 20, 3990, true, 5600, 3),
  row(19, '城固蜜橘 精选大果', 'fruit', 18, 4690, true, 3500, 65),
  row(20, '城固猕猴桃 红心', 'fruit', 18, 6690, true, 2700, 75),
  row(21, '洋县猕猴桃 徐香', 'fruit', 17, 5590, false, 800, 90),
  row(22, '佛坪土蜂蜜 中蜂百花蜜', 'honey', 19, 13800, true, 1100, 35),
  row(23, '留坝土蜂蜜 成熟原蜜', 'honey', 11, 16800, true, 400, 100),
  row(24, '佛坪山茱萸 去核萸肉 特级', 'herbs', 19, 15800, true, 300, 28),
  row(25, '宁强天麻 特级干货', 'herbs', 12, 29800, true, 1000, 38),
  row(26, '略阳杜仲 厚皮', 'herbs', 13, 8490, true, 200, 48),
  row(27, '镇巴魔芋豆腐 手工', 'konjac', 16, 3490, true, 1700, 58),
  row(28, '西乡魔芋爽 香辣味', 'konjac', 14, 1990, true, 6100, 68),
  row(29, '宁强核桃 薄皮原味', 'nuts', 12, 5290, true, 1300, 78),
  row(30, '勉县菜籽油 古法压榨', 'grain_oil', 21, 10800, true, 2400, 88),
  row(31, '镇巴干辣椒 朝天椒', 'vegetables', 16, 2590, true, 500, 98),
];

const FIRST_DAY_MS = Date.UTC(2024, 2, 1);
const DAY_MS = 86_400_000;

function toDocument(text: TextNormalizer, product: ProductRow): SearchDocument {
  const supplier = SUPPLIERS[product.supplierId];
  const countyName = countyNameOf(supplier.countyCode)
  const fields = text.documentFields({
    name: product.name,
    categoryName: categoryNameOf(product.categoryCode),
    countyName,
    town: supplier.town,
    supplierName: supplier.name,
    description: `${product.name}，原产地${countyName}${supplier.town}，由${supplier.name}组织生产。`,
  });
  return {
    id: product.id,
    name: product.name,
    ...fields,
    categoryCode: product.categoryCode,
    countyCode: supplier.countyCode,
    countyName,
    supplierId: product.supplierId,
    supplierName: supplier.name,
    priceFen: product.priceFen,
    inStock: product.inStock,
    salesCount: product.salesCount,
    createdAt: FIRST_DAY_MS + product.day * DAY_MS,
    imageUrl: `/images/products/${product.id}.svg`,
  };
}

/** The fields an engine must hand back as given (the text fields may come back re-tokenized). */
function withoutText({ nameWords: _n, keywords: _k, pinyin: _p, initials: _i, ...rest }: SearchDocument): Partial<SearchDocument> {
  return rest;
}

const numerically = (a: number, b: number) => a - b;
