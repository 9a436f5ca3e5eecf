import { randomUUID } from 'node:crypto';
import { Clock } from '../../apps/api/src/common/clock';
import { OrderJobsService } from '../../apps/api/src/orders/order-jobs.service';
import { auth } from '../support/certification';
import { checkout, ledgerOf, payDev, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { signIn, startTestApp, type TestApp } from '../support/test-app';

/** The acceptance guarantees: no overselling, all-or-nothing carts, idempotency, expiry. */
describe('checkout guarantees', () => {
  let t: TestApp;
  let staff: string;
  let farm: Seller;
  let clock: Clock;

  beforeAll(async () => {
    t = await startTestApp();
    staff = (await signIn(t, '13700000002', 'staff')).token;
    farm = await seller(t, staff);
    clock = t.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.db.manager.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  describe('stock', () => {
    it('sells a SKU with stock 10 to exactly 10 of 100 concurrent checkouts', async () => {
      const sku = await sellableSku(t, staff, farm, 3900, 10);
      const buyers = await Promise.all(Array.from({ length: 10 }, () => shopper(t)));
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => checkout(t, buyers[i % 10].token, [{ skuId: sku, quantity: 1 }])));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(90);
      for (const refused of results.filter((r) => r.status === 409)) {
        expect(refused.body.error).toMatchObject({ code: 'STOCK_INSUFFICIENT', details: { skuId: sku, requested: 1 } });
      }
      expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 10, available: 0 });
      expect(await ledgerOf(t, sku)).toEqual({ onHand: 10, reserved: 10 });
      const negative = await t.db.manager.query('SELECT COUNT(*) AS n FROM stock_levels WHERE available < 0 OR reserved < 0 OR on_hand < 0');
      expect(Number(negative[0].n)).toBe(0);
      const orders = await t.db.manager.query('SELECT COUNT(*) AS n FROM order_lines WHERE sku_id = ?', [sku]);
      expect(Number(orders[0].n)).toBe(10);
    });

    it('reserves nothing when one line of a mixed cart falls short', async () => {
      const plenty = await sellableSku(t, staff, farm, 2000, 5);
      const scarce = await sellableSku(t, staff, farm, 2500, 1, '留坝香菇');
      const buyer = await shopper(t);
      const before = { checkouts: await count('checkouts'), orders: await count('orders'), movements: await count('stock_movements'), payments: await count('payments') };
      const res = await checkout(t, buyer.token, [
        { skuId: plenty, quantity: 2 },
        { skuId: scarce, quantity: 2 },
      ]).expect(409);
      expect(res.body.error).toMatchObject({ code: 'STOCK_INSUFFICIENT', details: { skuId: scarce, requested: 2, available: 1 } });
      expect(res.body.error.message).toContain('留坝香菇');
      expect(await stockOf(t, plenty)).toEqual({ onHand: 5, reserved: 0, available: 5 });
      expect(await stockOf(t, scarce)).toEqual({ onHand: 1, reserved: 0, available: 1 });
      expect({ checkouts: await count('checkouts'), orders: await count('orders'), movements: await count('stock_movements'), payments: await count('payments') }).toEqual(before);
    });

    it('tells search when a SKU sells out and when it is back, and only then', async () => {
      const sku = await sellableSku(t, staff, farm, 1000, 3);
      const [{ product_id: productId }] = await t.db.manager.query('SELECT product_id FROM skus WHERE id = ?', [sku]);
      const stockEvents = async () =>
        ((await t.db.manager.query("SELECT payload FROM outbox WHERE aggregate_id = ? AND topic = 'product.changed' ORDER BY id", [productId])) as { payload: string }[])
          .map((r) => JSON.parse(r.payload).stock)
          .filter(Boolean);
      const buyer = await shopper(t);
      await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(201);
      expect(await stockEvents()).toEqual([]);
      const last = await checkout(t, buyer.token, [{ skuId: sku, quantity: 2 }]).expect(201);
      expect(await stockEvents()).toEqual(['out']);
      await t.http.post(`/api/orders/${last.body.orders[0].id}/cancel`).set(auth(buyer.token)).send({}).expect(200);
      expect(await stockEvents()).toEqual(['out', 'in']);
    });

    it('refuses unknown, unlisted and malformed lines with a clear error', async () => {
      const sku = await sellableSku(t, staff, farm, 1000, 5);
      const buyer = await shopper(t);
      expect((await checkout(t, buyer.token, [{ skuId: 99999999, quantity: 1 }]).expect(404)).body.error.details).toEqual([
        { field: 'items.0.skuId', message: 'no such SKU' },
      ]);
      const productId = (await t.db.manager.query('SELECT product_id FROM skus WHERE id = ?', [sku]))[0].product_id;
      await t.http.post(`/api/supplier/products/${productId}/unlist`).set(auth(farm.token)).expect(200);
      expect((await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(409)).body.error).toMatchObject({ code: 'SKU_UNAVAILABLE', details: { skuId: sku } });
      await t.http.post(`/api/supplier/products/${productId}/list`).set(auth(farm.token)).expect(200);

      // A supplier buying its own goods would only inflate the sales the association reports.
      expect((await checkout(t, farm.token, [{ skuId: sku, quantity: 1 }]).expect(409)).body.error).toMatchObject({ code: 'OWN_PRODUCT', details: { skuId: sku } });

      const fieldOf = async (body: object) => (await t.http.post('/api/checkout').set(auth(buyer.token)).set('Idempotency-Key', randomUUID()).send(body).expect(400)).body.error.details[0].field;
      const line = { skuId: sku, quantity: 1 };
      const address = { name: '王', phone: '13900001111', province: '陕西省', city: '汉中市', district: '汉台区', detail: '中山街 18 号' };
      expect(await fieldOf({ items: [{ skuId: sku, quantity: 1000 }], address })).toBe('items.0.quantity');
      expect(await fieldOf({ items: [{ skuId: sku, quantity: 0 }], address })).toBe('items.0.quantity');
      expect(await fieldOf({ items: [], address })).toBe('items');
      expect(await fieldOf({ items: [line, line], address })).toBe('items');
      expect(await fieldOf({ items: [line], address: { ...address, phone: '12345' } })).toBe('address.phone');
      expect(await fieldOf({ items: [line], address: { ...address, detail: '' } })).toBe('address.detail');
      expect(await fieldOf({ items: [line], address, ref: 'not a ref' })).toBe('ref');
      // A shopper cannot book an online sale to a counter (or any sales point) by naming its channel.
      expect(await fieldOf({ items: [line], address, channel: 'counter' })).toBe('channel');
      const noKey = await t.http.post('/api/checkout').set(auth(buyer.token)).send({ items: [line], address }).expect(400);
      expect(noKey.body.error.details).toEqual([{ field: 'Idempotency-Key', message: 'header is required' }]);
      expect(await stockOf(t, sku)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    });

    it('keeps the attribution ref of a registered village point on the checkout and its orders, and credits no made-up code', async () => {
      const sku = await sellableSku(t, staff, farm, 1000, 5);
      const buyer = await shopper(t);
      const point = await t.http.post('/api/association/village-points').set(auth(staff)).send({ name: '峡口镇电商服务站', countyCode: '610724', town: '峡口镇', village: '枣园村' }).expect(201);
      const refOf = async (ref: string) => {
        const res = await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }], randomUUID(), { ref }).expect(201);
        const [row] = await t.db.manager.query('SELECT ref FROM checkouts WHERE id = ?', [res.body.checkoutId]);
        expect((await t.http.get(`/api/orders/${res.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body.ref).toBe(row.ref);
        return row.ref;
      };
      expect(await refOf(point.body.code)).toBe(point.body.code);
      // A code from an old or made-up link credits nobody, and the shopper still gets the goods.
      expect(await refOf('vp_xixiang_01')).toBeNull();
      expect(await refOf('ls_not_a_livestream')).toBeNull();
    });
  });

  describe('idempotency', () => {
    it('answers a retry with the first result, and refuses the key with another body', async () => {
      const sku = await sellableSku(t, staff, farm, 1500, 10);
      const buyer = await shopper(t);
      const key = randomUUID();
      const first = await checkout(t, buyer.token, [{ skuId: sku, quantity: 2 }], key).expect(201);
      const again = await checkout(t, buyer.token, [{ skuId: sku, quantity: 2 }], key).expect(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      const changed = await checkout(t, buyer.token, [{ skuId: sku, quantity: 3 }], key).expect(422);
      expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 2, available: 8 });
      // Keys belong to their shopper: another shopper's same key is a checkout of its own.
      const other = await shopper(t);
      const theirs = await checkout(t, other.token, [{ skuId: sku, quantity: 2 }], key).expect(201);
      expect(theirs.body.checkoutId).not.toBe(first.body.checkoutId);
    });

    it('makes one checkout of 20 concurrent requests with the same key', async () => {
      const sku = await sellableSku(t, staff, farm, 1500, 100);
      const buyer = await shopper(t);
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 20 }, () => checkout(t, buyer.token, [{ skuId: sku, quantity: 3 }], key)));
      expect(results.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
      expect(new Set(results.map((r) => r.body.checkoutId)).size).toBe(1);
      expect(new Set(results.map((r) => r.body.payment.outTradeNo)).size).toBe(1);
      const [rows] = await t.db.manager.query('SELECT COUNT(*) AS n FROM checkouts WHERE idempotency_key = ?', [key]);
      expect(Number(rows.n)).toBe(1);
      expect(await stockOf(t, sku)).toEqual({ onHand: 100, reserved: 3, available: 97 });
    });
  });

  describe('payment window', () => {
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

    it('cancels unpaid checkouts after 15 minutes and releases their stock once, however many jobs run', async () => {
      const sku = await sellableSku(t, staff, farm, 1200, 10);
      const buyer = await shopper(t);
      const res = await checkout(t, buyer.token, [{ skuId: sku, quantity: 4 }]).expect(201);
      const jobs = t.app.get(OrderJobsService);

      jest.spyOn(clock, 'now').mockReturnValue(later(14));
      expect(await jobs.expireUnpaid()).toBe(0);
      expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 4, available: 6 });

      jest.spyOn(clock, 'now').mockReturnValue(later(16));
      const [a, b] = await Promise.all([jobs.expireUnpaid(), jobs.expireUnpaid()]);
      expect(a + b).toBeGreaterThanOrEqual(1);
      expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 0, available: 10 });
      expect(await ledgerOf(t, sku)).toEqual({ onHand: 10, reserved: 0 });
      const releases = await t.db.manager.query("SELECT COUNT(*) AS n FROM stock_movements WHERE sku_id = ? AND kind = 'release'", [sku]);
      expect(Number(releases[0].n)).toBe(1);

      const order = (await t.http.get(`/api/orders/${res.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body;
      expect(order.status).toBe('cancelled');
      expect(order.timeline.at(-1)).toMatchObject({ from: 'pending_payment', to: 'cancelled', actor: 'system', reason: 'payment window expired', reasonCode: 'expired', reasonValues: {} });
      expect((await t.http.get(`/api/payments/${res.body.payment.id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('closed');
    });

    it('takes the goods again for a payment that arrives after expiry while they are still in stock', async () => {
      const sku = await sellableSku(t, staff, farm, 1200, 10);
      const buyer = await shopper(t);
      const res = await checkout(t, buyer.token, [{ skuId: sku, quantity: 4 }]).expect(201);
      jest.spyOn(clock, 'now').mockReturnValue(later(16));
      await t.app.get(OrderJobsService).expireUnpaid();

      await payDev(t, res.body.payment).expect(200);
      const order = (await t.http.get(`/api/orders/${res.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body;
      expect(order.status).toBe('paid');
      expect(order.timeline.map((s: { to: string; reasonCode: string }) => `${s.to}:${s.reasonCode}`)).toEqual(['pending_payment:placed', 'cancelled:expired', 'paid:late_paid']);
      expect(order.timeline.at(-1).reasonValues).toEqual({ tradeNo: res.body.payment.outTradeNo });
      expect(await stockOf(t, sku)).toEqual({ onHand: 6, reserved: 0, available: 6 });
      expect(await ledgerOf(t, sku)).toEqual({ onHand: 6, reserved: 0 });
    });

    it('refunds in full a payment that arrives after expiry when the goods are gone', async () => {
      const sku = await sellableSku(t, staff, farm, 1200, 3);
      const late = await shopper(t);
      const res = await checkout(t, late.token, [{ skuId: sku, quantity: 3 }]).expect(201);
      jest.spyOn(clock, 'now').mockReturnValue(later(16));
      await t.app.get(OrderJobsService).expireUnpaid();
      const quick = await shopper(t);
      const sold = await checkout(t, quick.token, [{ skuId: sku, quantity: 2 }]).expect(201);
      await payDev(t, sold.body.payment).expect(200);

      await payDev(t, res.body.payment).expect(200);
      const order = (await t.http.get(`/api/orders/${res.body.orders[0].id}`).set(auth(late.token)).expect(200)).body;
      expect(order.status).toBe('refunded');
      expect(order.refundedFen).toBe(order.totalFen);
      expect(order.timeline.map((s: { to: string; actor: string; reasonCode: string }) => `${s.to}:${s.actor}:${s.reasonCode}`)).toEqual([
        'pending_payment:shopper:placed',
        'cancelled:system:expired',
        'refunding:system:late_no_stock',
        'refunded:system:refunded',
      ]);
      expect(order.refundRequests).toEqual([expect.objectContaining({ status: 'refunded', amountFen: order.totalFen })]);
      // The one left is still for sale; the late order took nothing.
      expect(await stockOf(t, sku)).toEqual({ onHand: 1, reserved: 0, available: 1 });
      const [payment] = await t.db.manager.query('SELECT status, refunded_fen FROM payments WHERE id = ?', [res.body.payment.id]);
      expect({ status: payment.status, refunded: Number(payment.refunded_fen) }).toEqual({ status: 'succeeded', refunded: order.totalFen });
    });

    it('changes an order once however often its payment is reported', async () => {
      const sku = await sellableSku(t, staff, farm, 1200, 10);
      const buyer = await shopper(t);
      const res = await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(201);
      const replies = await Promise.all(Array.from({ length: 10 }, () => payDev(t, res.body.payment)));
      expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
      const order = (await t.http.get(`/api/orders/${res.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body;
      expect(order.timeline.map((s: { to: string }) => s.to)).toEqual(['pending_payment', 'paid']);
      expect(await stockOf(t, sku)).toEqual({ onHand: 9, reserved: 0, available: 9 });
    });
  });
});
