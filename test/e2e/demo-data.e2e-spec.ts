import { CATEGORIES, COUNTIES, isValidCreditCode } from '@bangfu/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../apps/api/src/demo/demo-accounts';
import { DemoSeeder, type SeedPhase, type SeedResult } from '../../apps/api/src/demo/demo-seeder';
import { DEMO_PRODUCT_COUNT, DEMO_SUPPLIER_COUNT } from '../../apps/api/src/demo/generate-catalog';
import { productImageFile } from '../../apps/api/src/demo/product-image';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';

describe(`demo data on ${TEST_DB}`, () => {
  let t: TestApp;
  let result: SeedResult;
  let progress: { done: number; total: number; phase: SeedPhase }[];

  const count = async (sql: string): Promise<number> => Number((await t.db.manager.query(sql))[0].n);
  const countsBy = async (sql: string): Promise<Map<string, number>> =>
    new Map((await t.db.manager.query(sql)).map((row: { code: string; n: string | number }) => [row.code, Number(row.n)]));
  const login = (phone: string) => t.http.post('/api/auth/login').send({ phone, password: DEMO_PASSWORD }).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    // Two at once, as when several instances start together: one seeds, the other must stand back.
    const seeders = [0, 1].map(() => {
      const reports: typeof progress = [];
      const seeder = new DemoSeeder(t.db, t.config.dataDir, (done, total, phase) => reports.push({ done, total, phase }));
      return { reports, run: seeder.seed() };
    });
    const results = await Promise.all(seeders.map((s) => s.run));
    expect(results.map((r) => r.status).sort()).toEqual(['refused', 'seeded']);
    const winner = results.findIndex((r) => r.status === 'seeded');
    result = results[winner];
    progress = seeders[winner].reports;
  }, 120_000);
  afterAll(() => t.close());

  it('seeds the whole catalog within 30 seconds, reporting progress to the end', () => {
    expect(result).toMatchObject({ status: 'seeded', suppliers: DEMO_SUPPLIER_COUNT, products: DEMO_PRODUCT_COUNT });
    if (result.status !== 'seeded') return;
    expect(result.elapsedMs).toBeLessThan(30_000);
    expect(result.accounts.map((a) => a.phone)).toEqual(DEMO_ACCOUNTS.map((a) => a.phone));
    const last = progress[progress.length - 1];
    expect(last.done).toBe(last.total);
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['certificates', 'suppliers', 'products', 'skus', 'stock', 'images', 'villages', 'accounts']));
  });

  it('registers village e-commerce points in every county, the six of 石坝子村 among them, each selling local goods', async () => {
    const points: { code: string; county_code: string; village: string; supplier_ids: string }[] = await t.db.manager.query('SELECT code, county_code, village, supplier_ids FROM village_points');
    expect(points.length).toBeGreaterThanOrEqual(30);
    expect(points.filter((p) => p.village === '石坝子村')).toHaveLength(6);
    expect(new Set(points.map((p) => p.county_code)).size).toBe(11);
    expect(new Set(points.map((p) => p.code)).size).toBe(points.length);
    for (const p of points) {
      const supplierIds: number[] = JSON.parse(p.supplier_ids);
      expect(supplierIds.length).toBeGreaterThan(0);
      const counties = await t.db.manager.query(`SELECT DISTINCT county_code FROM suppliers WHERE id IN (${supplierIds.map(() => '?').join(', ')})`, supplierIds);
      expect(counties.map((c: { county_code: string }) => c.county_code)).toEqual([p.county_code]);
    }
  });

  it('stores 650 active suppliers with valid credit codes and their own certificates', async () => {
    expect(await count("SELECT COUNT(*) AS n FROM suppliers WHERE status = 'active'")).toBe(DEMO_SUPPLIER_COUNT);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM suppliers s JOIN certificates c ON c.id = s.certificate_id AND c.subject_type = 'supplier' AND c.subject_id = s.id WHERE c.status = 'valid'",
      ),
    ).toBe(DEMO_SUPPLIER_COUNT);
    const codes: { credit_code: string }[] = await t.db.manager.query('SELECT credit_code FROM suppliers');
    expect(codes.filter((c) => !isValidCreditCode(c.credit_code))).toEqual([]);
  });

  it('stores 2,210 listed, certified products, each with SKUs, a certificate, a county and a category', async () => {
    expect(await count("SELECT COUNT(*) AS n FROM products WHERE status = 'certified' AND listed = 1")).toBe(DEMO_PRODUCT_COUNT);
    expect(await count('SELECT COUNT(*) AS n FROM products p WHERE NOT EXISTS (SELECT 1 FROM skus k WHERE k.product_id = p.id)')).toBe(0);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM products p JOIN certificates c ON c.id = p.certificate_id AND c.subject_type = 'product' AND c.subject_id = p.id WHERE c.status = 'valid'",
      ),
    ).toBe(DEMO_PRODUCT_COUNT);
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM products p JOIN counties co ON co.code = p.county_code JOIN categories ca ON ca.code = p.category_code JOIN suppliers s ON s.id = p.supplier_id AND s.county_code = p.county_code',
      ),
    ).toBe(DEMO_PRODUCT_COUNT);
    expect(await count('SELECT COUNT(*) AS n FROM skus WHERE price_fen <= 0')).toBe(0);
  });

  it('leaves certificate numbering to continue after the demo certificates', async () => {
    const numbered = await count('SELECT SUM(last_no) AS n FROM certificate_sequences');
    expect(numbered).toBe(DEMO_SUPPLIER_COUNT + DEMO_PRODUCT_COUNT);
    const [latest] = await t.db.manager.query(
      "SELECT subject_type, year, last_no FROM certificate_sequences WHERE subject_type = 'supplier' ORDER BY year DESC LIMIT 1",
    );
    const no = `HZXF-S-${latest.year}-${String(latest.last_no).padStart(5, '0')}`;
    expect(await count(`SELECT COUNT(*) AS n FROM certificates WHERE no = '${no}'`)).toBe(1);
  });

  it('spreads suppliers and products over every county and products over every category', async () => {
    const suppliersByCounty = await countsBy('SELECT county_code AS code, COUNT(*) AS n FROM suppliers GROUP BY county_code');
    const productsByCounty = await countsBy('SELECT county_code AS code, COUNT(*) AS n FROM products GROUP BY county_code');
    const productsByCategory = await countsBy('SELECT category_code AS code, COUNT(*) AS n FROM products GROUP BY category_code');
    const below = (counts: Map<string, number>, codes: readonly { code: string }[], minimum: number) =>
      codes.map(({ code }) => ({ code, n: counts.get(code) ?? 0 })).filter(({ n }) => n < minimum);
    expect(below(suppliersByCounty, COUNTIES, 10)).toEqual([]);
    expect(below(productsByCounty, COUNTIES, 30)).toEqual([]);
    expect(below(productsByCategory, CATEGORIES, 50)).toEqual([]);
  });

  it('stocks every SKU in its supplier warehouse with an opening receipt', async () => {
    const skus = await count('SELECT COUNT(*) AS n FROM skus');
    expect(await count("SELECT COUNT(*) AS n FROM stock_locations WHERE kind = 'warehouse'")).toBe(DEMO_SUPPLIER_COUNT);
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM stock_levels l JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id ' +
          'JOIN stock_locations w ON w.id = l.location_id AND w.supplier_id = p.supplier_id WHERE l.available = l.on_hand AND l.reserved = 0',
      ),
    ).toBe(skus);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM stock_movements m JOIN stock_levels l ON l.sku_id = m.sku_id AND l.location_id = m.location_id WHERE m.kind = 'receipt' AND m.on_hand_delta = l.on_hand",
      ),
    ).toBe(skus);
  });

  it('counts every product in GET /api/categories', async () => {
    const res = await t.http.get('/api/categories').expect(200);
    const counts: { code: string; productCount: number }[] = res.body;
    expect(counts.reduce((sum, c) => sum + c.productCount, 0)).toBe(DEMO_PRODUCT_COUNT);
    expect(counts.filter((c) => c.productCount === 0)).toEqual([]);
  });

  it('lets the demo accounts log in, the supplier acting for the first supplier', async () => {
    const [{ id: firstSupplierId }] = await t.db.manager.query('SELECT MIN(id) AS id FROM suppliers');
    expect((await login('13800000000')).body.user).toMatchObject({ role: 'admin', supplierId: null });
    expect((await login('13800000001')).body.user).toMatchObject({ role: 'staff', supplierId: null });
    expect((await login('13800000002')).body.user).toMatchObject({ role: 'supplier', supplierId: Number(firstSupplierId) });
    expect((await login('13800000003')).body.user).toMatchObject({ role: 'shopper', supplierId: null });
  });

  it('lets the demo shopper buy from the demo supplier, whose orders then list it, under its shipping rule', async () => {
    const shopper = (await login('13800000003')).body.accessToken;
    const supplier = (await login('13800000002')).body.accessToken;
    const rule = (await t.http.get('/api/supplier/shipping-rule').set('Authorization', `Bearer ${supplier}`).expect(200)).body;
    expect(rule).toEqual({ flatFeeFen: 800, freeOverFen: 9900 });
    const [sku] = await t.db.manager.query(
      'SELECT k.id, k.price_fen FROM skus k JOIN products p ON p.id = k.product_id JOIN users u ON u.supplier_id = p.supplier_id WHERE u.phone = ? ORDER BY k.id LIMIT 1',
      ['13800000002'],
    );
    const address = { name: '张晓雨', phone: '13800000003', province: '陕西省', city: '汉中市', district: '汉台区', detail: '天汉大道 88 号' };
    const placed = await t.http
      .post('/api/checkout')
      .set('Authorization', `Bearer ${shopper}`)
      .set('Idempotency-Key', 'demo-data-journey-1')
      .send({ items: [{ skuId: Number(sku.id), quantity: 1 }], address })
      .expect(201);
    const price = Number(sku.price_fen);
    expect(placed.body.totalFen).toBe(price >= 9900 ? price : price + 800);
    await t.http.post(`/api/payments/dev/${placed.body.payment.outTradeNo}/complete`).send({}).expect(200);
    const orders = await t.http.get('/api/supplier/orders?status=paid').set('Authorization', `Bearer ${supplier}`).expect(200);
    expect(orders.body.items.map((o: { id: number }) => o.id)).toEqual([placed.body.orders[0].id]);
  });

  it('writes a picture for each product and serves it as SVG', async () => {
    const [{ id, images }] = await t.db.manager.query('SELECT id, images FROM products ORDER BY id LIMIT 1');
    expect(JSON.parse(images)).toEqual([`/media/products/${id}.svg`]);
    const file = productImageFile(t.config.dataDir, Number(id));
    expect(existsSync(file)).toBe(true);
    const res = await t.http.get(`/media/products/${id}.svg`).buffer(true).expect(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body.toString()).toBe(readFileSync(file, 'utf8'));
    const [{ id: lastId }] = await t.db.manager.query('SELECT MAX(id) AS id FROM products');
    expect(existsSync(productImageFile(t.config.dataDir, Number(lastId)))).toBe(true);
  });

  it('refuses to seed a second time and writes nothing', async () => {
    const tables = ['certificates', 'suppliers', 'products', 'skus', 'stock_levels', 'stock_movements', 'users'];
    const before = await Promise.all(tables.map((table) => count(`SELECT COUNT(*) AS n FROM ${table}`)));
    const again = await new DemoSeeder(t.db, t.config.dataDir).seed();
    expect(again).toEqual({ status: 'refused', reason: expect.any(String) });
    expect(await Promise.all(tables.map((table) => count(`SELECT COUNT(*) AS n FROM ${table}`)))).toEqual(before);
  });
});

