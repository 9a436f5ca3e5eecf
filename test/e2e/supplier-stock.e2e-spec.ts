import { MAX_STOCK_ON_HAND, type ProductAdminView, type SkuStockView, type StockLevelView, type StockMovementView } from '@bangfu/contracts';
import { StockLevelEntity, StockLocationEntity } from '../../apps/api/src/inventory/inventory.entities';
import { InventoryService } from '../../apps/api/src/inventory/inventory.service';
import { auth, certifiedSupplier, nextPhone } from '../support/certification';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

interface Supplier {
  token: string;
  userId: number;
  supplierId: number;
}

const DRAFT = {
  name: '洋县黑米茶',
  categoryCode: 'tea',
  description: '朱鹮之乡有机黑米炒制',
  originTown: '华阳镇',
  images: [],
  skus: [
    { spec: '罐装 250g', unit: '罐', priceFen: 6800, stock: 10 },
    { spec: '礼盒 500g', unit: '盒', priceFen: 12800 },
  ],
};

describe(`supplier stock: levels, adjustments, thresholds and the ledger on ${TEST_DB}`, () => {
  let t: TestApp;
  let staffToken: string;
  let shopperToken: string;
  let supplierA: Supplier;
  let supplierB: Supplier;

  const get = (who: { token: string }, url: string) => t.http.get(url).set(auth(who.token));
  const post = (who: { token: string }, url: string, body: object) => t.http.post(url).set(auth(who.token)).send(body);
  const put = (who: { token: string }, url: string, body: object) => t.http.put(url).set(auth(who.token)).send(body);
  const adjust = (who: { token: string }, skuId: number, body: object) => post(who, `/api/supplier/stock/${skuId}/adjustments`, body);
  const skuStock = (who: { token: string }, skuId: number) => get(who, `/api/supplier/skus/${skuId}/stock`);
  const adjustSku = (who: { token: string }, skuId: number, body: object) => post(who, `/api/supplier/skus/${skuId}/stock-adjustments`, body);
  const fields = (res: { body: { error: { details?: { field: string }[] } } }) => (res.body.error.details ?? []).map((d) => d.field);

  async function product(owner: Supplier, skus: object[] = DRAFT.skus): Promise<ProductAdminView> {
    return (await post(owner, '/api/supplier/products', { ...DRAFT, skus }).expect(201)).body;
  }

  async function level(owner: Supplier, skuId: number): Promise<StockLevelView> {
    return (await get(owner, `/api/supplier/stock/${skuId}`).expect(200)).body;
  }

  async function movements(owner: Supplier, skuId: number): Promise<{ items: StockMovementView[]; total: number }> {
    return (await get(owner, `/api/supplier/stock/${skuId}/movements?pageSize=100`).expect(200)).body;
  }

  /** Counters and ledger straight from the tables. */
  async function books(skuId: number) {
    const [row] = await t.db.manager.query('SELECT on_hand, reserved, available FROM stock_levels WHERE sku_id = ?', [skuId]);
    const [sums] = await t.db.manager.query(
      'SELECT COUNT(*) AS n, COALESCE(SUM(on_hand_delta), 0) AS on_hand, COALESCE(SUM(reserved_delta), 0) AS reserved FROM stock_movements WHERE sku_id = ?',
      [skuId],
    );
    return {
      level: { onHand: Number(row.on_hand), reserved: Number(row.reserved), available: Number(row.available) },
      ledger: { rows: Number(sums.n), onHand: Number(sums.on_hand), reserved: Number(sums.reserved) },
    };
  }

  async function expectBooksBalance(skuId: number): Promise<void> {
    const { level: l, ledger } = await books(skuId);
    expect(ledger.onHand).toBe(l.onHand);
    expect(ledger.reserved).toBe(l.reserved);
    expect(l.available).toBe(l.onHand - l.reserved);
    expect(Math.min(l.onHand, l.reserved, l.available)).toBeGreaterThanOrEqual(0);
  }

  /** Holds goods as checkout will, through the one writer of counters. */
  async function reserve(skuId: number, quantity: number): Promise<void> {
    const inventory = t.app.get(InventoryService);
    const [{ location_id: locationId }] = await t.db.manager.query('SELECT location_id FROM stock_levels WHERE sku_id = ?', [skuId]);
    await t.db.transaction((m) => inventory.reserve(m, [{ skuId, locationId: Number(locationId), quantity }], { actorUserId: null, reason: 'test order' }));
  }

  async function warehouseOf(owner: Supplier): Promise<{ id: number; name: string }> {
    const [row] = await t.db.manager.query("SELECT id, name FROM stock_locations WHERE kind = 'warehouse' AND supplier_id = ?", [owner.supplierId]);
    return { id: Number(row.id), name: row.name };
  }

  /** A sales-point counter no supplier runs, stocked with the SKU through the one writer of counters. */
  async function counterHolding(skuId: number, quantity: number): Promise<{ id: number; name: string }> {
    const name = `洋县农特产品展销中心 专柜 ${skuId}`;
    const inventory = t.app.get(InventoryService);
    return t.db.transaction(async (m) => {
      const { identifiers } = await m.insert(StockLocationEntity, { kind: 'counter', supplierId: null, name });
      const id = Number(identifiers[0].id);
      await m.insert(StockLevelEntity, { skuId, locationId: id, onHand: 0, reserved: 0, available: 0, lowStockThreshold: 0 });
      await inventory.adjust(m, { skuId, locationId: id, delta: quantity, kind: 'receipt' }, { actorUserId: null, reason: '专柜铺货' });
      return { id, name };
    });
  }

  /** The ledger of a SKU at every location, oldest first, straight from the table. */
  async function ledgerOf(skuId: number) {
    const rows: Record<string, unknown>[] = await t.db.manager.query(
      'SELECT location_id, kind, on_hand_delta, reserved_delta, actor_user_id, reason FROM stock_movements WHERE sku_id = ? ORDER BY id',
      [skuId],
    );
    return rows.map((r) => ({
      locationId: Number(r.location_id),
      kind: r.kind,
      onHandDelta: Number(r.on_hand_delta),
      reservedDelta: Number(r.reserved_delta),
      actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id),
      reason: r.reason,
    }));
  }

  beforeAll(async () => {
    t = await startTestApp();
    staffToken = (await signIn(t, nextPhone(), 'staff')).token;
    shopperToken = (await signIn(t, nextPhone())).token;
    supplierA = await certifiedSupplier(t, staffToken, { name: '洋县朱鹮黑米合作社' });
    supplierB = await certifiedSupplier(t, staffToken, { name: '宁强县羌州茶业合作社', county: '610726' });
  });
  afterAll(() => t.close());

  it('lists the supplier’s own SKUs in its online warehouse, and only those', async () => {
    const own = await product(supplierA);
    const other = await product(supplierB);
    const [jar, box] = own.skus;

    const listA = (await get(supplierA, `/api/supplier/stock?productId=${own.id}`).expect(200)).body;
    expect(listA.total).toBe(2);
    expect(listA.items).toEqual([
      {
        skuId: jar.id,
        productId: own.id,
        productName: '洋县黑米茶',
        skuSpec: '罐装 250g',
        locationId: expect.any(Number),
        locationName: '洋县朱鹮黑米合作社 线上仓',
        onHand: 10,
        reserved: 0,
        available: 10,
        lowStockThreshold: 0,
        low: false,
      },
      expect.objectContaining({ skuId: box.id, onHand: 0, available: 0, low: false }),
    ]);

    const all = (await get(supplierA, '/api/supplier/stock?pageSize=100').expect(200)).body;
    expect(all.items.map((i: StockLevelView) => i.productId)).not.toContain(other.id);
    const foreign = (await get(supplierA, `/api/supplier/stock?productId=${other.id}`).expect(200)).body;
    expect(foreign).toEqual({ items: [], total: 0 });

    const paged = (await get(supplierA, `/api/supplier/stock?productId=${own.id}&page=2&pageSize=1`).expect(200)).body;
    expect(paged.total).toBe(2);
    expect(paged.items.map((i: StockLevelView) => i.skuId)).toEqual([box.id]);
  });

  it('receives goods: on-hand and available rise and the ledger names who and why', async () => {
    const [jar] = (await product(supplierA)).skus;
    const res = await adjust(supplierA, jar.id, { kind: 'receipt', delta: 5, reason: '秋茶到货' }).expect(200);
    expect(res.body).toMatchObject({ skuId: jar.id, onHand: 15, reserved: 0, available: 15 });

    const ledger = await movements(supplierA, jar.id);
    expect(ledger.total).toBe(2);
    expect(ledger.items[0]).toMatchObject({ skuId: jar.id, kind: 'receipt', onHandDelta: 5, reservedDelta: 0, actorUserId: supplierA.userId, reason: '秋茶到货' });
    expect(new Date(ledger.items[0].createdAt).toISOString()).toBe(ledger.items[0].createdAt);
    expect(ledger.items[1]).toMatchObject({ kind: 'receipt', onHandDelta: 10, reason: '初始入库' });

    const page = (await get(supplierA, `/api/supplier/stock/${jar.id}/movements?page=2&pageSize=1`).expect(200)).body;
    expect(page).toMatchObject({ total: 2, items: [{ onHandDelta: 10 }] });
    await expectBooksBalance(jar.id);
  });

  it('writes goods off, but never those held for orders: 409 and nothing changed', async () => {
    const [jar] = (await product(supplierA)).skus;
    const written = await adjust(supplierA, jar.id, { kind: 'adjustment', delta: -3, reason: '运输破损' }).expect(200);
    expect(written.body).toMatchObject({ onHand: 7, reserved: 0, available: 7 });

    await reserve(jar.id, 2);
    expect(await level(supplierA, jar.id)).toMatchObject({ onHand: 7, reserved: 2, available: 5 });
    const before = await books(jar.id);

    const refused = await adjust(supplierA, jar.id, { kind: 'adjustment', delta: -6, reason: '盘点短少' }).expect(409);
    expect(refused.body.error).toMatchObject({ code: 'STOCK_INSUFFICIENT', details: { skuId: jar.id, available: 5 } });
    expect(await books(jar.id)).toEqual(before);

    const all = await adjust(supplierA, jar.id, { kind: 'adjustment', delta: -5, reason: '盘点短少' }).expect(200);
    expect(all.body).toMatchObject({ onHand: 2, reserved: 2, available: 0 });
    await adjust(supplierA, jar.id, { kind: 'adjustment', delta: -1, reason: '盘点短少' }).expect(409);

    const found = await adjust(supplierA, jar.id, { kind: 'adjustment', delta: 4, reason: '盘点盘盈' }).expect(200);
    expect(found.body).toMatchObject({ onHand: 6, reserved: 2, available: 4 });
    expect((await movements(supplierA, jar.id)).items.map((m) => [m.kind, m.onHandDelta, m.reservedDelta, m.reason])).toEqual([
      ['adjustment', 4, 0, '盘点盘盈'],
      ['adjustment', -5, 0, '盘点短少'],
      ['reservation', 0, 2, 'test order'],
      ['adjustment', -3, 0, '运输破损'],
      ['receipt', 10, 0, '初始入库'],
    ]);
    await expectBooksBalance(jar.id);
  });

  it('refuses receipts that would take a level past the most one place may hold: 409 and nothing changed', async () => {
    const [jar] = (await product(supplierA)).skus;
    // Near the ceiling already (a year of bulk receipts), booked in one step rather than by a hundred requests.
    const [{ location_id: locationId }] = await t.db.manager.query('SELECT location_id FROM stock_levels WHERE sku_id = ?', [jar.id]);
    await t.db.transaction((m) =>
      t.app.get(InventoryService).adjust(m, { skuId: jar.id, locationId: Number(locationId), delta: MAX_STOCK_ON_HAND - 500_000 - 10, kind: 'receipt' }, { actorUserId: null, reason: '年度入库' }),
    );
    const before = await books(jar.id);
    const refused = await adjust(supplierA, jar.id, { kind: 'receipt', delta: 1_000_000, reason: '批量到货' }).expect(409);
    expect(refused.body.error).toMatchObject({ code: 'STOCK_LIMIT', details: { skuId: jar.id, onHand: MAX_STOCK_ON_HAND - 500_000, max: MAX_STOCK_ON_HAND } });
    expect(await books(jar.id)).toEqual(before);
    const fits = await adjust(supplierA, jar.id, { kind: 'receipt', delta: 500_000, reason: '批量到货' }).expect(200);
    expect(fits.body).toMatchObject({ onHand: MAX_STOCK_ON_HAND, available: MAX_STOCK_ON_HAND });
    await adjust(supplierA, jar.id, { kind: 'receipt', delta: 1, reason: '批量到货' }).expect(409);
  });

  it('sets a low-stock threshold and filters the low ones', async () => {
    const own = await product(supplierA, [
      { spec: '散装 1kg', unit: '袋', priceFen: 3000, stock: 4 },
      { spec: '散装 2kg', unit: '袋', priceFen: 5800, stock: 20 },
      { spec: '散装 5kg', unit: '袋', priceFen: 13800 },
    ]);
    const [small, large, empty] = own.skus;

    const set = await put(supplierA, `/api/supplier/stock/${small.id}/threshold`, { lowStockThreshold: 5 }).expect(200);
    expect(set.body).toMatchObject({ skuId: small.id, available: 4, lowStockThreshold: 5, low: true });
    await put(supplierA, `/api/supplier/stock/${large.id}/threshold`, { lowStockThreshold: 5 }).expect(200);
    // A threshold of 0 watches nothing, even at zero stock.
    expect(await level(supplierA, empty.id)).toMatchObject({ available: 0, lowStockThreshold: 0, low: false });

    const skusOf = async (query: string) =>
      (await get(supplierA, `/api/supplier/stock?productId=${own.id}${query}`).expect(200)).body.items.map((i: StockLevelView) => i.skuId);
    expect(await skusOf('&low=true')).toEqual([small.id]);
    expect(await skusOf('&low=false')).toEqual([large.id, empty.id]);
    expect(await skusOf('')).toEqual([small.id, large.id, empty.id]);

    // At the threshold is low; a receipt above it is not.
    await adjust(supplierA, large.id, { kind: 'adjustment', delta: -15, reason: '样品' }).expect(200);
    expect(await skusOf('&low=true')).toEqual([small.id, large.id]);
    await adjust(supplierA, small.id, { kind: 'receipt', delta: 2, reason: '补货' }).expect(200);
    expect(await skusOf('&low=true')).toEqual([large.id]);

    // The threshold is a setting, not a movement.
    expect((await movements(supplierA, small.id)).items.map((m) => m.reason)).toEqual(['补货', '初始入库']);
    await expectBooksBalance(small.id);
    await expectBooksBalance(large.id);
  });

  it('keeps one supplier out of another’s stock, and shoppers out of supplier routes', async () => {
    const [jar] = (await product(supplierA)).skus;
    const before = await books(jar.id);

    const read = await get(supplierB, `/api/supplier/stock/${jar.id}`).expect(403);
    expect(read.body.error.code).toBe('FORBIDDEN');
    await get(supplierB, `/api/supplier/stock/${jar.id}/movements`).expect(403);
    await adjust(supplierB, jar.id, { kind: 'receipt', delta: 5, reason: '冒领入库' }).expect(403);
    await adjust(supplierB, jar.id, { kind: 'adjustment', delta: -5, reason: '冒领出库' }).expect(403);
    await put(supplierB, `/api/supplier/stock/${jar.id}/threshold`, { lowStockThreshold: 3 }).expect(403);
    expect(await books(jar.id)).toEqual(before);
    expect(await level(supplierA, jar.id)).toMatchObject({ lowStockThreshold: 0 });

    await get(supplierA, '/api/supplier/stock/99999999').expect(404);
    await adjust(supplierA, 99999999, { kind: 'receipt', delta: 1, reason: '到货了' }).expect(404);

    const shopper = { token: shopperToken };
    expect((await get(shopper, '/api/supplier/stock').expect(403)).body.error.code).toBe('FORBIDDEN');
    await adjust(shopper, jar.id, { kind: 'receipt', delta: 5, reason: '到货了' }).expect(403);
    await get({ token: staffToken }, `/api/supplier/stock/${jar.id}/movements`).expect(403);
    await t.http.get('/api/supplier/stock').expect(401);
    expect(await books(jar.id)).toEqual(before);
  });

  it('answers bad requests with 400 naming the field, and changes nothing', async () => {
    const [jar] = (await product(supplierA)).skus;
    const before = await books(jar.id);
    const cases: [object, string][] = [
      [{ kind: 'receipt', delta: 0, reason: '到货了' }, 'delta'],
      [{ kind: 'receipt', delta: -2, reason: '到货了' }, 'delta'],
      [{ kind: 'adjustment', delta: 1.5, reason: '到货了' }, 'delta'],
      [{ kind: 'adjustment', delta: '3', reason: '到货了' }, 'delta'],
      [{ kind: 'adjustment', delta: 2_000_000, reason: '到货了' }, 'delta'],
      [{ kind: 'sale', delta: 1, reason: '卖掉了' }, 'kind'],
      [{ delta: 0, reason: '到货了' }, 'delta'],
      [{ kind: 'receipt', delta: 1, reason: '到货了', locationId: 0 }, 'locationId'],
      [{ kind: 'receipt', delta: 1 }, 'reason'],
      [{ kind: 'receipt', delta: 1, reason: '  ' }, 'reason'],
      [{ kind: 'receipt', delta: 1, reason: 'x'.repeat(201) }, 'reason'],
    ];
    for (const [body, field] of cases) {
      const res = await adjust(supplierA, jar.id, body).expect(400);
      expect({ body, code: res.body.error.code, fields: fields(res) }).toEqual({ body, code: 'VALIDATION_FAILED', fields: [field] });
    }
    for (const body of [{ lowStockThreshold: -1 }, { lowStockThreshold: 2.5 }, {}]) {
      const res = await put(supplierA, `/api/supplier/stock/${jar.id}/threshold`, body).expect(400);
      expect(fields(res)).toEqual(['lowStockThreshold']);
    }
    expect(fields(await get(supplierA, '/api/supplier/stock?low=yes').expect(400))).toEqual(['low']);
    expect(fields(await get(supplierA, '/api/supplier/stock?pageSize=500').expect(400))).toEqual(['pageSize']);
    expect(fields(await get(supplierA, `/api/supplier/stock/${jar.id}/movements?page=0`).expect(400))).toEqual(['page']);
    await adjust(supplierA, Number.NaN, { kind: 'receipt', delta: 1, reason: '到货了' }).expect(400);
    expect(await books(jar.id)).toEqual(before);
  });

  describe('per SKU, as API.md names them: GET /api/supplier/skus/:skuId/stock and POST …/stock-adjustments', () => {
    it('shows the SKU’s stock at every location holding it, in exactly the contract’s shape', async () => {
      const [jar, box] = (await product(supplierA)).skus;
      const warehouse = await warehouseOf(supplierA);
      expect(warehouse.name).toBe('洋县朱鹮黑米合作社 线上仓');
      await put(supplierA, `/api/supplier/stock/${jar.id}/threshold`, { lowStockThreshold: 12 }).expect(200);

      const inWarehouse = { locationId: warehouse.id, locationName: warehouse.name, onHand: 10, reserved: 0, available: 10, lowStockThreshold: 12, low: true };
      expect((await skuStock(supplierA, jar.id).expect(200)).body).toEqual({ skuId: jar.id, levels: [inWarehouse] });
      expect((await skuStock(supplierA, box.id).expect(200)).body).toEqual({
        skuId: box.id,
        levels: [{ locationId: warehouse.id, locationName: warehouse.name, onHand: 0, reserved: 0, available: 0, lowStockThreshold: 0, low: false }],
      });

      // A counter holding the SKU is another level, after the warehouse; the warehouse routes still show only the warehouse.
      const counter = await counterHolding(jar.id, 3);
      const both: SkuStockView = (await skuStock(supplierA, jar.id).expect(200)).body;
      expect(both).toEqual({
        skuId: jar.id,
        levels: [inWarehouse, { locationId: counter.id, locationName: counter.name, onHand: 3, reserved: 0, available: 3, lowStockThreshold: 0, low: false }],
      });
      expect(await level(supplierA, jar.id)).toMatchObject({ locationId: warehouse.id, onHand: 10 });

      const docs = (await t.http.get('/api/docs-json').expect(200)).body;
      expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/api/supplier/skus/{skuId}/stock', '/api/supplier/skus/{skuId}/stock-adjustments']));
    });

    it('adjusts at the warehouse by default or at a named location of the supplier, answers 200 with { skuId, levels } and writes the ledger', async () => {
      const [jar] = (await product(supplierA)).skus;
      const warehouse = await warehouseOf(supplierA);
      const at = (onHand: number, reserved = 0) => ({
        locationId: warehouse.id,
        locationName: warehouse.name,
        onHand,
        reserved,
        available: onHand - reserved,
        lowStockThreshold: 0,
        low: false,
      });

      // No kind: an adjustment; no locationId: the online warehouse.
      const written = await adjustSku(supplierA, jar.id, { delta: -2, reason: '运输破损' }).expect(200);
      expect(written.body).toEqual({ skuId: jar.id, levels: [at(8)] });
      const received = await adjustSku(supplierA, jar.id, { kind: 'receipt', delta: 5, reason: '秋茶到货', locationId: warehouse.id }).expect(200);
      expect(received.body).toEqual({ skuId: jar.id, levels: [at(13)] });
      const counted = await adjustSku(supplierA, jar.id, { kind: 'adjustment', delta: 1, reason: '盘点盘盈', locationId: warehouse.id }).expect(200);
      expect(counted.body).toEqual({ skuId: jar.id, levels: [at(14)] });
      // The warehouse route makes the same change, with the same defaults.
      expect((await adjust(supplierA, jar.id, { delta: -1, reason: '样品' }).expect(200)).body).toMatchObject({ skuId: jar.id, locationId: warehouse.id, onHand: 13 });

      // Goods held for orders are not written off here either.
      await reserve(jar.id, 10);
      const before = await books(jar.id);
      const refused = await adjustSku(supplierA, jar.id, { delta: -4, reason: '盘点短少' }).expect(409);
      expect(refused.body.error).toMatchObject({ code: 'STOCK_INSUFFICIENT', details: { skuId: jar.id, available: 3 } });
      expect(await books(jar.id)).toEqual(before);
      expect((await skuStock(supplierA, jar.id).expect(200)).body).toEqual({ skuId: jar.id, levels: [at(13, 10)] });

      const actor = supplierA.userId;
      expect(await ledgerOf(jar.id)).toEqual([
        { locationId: warehouse.id, kind: 'receipt', onHandDelta: 10, reservedDelta: 0, actorUserId: actor, reason: '初始入库' },
        { locationId: warehouse.id, kind: 'adjustment', onHandDelta: -2, reservedDelta: 0, actorUserId: actor, reason: '运输破损' },
        { locationId: warehouse.id, kind: 'receipt', onHandDelta: 5, reservedDelta: 0, actorUserId: actor, reason: '秋茶到货' },
        { locationId: warehouse.id, kind: 'adjustment', onHandDelta: 1, reservedDelta: 0, actorUserId: actor, reason: '盘点盘盈' },
        { locationId: warehouse.id, kind: 'adjustment', onHandDelta: -1, reservedDelta: 0, actorUserId: actor, reason: '样品' },
        { locationId: warehouse.id, kind: 'reservation', onHandDelta: 0, reservedDelta: 10, actorUserId: null, reason: 'test order' },
      ]);
      expect((await movements(supplierA, jar.id)).items[1]).toMatchObject({ kind: 'adjustment', onHandDelta: -1, actorUserId: actor, reason: '样品' });
      await expectBooksBalance(jar.id);
    });

    it('refuses another supplier’s SKU or location with 403 and a SKU without stock at the location with 404, changing nothing', async () => {
      const [jar, box] = (await product(supplierA)).skus;
      const [foreign] = (await product(supplierB)).skus;
      const warehouseA = await warehouseOf(supplierA);
      const warehouseB = await warehouseOf(supplierB);
      const counter = await counterHolding(box.id, 2);
      const snapshot = async () => Promise.all([books(jar.id), books(foreign.id), skuStock(supplierA, box.id).expect(200).then((r) => r.body)]);
      const before = await snapshot();
      const code = (res: { body: { error: { code: string } } }) => res.body.error.code;

      // Another supplier's SKU, wherever it is asked for.
      expect(code(await skuStock(supplierA, foreign.id).expect(403))).toBe('FORBIDDEN');
      for (const locationId of [undefined, warehouseA.id, warehouseB.id]) {
        expect(code(await adjustSku(supplierA, foreign.id, { delta: 5, reason: '冒领入库', locationId }).expect(403))).toBe('FORBIDDEN');
      }
      // The supplier's own SKU at a location that is not the supplier's: another's warehouse, a counter.
      for (const locationId of [warehouseB.id, counter.id]) {
        expect(code(await adjustSku(supplierA, box.id, { delta: -1, reason: '错仓出库', locationId }).expect(403))).toBe('FORBIDDEN');
        await adjust(supplierA, box.id, { delta: -1, reason: '错仓出库', locationId }).expect(403);
      }
      // Unknown SKU or location.
      expect(code(await skuStock(supplierA, 99999999).expect(404))).toBe('NOT_FOUND');
      expect(code(await adjustSku(supplierA, 99999999, { delta: 1, reason: '到货了' }).expect(404))).toBe('NOT_FOUND');
      expect(code(await adjustSku(supplierA, jar.id, { delta: 1, reason: '到货了', locationId: 99999999 }).expect(404))).toBe('NOT_FOUND');

      // A SKU with no stock row: no levels to show, and nothing to adjust — 404, not 409.
      const [bare] = (await product(supplierA, [{ spec: '试样 50g', unit: '袋', priceFen: 900 }])).skus;
      await t.db.manager.query('DELETE FROM stock_levels WHERE sku_id = ?', [bare.id]);
      expect((await skuStock(supplierA, bare.id).expect(200)).body).toEqual({ skuId: bare.id, levels: [] });
      for (const body of [{ delta: 1, reason: '到货了' }, { kind: 'receipt', delta: 1, reason: '到货了' }, { delta: -1, reason: '破损了', locationId: warehouseA.id }]) {
        expect(code(await adjustSku(supplierA, bare.id, body).expect(404))).toBe('NOT_FOUND');
        expect(code(await adjust(supplierA, bare.id, body).expect(404))).toBe('NOT_FOUND');
      }
      expect(await ledgerOf(bare.id)).toEqual([]);

      // Not a supplier, or not signed in.
      await skuStock({ token: shopperToken }, jar.id).expect(403);
      await adjustSku({ token: shopperToken }, jar.id, { delta: 1, reason: '到货了' }).expect(403);
      await adjustSku({ token: staffToken }, jar.id, { delta: 1, reason: '到货了' }).expect(403);
      await t.http.get(`/api/supplier/skus/${jar.id}/stock`).expect(401);
      await t.http.post(`/api/supplier/skus/${jar.id}/stock-adjustments`).send({ delta: 1, reason: '到货了' }).expect(401);

      expect(await snapshot()).toEqual(before);
    });

    it('answers a bad request with 400 naming the field, on both adjustment routes, and changes nothing', async () => {
      const [jar] = (await product(supplierA)).skus;
      const before = await books(jar.id);
      const cases: [object, string][] = [
        [{ delta: 0, reason: '盘点无变化' }, 'delta'],
        [{ kind: 'receipt', delta: 0, reason: '到货了' }, 'delta'],
        [{ kind: 'receipt', delta: -2, reason: '到货了' }, 'delta'],
        [{ delta: 1.5, reason: '到货了' }, 'delta'],
        [{ delta: '3', reason: '到货了' }, 'delta'],
        [{ reason: '到货了' }, 'delta'],
        [{ delta: 1 }, 'reason'],
        [{ delta: 1, reason: '  ' }, 'reason'],
        [{ kind: 'sale', delta: 1, reason: '卖掉了' }, 'kind'],
        [{ delta: 1, reason: '到货了', locationId: 0 }, 'locationId'],
        [{ delta: 1, reason: '到货了', locationId: -3 }, 'locationId'],
        [{ delta: 1, reason: '到货了', locationId: 1.5 }, 'locationId'],
        [{ delta: 1, reason: '到货了', locationId: '1' }, 'locationId'],
        [{ delta: 1, reason: '到货了', locationId: null }, 'locationId'],
      ];
      for (const route of [adjustSku, adjust]) {
        for (const [body, field] of cases) {
          const res = await route(supplierA, jar.id, body).expect(400);
          expect({ body, code: res.body.error.code, fields: fields(res) }).toEqual({ body, code: 'VALIDATION_FAILED', fields: [field] });
        }
      }
      await get(supplierA, '/api/supplier/skus/abc/stock').expect(400);
      await post(supplierA, '/api/supplier/skus/abc/stock-adjustments', { delta: 1, reason: '到货了' }).expect(400);
      expect(await books(jar.id)).toEqual(before);
    });

    it('lets exactly as many concurrent write-offs through both routes as there are goods', async () => {
      const [jar] = (await product(supplierA)).skus;
      const results = await Promise.all(
        Array.from({ length: 14 }, (_, i) => (i % 2 ? adjustSku : adjust)(supplierA, jar.id, { delta: -1, reason: `并发出库 ${i}` })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([...Array(10).fill(200), ...Array(4).fill(409)]);
      expect((await skuStock(supplierA, jar.id).expect(200)).body.levels).toEqual([expect.objectContaining({ onHand: 0, reserved: 0, available: 0 })]);
      expect((await books(jar.id)).ledger.rows).toBe(11);
      await expectBooksBalance(jar.id);
    });
  });

  it('lets exactly as many of 20 concurrent write-offs of 1 through as there are goods', async () => {
    const [jar] = (await product(supplierA)).skus;
    expect(await level(supplierA, jar.id)).toMatchObject({ available: 10 });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => adjust(supplierA, jar.id, { kind: 'adjustment', delta: -1, reason: `并发出库 ${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(10).fill(409)]);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.error.code).toBe('STOCK_INSUFFICIENT');
    for (const r of results.filter((r) => r.status === 200)) expect(r.body.available).toBeGreaterThanOrEqual(0);

    expect(await level(supplierA, jar.id)).toMatchObject({ onHand: 0, reserved: 0, available: 0 });
    const { ledger } = await books(jar.id);
    expect(ledger.rows).toBe(11);
    await expectBooksBalance(jar.id);
    const [negative] = await t.db.manager.query('SELECT COUNT(*) AS n FROM stock_levels WHERE on_hand < 0 OR reserved < 0 OR available < 0');
    expect(Number(negative.n)).toBe(0);
  });

  it('keeps the ledger equal to the counters for every SKU it touched', async () => {
    type Row = { sku_id: number; on_hand: number; reserved: number; ledger_on_hand: number | null; ledger_reserved: number | null };
    const rows: Row[] = await t.db.manager.query(
      `SELECT l.sku_id, l.on_hand, l.reserved,
              (SELECT SUM(on_hand_delta) FROM stock_movements m WHERE m.sku_id = l.sku_id AND m.location_id = l.location_id) AS ledger_on_hand,
              (SELECT SUM(reserved_delta) FROM stock_movements m WHERE m.sku_id = l.sku_id AND m.location_id = l.location_id) AS ledger_reserved
         FROM stock_levels l`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect({ sku: Number(r.sku_id), onHand: Number(r.ledger_on_hand ?? 0), reserved: Number(r.ledger_reserved ?? 0) }).toEqual({
        sku: Number(r.sku_id),
        onHand: Number(r.on_hand),
        reserved: Number(r.reserved),
      });
    }
  });
});
