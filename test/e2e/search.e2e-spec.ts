import { DemoSeeder } from '../../apps/api/src/demo/demo-seeder';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer';
import { auth, nextPhone } from '../support/certification';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

interface Hit {
  id: number;
  name: string;
  supplierId: number;
  countyCode: string;
  categoryCode: string;
  priceFen: number;
  inStock: boolean;
  highlight?: string;
}

describe(`search over the demo catalog on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  const search = async (query: string): Promise<{ items: Hit[]; total: number; facets: { category: Record<string, number>; county: Record<string, number> }; priceStats: { minFen: number; maxFen: number } }> =>
    (await t.http.get(`/api/search?${query}`).expect(200)).body;
  const names = (items: Hit[]) => items.map((i) => i.name);

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_SYNC_MS: '100' });
    await new DemoSeeder(t.db, t.config.dataDir).seed();
    await t.app.get(SearchIndexer).rebuild();
    staff = (await signIn(t, nextPhone(), 'staff')).token;
  }, 120_000);
  afterAll(() => t.close());

  it('finds 香菇 by characters, full pinyin and initials', async () => {
    // Initials are ambiguous (xg is also 鲜果), so they need only most of the first five.
    for (const [q, atLeast] of [['香菇', 5], ['xianggu', 5], ['xg', 4]] as const) {
      const { items, total } = await search(`q=${encodeURIComponent(q)}`);
      expect(total).toBeGreaterThan(5);
      expect(names(items.slice(0, 5)).filter((n) => /香菇|花菇|冬菇/.test(n)).length).toBeGreaterThanOrEqual(atLeast);
    }
  });

  it('understands traditional characters', async () => {
    const traditional = await search(`q=${encodeURIComponent('臘肉')}`);
    expect(traditional.total).toBeGreaterThan(0);
    expect(names(traditional.items.slice(0, 5)).every((n) => n.includes('腊肉'))).toBe(true);
    const tea = await search(`q=${encodeURIComponent('綠茶')}`);
    expect(names(tea.items.slice(0, 3)).every((n) => n.includes('绿茶') || n.includes('茶'))).toBe(true);
  });

  it('finds products by a synonym, and by one the association adds', async () => {
    const { items } = await search(`q=${encodeURIComponent('冬菇')}`);
    expect(items.some((i) => i.name.includes('香菇'))).toBe(true);

    const before = await search(`q=${encodeURIComponent('椎茸')}`);
    expect(before.total).toBe(0);
    const current = (await t.http.get('/api/association/search/synonyms').set(auth(staff)).expect(200)).body.groups as string[][];
    await t.http.put('/api/association/search/synonyms').set(auth(staff)).send({ groups: [...current, ['香菇', '椎茸']] }).expect(200);
    const after = await search(`q=${encodeURIComponent('椎茸')}`);
    expect(after.items.some((i) => i.name.includes('香菇'))).toBe(true);
  });

  it('filters, facets and sorts', async () => {
    const all = await search('q=&pageSize=5');
    expect(all.total).toBe(2210);
    expect(Object.values(all.facets.county).reduce((a, b) => a + b, 0)).toBe(2210);

    const tea = await search('category=tea&pageSize=100');
    expect(tea.items.every((i) => i.categoryCode === 'tea')).toBe(true);
    expect(tea.facets.category.fungi).toBeGreaterThan(0);
    expect(Object.values(tea.facets.county).reduce((a, b) => a + b, 0)).toBe(tea.total);

    const teaInYang = await search('category=tea&county=610723');
    expect(teaInYang.total).toBe(tea.facets.county['610723']);

    const cheap = await search('maxPriceFen=2000&sort=price:asc&pageSize=50');
    expect(cheap.items.every((i) => i.priceFen <= 2000)).toBe(true);
    expect(cheap.items.map((i) => i.priceFen)).toEqual([...cheap.items.map((i) => i.priceFen)].sort((a, b) => a - b));
    expect(cheap.priceStats.maxFen).toBeLessThanOrEqual(2000);

    const inStock = await search('inStock=true&pageSize=100');
    expect(inStock.items.every((i) => i.inStock)).toBe(true);
    expect(inStock.total).toBeLessThan(2210);
  });

  it('names bad parameters with 400', async () => {
    const res = await t.http.get('/api/search?pageSize=101&sort=cheapest&county=123&minPriceFen=-1').expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['county', 'minPriceFen', 'pageSize', 'sort']);
    await t.http.get('/api/search?minPriceFen=500&maxPriceFen=100').expect(400);
  });

  it('suggests at most 10 names for a prefix in characters, pinyin or initials', async () => {
    for (const q of ['洋县', 'yangxian', 'hm']) {
      const res = await t.http.get(`/api/search/suggest?q=${encodeURIComponent(q)}`).expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.length).toBeLessThanOrEqual(10);
    }
  });

  it('drops a suspended supplier’s products from results within the sync interval', async () => {
    const { items } = await search(`q=${encodeURIComponent('黑米')}&pageSize=1`);
    const supplierId = items[0].supplierId;
    const ofSupplier = async () => (await search(`supplierId=${supplierId}`)).total;
    expect(await ofSupplier()).toBeGreaterThan(0);
    await t.http.post(`/api/association/suppliers/${supplierId}/suspend`).set(auth(staff)).send({ reason: '暂停销售' }).expect(200);
    const deadline = Date.now() + 3_000;
    while ((await ofSupplier()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await ofSupplier()).toBe(0);
    await t.http.post(`/api/association/suppliers/${supplierId}/reinstate`).set(auth(staff)).send({}).expect(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ofSupplier()).toBeGreaterThan(0);
  });

  it('rebuilds the index on request, showing progress', async () => {
    const started = await t.http.post('/api/association/search/reindex').set(auth(staff)).expect(202);
    expect(started.body.state).toBe('running');
    let status = started.body;
    for (let i = 0; i < 100 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await t.http.get('/api/association/search/reindex').set(auth(staff)).expect(200)).body;
    }
    expect(status).toMatchObject({ state: 'done', done: 2210, total: 2210 });
    expect((await search('q=')).total).toBe(2210);
  });
});