describe(`demo data next to existing accounts on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps an account already registered under a demo phone and creates the others', async () => {
    await t.http.post('/api/auth/register').send({ phone: '13800000003', password: 'my-own-pass-1', name: '早到的用户' }).expect(201);
    const result = await new DemoSeeder(t.db, t.config.dataDir).seed();
    expect(result.status === 'seeded' && result.accounts.map((a) => a.phone)).toEqual(['13800000000', '13800000001', '13800000002']);
    await t.http.post('/api/auth/login').send({ phone: '13800000003', password: 'my-own-pass-1' }).expect(200);
    await t.http.post('/api/auth/login').send({ phone: '13800000002', password: DEMO_PASSWORD }).expect(200);
  }, 120_000);
});

describe(`start-up with DEMO_DATA on ${TEST_DB}`, () => {
  it('seeds an empty database at start-up, after which seeding is refused', async () => {
    const first = await startTestApp({ DEMO_DATA: 'true' });
    try {
      const categories = await first.http.get('/api/categories').expect(200);
      expect(categories.body.reduce((sum: number, c: { productCount: number }) => sum + c.productCount, 0)).toBe(DEMO_PRODUCT_COUNT);
      const again = await new DemoSeeder(first.db, first.config.dataDir).seed();
      expect(again.status).toBe('refused');
    } finally {
      await first.close();
    }
  }, 120_000);
});
