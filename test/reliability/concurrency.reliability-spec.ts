import { appWithStaff, auth, nextPhone } from '../support/certification';
import { checkout, ledgerOf, payDev, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';

/** Races that a hostile probe ran against the API: each pair at the same moment, many times over. */
describe(`concurrency on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  let farm: Seller;
  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
    farm = await seller(t, staff);
  });
  afterAll(() => t.close());

  const ship = (orderId: number) => t.http.post(`/api/supplier/orders/${orderId}/ship`).set(auth(farm.token)).send({ carrier: 'SF', trackingNo: 'SF1234567890' });
  const askRefund = (token: string, orderId: number) => t.http.post(`/api/orders/${orderId}/refund-requests`).set(auth(token)).send({ reason: '不想要了' });
  const orderOf = async (token: string, orderId: number) => (await t.http.get(`/api/orders/${orderId}`).set(auth(token)).expect(200)).body;

  async function expectBooksBalance(skuIds: number[]): Promise<void> {
    for (const skuId of skuIds) {
      const stock = await stockOf(t, skuId);
      expect(await ledgerOf(t, skuId)).toEqual({ onHand: stock.onHand, reserved: stock.reserved });
      expect(stock.available).toBe(stock.onHand - stock.reserved);
    }
  }

  async function paidOrder(skuId: number): Promise<{ buyer: { token: string }; orderId: number; totalFen: number }> {
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId, quantity: 1 }]).expect(201);
    await payDev(t, placed.body.payment).expect(200);
    return { buyer, orderId: placed.body.orders[0].id, totalFen: placed.body.orders[0].totalFen };
  }

  it('refund request vs shipping: the goods never leave while a refund is open, and an accepted refund is booked', async () => {
    const tea = await sellableSku(t, staff, farm, 3000, 50);
    for (let round = 0; round < 8; round++) {
      const { buyer, orderId, totalFen } = await paidOrder(tea);
      const [first, shipped] = await Promise.all([askRefund(buyer.token, orderId), ship(orderId)]);
      // Of the two, one may lose with a 409 (never both): a refund asked while the order ships is asked again.
      expect([first.status, shipped.status]).not.toEqual([409, 409]);
      expect([201, 409]).toContain(first.status);
      expect([200, 409]).toContain(shipped.status);
      const asked = first.status === 201 ? first : await askRefund(buyer.token, orderId).expect(201);
      const during = await orderOf(buyer.token, orderId);
      expect(during.status).toBe('refunding');
      // Shipped only if the shipment came first; otherwise it waits for the refund.
      expect(during.shipment === null).toBe(shipped.status === 409);
      if (shipped.status === 409) expect(['ILLEGAL_TRANSITION', 'ORDER_STATE_CONFLICT']).toContain(shipped.body.error.code);
      await expectError(ship(orderId), 409);
      await t.http.post(`/api/supplier/refund-requests/${asked.body.id}/accept`).set(auth(farm.token)).expect(200);
      expect(await orderOf(buyer.token, orderId)).toMatchObject({ status: 'refunded', refundedFen: totalFen, refundRequests: [{ status: 'refunded' }] });
    }
    await expectBooksBalance([tea]);
  });

  it('accept vs reject of one refund request: exactly one decision wins', async () => {
    const tea = await sellableSku(t, staff, farm, 2000, 50);
    for (let round = 0; round < 8; round++) {
      const { buyer, orderId, totalFen } = await paidOrder(tea);
      const asked = await askRefund(buyer.token, orderId).expect(201);
      const [accepted, rejected] = await Promise.all([
        t.http.post(`/api/supplier/refund-requests/${asked.body.id}/accept`).set(auth(farm.token)),
        t.http.post(`/api/supplier/refund-requests/${asked.body.id}/reject`).set(auth(farm.token)).send({ reason: '商品已发出' }),
      ]);
      expect([accepted.status, rejected.status].sort()).toEqual([200, 409]);
      const after = await orderOf(buyer.token, orderId);
      if (accepted.status === 200) expect(after).toMatchObject({ status: 'refunded', refundedFen: totalFen, refundRequests: [{ status: 'refunded' }] });
      else expect(after).toMatchObject({ status: 'paid', refundedFen: 0, refundRequests: [{ status: 'rejected' }] });
    }
    await expectBooksBalance([tea]);
  });

  it('cancel vs payment of one checkout: the order ends paid or cancelled, never both, and the goods add up', async () => {
    const tea = await sellableSku(t, staff, farm, 1500, 100);
    const outcomes = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const buyer = await shopper(t);
      const placed = await checkout(t, buyer.token, [{ skuId: tea, quantity: 2 }]).expect(201);
      const orderId = placed.body.orders[0].id;
      const [cancelled, paid] = await Promise.all([t.http.post(`/api/orders/${orderId}/cancel`).set(auth(buyer.token)).send({}), payDev(t, placed.body.payment)]);
      expect(paid.status).toBe(200);
      expect([200, 409]).toContain(cancelled.status);
      // A payment that lands after the cancel takes the goods again: the money always buys the goods.
      expect((await orderOf(buyer.token, orderId)).status).toBe('paid');
      outcomes.add(cancelled.status === 200 ? 'cancelled, then paid late' : 'paid first');
    }
    const sold = Number((await t.db.manager.query("SELECT COALESCE(SUM(l.quantity), 0) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.sku_id = ? AND o.status = 'paid'", [tea]))[0].n);
    expect(await stockOf(t, tea)).toEqual({ onHand: 100 - sold, reserved: 0, available: 100 - sold });
    expect(sold).toBe(20);
    await expectBooksBalance([tea]);
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('cancels two-supplier checkouts at 12 concurrent clients without a deadlock, when the earlier supplier holds the larger SKU id', async () => {
    const earlier = farm;
    const later = await seller(t, staff);
    expect(later.supplierId).toBeGreaterThan(earlier.supplierId);
    // The later supplier's SKU is made first, so the earlier supplier's order holds the larger SKU id.
    const small = await sellableSku(t, staff, later, 1000, 1000, '勉县香菇');
    const large = await sellableSku(t, staff, earlier, 1000, 1000, '西乡绿茶');
    expect(large).toBeGreaterThan(small);
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const buyer = await shopper(t);
        for (let i = 0; i < 5; i++) {
          const placed = await checkout(t, buyer.token, [
            { skuId: large, quantity: 1 },
            { skuId: small, quantity: 1 },
          ]);
          statuses.push(placed.status);
          if (placed.status !== 201) continue;
          expect(placed.body.orders.map((o: { supplierId: number }) => o.supplierId)).toEqual([earlier.supplierId, later.supplierId]);
          const cancelled = await t.http.post(`/api/orders/${placed.body.orders[0].id}/cancel`).set(auth(buyer.token)).send({});
          statuses.push(cancelled.status);
        }
      }),
    );
    expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([]);
    expect(await stockOf(t, large)).toEqual({ onHand: 1000, reserved: 0, available: 1000 });
    expect(await stockOf(t, small)).toEqual({ onHand: 1000, reserved: 0, available: 1000 });
    const [{ n }] = await t.db.manager.query("SELECT COUNT(*) AS n FROM orders WHERE status = 'pending_payment'");
    expect(Number(n)).toBe(0);
    await expectBooksBalance([large, small]);
  });

  async function expectError(pending: PromiseLike<{ status: number; body: { error?: { requestId?: string } } }>, status: number): Promise<void> {
    const res = await pending;
    expect(res.status).toBe(status);
    expect(res.body.error?.requestId).toEqual(expect.any(String));
  }
});

describe(`login and sign-up races on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REGISTRATIONS_PER_ADDRESS_PER_HOUR: '25' });
  });
  afterAll(() => t.close());

  const register = (phone: string, from: string, password = 'right-pass-1') =>
    t.http.post('/api/auth/register').set('X-Forwarded-For', from).send({ phone, password, name: '测试' });
  const login = (phone: string, password: string, from: string) => t.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ phone, password });

  it('evaluates at most five of 40 parallel wrong passwords for one account', async () => {
    const phone = nextPhone();
    await register(phone, '198.51.100.1').expect(201);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(phone, `guess-${i}-xx`, `198.51.100.${10 + i}`)));
    const counts = answers.reduce<Record<number, number>>((c, a) => ({ ...c, [a.status]: (c[a.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 401: 5, 429: 35 });
    await login(phone, 'right-pass-1', '198.51.100.99').expect(429);
  });

  it('does not lock correct passwords of other accounts out of a busy address', async () => {
    const office = '203.0.113.7';
    const phones = Array.from({ length: 21 }, () => nextPhone());
    for (const phone of phones) await register(phone, `192.0.2.${phones.indexOf(phone) + 1}`).expect(201);
    // 20 typos from one office address, over 20 accounts.
    for (const phone of phones.slice(0, 20)) await login(phone, 'typo-pass-1', office).expect(401);
    await login(phones[20], 'right-pass-1', office).expect(200);
    // A sweep of many accounts from one address is still stopped there, and only there.
    const sweep = await Promise.all(Array.from({ length: 60 }, (_, i) => login(phones[i % 20], `sweep-${i}-xx`, office)));
    expect(sweep.filter((a) => a.status === 429).length).toBeGreaterThan(0);
    expect(sweep.filter((a) => a.status === 401).length).toBeLessThanOrEqual(30);
    await login(phones[20], 'right-pass-1', office).expect(429);
    await login(phones[20], 'right-pass-1', '203.0.113.8').expect(200);
  });

  it('opens one account for ten parallel sign-ups of one phone: the rest are 409, never 500', async () => {
    const phone = nextPhone();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => register(phone, `198.18.0.${i + 1}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'PHONE_TAKEN')).toBe(true);
  });

  it('limits sign-ups per address, also when they race', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => register(nextPhone(), '198.18.5.5')));
    const counts = answers.reduce<Record<number, number>>((c, a) => ({ ...c, [a.status]: (c[a.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 201: 25, 429: 5 });
    expect(answers.find((a) => a.status === 429)!.body.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } });
    await register(nextPhone(), '198.18.5.6').expect(201);
  });
});

describe(`proxy trust on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'false' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For from an untrusted peer: a forged address does not reset the count', async () => {
    const phones = Array.from({ length: 11 }, () => nextPhone());
    for (const phone of phones) await t.http.post('/api/auth/register').send({ phone, password: 'right-pass-1', name: '测试' }).expect(201);
    // 50 wrong passwords over ten accounts, each claiming another address: all are counted against 127.0.0.1.
    for (let i = 0; i < 50; i++) {
      await t.http.post('/api/auth/login').set('X-Forwarded-For', `198.51.100.${i}`).send({ phone: phones[i % 10], password: 'wrong-pass-1' }).expect(401);
    }
    const blocked = await t.http.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.200').send({ phone: phones[10], password: 'right-pass-1' }).expect(429);
    expect(blocked.body.error.code).toBe('TOO_MANY_REQUESTS');
  });
});
