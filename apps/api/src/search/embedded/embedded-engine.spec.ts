import type { CountyCode } from '@bangfu/contracts';
import type { EngineQuery, SearchDocument } from '../search-engine';
import { describeSearchEngineContract } from '../search-engine.contract';
import { TextNormalizer } from '../text/text-normalizer';
import { EmbeddedSearchEngine } from './embedded-engine';

const text = new TextNormalizer();

describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine(text));

describe('EmbeddedSearchEngine', () => {
  const COUNTIES: CountyCode[] = ['610729', '610726', '610727'];
  const NAMES = ['留坝香菇 干货', '略阳黑木耳 秋木耳', '猕猴桃 红心', '镇巴腊肉 五花', '洋县黑米 有机'];
  const document = (id: number): SearchDocument => {
    const name = NAMES[id % NAMES.length];
    return {
      id,
      name,
      ...text.documentFields({ name, categoryName: '食用菌', countyName: '留坝县', supplierName: `合作社${id % 7}` }),
      categoryCode: 'fungi',
      countyCode: COUNTIES[id % COUNTIES.length],
      countyName: '留坝县',
      supplierId: id % 7,
      supplierName: `合作社${id % 7}`,
      priceFen: 1000 + ((id * 37) % 500) * 10,
      inStock: id % 9 !== 0,
      salesCount: (id * 53) % 1000,
      createdAt: id * 1000,
      imageUrl: null,
    };
  };
  const query = (q: string, options: Partial<EngineQuery> = {}): EngineQuery => ({
    text: text.queryText(q),
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 20,
    ...options,
  });

  let engine: EmbeddedSearchEngine;
  beforeAll(async () => {
    engine = new EmbeddedSearchEngine(text);
    await engine.upsert(Array.from({ length: 500 }, (_, i) => document(i + 1)));
  });

  it.each([
    ['a dropped letter', 'xiangu'],
    ['a swapped letter', 'xianggi'],
    ['pinyin typed with u for ü', 'lueyang'],
  ])('forgives %s in pinyin (%s)', async (_typo, q) => {
    const result = await engine.search(query(q));
    expect(result.total).toBe(100);
    expect(result.hits[0].document.name).toMatch(/香菇|略阳/);
  });

  it('does not fuzz short pinyin or Chinese characters', async () => {
    expect((await engine.search(query('xq'))).total).toBe(0);
    expect((await engine.search(query('香姑'))).hits.every((h) => h.document.name.includes('香菇'))).toBe(true);
  });

  it('matches the last word by prefix only', async () => {
    expect((await engine.search(query('mihou'))).total).toBe(100);
    expect((await engine.search(query('mihou 红心'))).hits[0].document.name).toBe('猕猴桃 红心');
  });

  it('highlights pinyin and initials matches on the characters they spell', async () => {
    const [pinyinHit] = (await engine.search(query('xianggu'))).hits;
    expect(pinyinHit.highlight).toBe('留坝<em>香菇</em> 干货');
    const [initialsHit] = (await engine.search(query('lbxg'))).hits;
    expect(initialsHit.highlight).toBe('<em>留坝香菇</em> 干货');
  });

  it('gives no highlight when browsing', async () => {
    const result = await engine.search(query(''));
    expect(result.hits[0]).not.toHaveProperty('highlight');
  });

  it('keeps totals exact and pages consistent across deep pages', async () => {
    const all = await engine.search(query('', { sort: 'newest', limit: 500 }));
    const deep = await engine.search(query('', { sort: 'newest', offset: 480, limit: 20 }));
    expect(all.total).toBe(500);
    expect(deep.hits.map((h) => h.document.id)).toEqual(all.hits.slice(480).map((h) => h.document.id));
  });

  it('breaks ties in relevance by sales, then id', async () => {
    const result = await engine.search(query('镇巴腊肉', { limit: 100 }));
    const sameName = result.hits.filter((h) => h.document.name === '镇巴腊肉 五花').map((h) => h.document);
    const bySales = [...sameName].sort((a, b) => b.salesCount - a.salesCount || a.id - b.id);
    expect(sameName.map((d) => d.id)).toEqual(bySales.map((d) => d.id));
  });

  it('re-indexes an upserted document instead of adding a second copy', async () => {
    await engine.upsert([{ ...document(1), name: '留坝花菇 精选', ...text.documentFields({ name: '留坝花菇 精选', categoryName: '食用菌', countyName: '留坝县', supplierName: '合作社1' }) }]);
    const result = await engine.search(query('花菇 精选', { limit: 500 }));
    expect(result.hits.filter((h) => h.document.id === 1)).toHaveLength(1);
    expect((await engine.health()).documents).toBe(500);
    await engine.upsert([document(1)]);
  });

  it('finds a homophone typed by mistake through its pinyin', async () => {
    const result = await engine.search(query('相菇'));
    expect(result.total).toBe(100);
    expect(result.hits[0].highlight).toBe('留坝<em>香菇</em> 干货');
  });

  it('falls back to the parts of words when the whole words match nothing', async () => {
    expect(text.queryText('留坝花菇')).toBe('留坝花菇');
    const result = await engine.search(query('留坝花菇'));
    expect(result.hits[0].document.name).toBe('留坝香菇 干货');
    expect(result.hits[0].highlight).toBe('<em>留坝香菇</em> 干货');
  });

  it('stays consistent after enough updates to rebuild its index', async () => {
    const rebuilt = new EmbeddedSearchEngine(text);
    for (let round = 0; round < 25; round++) await rebuilt.upsert(Array.from({ length: 500 }, (_, i) => ({ ...document(i + 1), salesCount: round })));
    await rebuilt.remove([5, 6, 7]);
    const result = await rebuilt.search(query('', { limit: 500 }));
    expect(result.total).toBe(497);
    expect(new Set(result.hits.map((h) => h.document.id)).size).toBe(497);
    expect(result.hits.every((h) => h.document.salesCount === 24)).toBe(true);
    expect((await rebuilt.search(query('xianggu'))).total).toBe(99);
  });

  it('suggests nothing for blank text', async () => {
    expect(await engine.suggest('  ', 10)).toEqual([]);
  });
});
