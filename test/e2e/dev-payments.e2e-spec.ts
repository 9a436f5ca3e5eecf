import { auth } from '../support/certification';
import { checkout, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { PaymentsService } from '../../apps/api/src/payments/payments.service';
import { signIn, startTestApp, type TestApp } from '../support/test-app';

/** The embedded default: the dev cashier, reached through the same start and notification path as Alipay. */
describe('payments through the dev cashier', () => {
  let t: TestApp;
  let staff: string;
  let farm: Seller;

  beforeAll(async () => {
    t = await startTestApp();
    staff = (await signIn(t, '13700000004', 'staff')).token;
    farm = await seller(t, staff);
  });
  afterAll(() => t.close());

  it('shows the amount on its page and pays the order from the page form', async () => {
    const sku = await sellableSku(t, staff, farm, 12345, 5);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(201);
    const started = await t.http.post(`/api/payments/${placed.body.payment.id}/start`).set(auth(buyer.token)).send({ method: 'wap' }).expect(200);
    const page = new URL(started.body.redirectUrl);
    expect(page.pathname).toBe(`/api/payments/dev/page/${placed.body.payment.outTradeNo}`);
    expect((await t.http.get(`/api/payments/${placed.body.payment.id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('pending');

    const html = (await t.http.get(page.pathname).expect(200).expect('content-type', /text\/html/)).text;
    expect(html).toContain('¥123.45');
    expect(html).toContain(`action="/api/payments/dev/${placed.body.payment.outTradeNo}/complete"`);

    // The browser posts the page's form and is sent back to the page, which now shows the payment done.
    const posted = await t.http.post(`/api/payments/dev/${placed.body.payment.outTradeNo}/complete`).type('form').send({ outcome: 'succeeded' }).expect(303);
    expect(posted.headers.location).toBe(page.pathname);
    expect((await t.http.get(page.pathname).expect(200)).text).toContain('状态：succeeded');
    expect((await t.http.get(`/api/orders/${placed.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('paid');
    const [{ n }] = await t.db.manager.query("SELECT COUNT(*) AS n FROM payment_events WHERE payment_id = ? AND kind = 'notify'", [placed.body.payment.id]);
    expect(Number(n)).toBe(1);
  });

  it('lets the payer give up, which cancels the orders and releases the goods', async () => {
    const sku = await sellableSku(t, staff, farm, 2000, 5);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: sku, quantity: 2 }]).expect(201);
    const done = await t.http.post(`/api/payments/dev/${placed.body.payment.outTradeNo}/complete`).send({ outcome: 'closed' }).expect(200);
    expect(done.body.status).toBe('closed');
    expect((await t.http.get(`/api/orders/${placed.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('cancelled');
    expect(await stockOf(t, sku)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    await t.http.post(`/api/payments/${placed.body.payment.id}/start`).set(auth(buyer.token)).send({ method: 'page' }).expect(409);
  });

  it('refuses a forged dev notification and bad requests', async () => {
    const sku = await sellableSku(t, staff, farm, 2000, 5);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(201);
    const forged = { app_id: 'bangfu-dev', out_trade_no: placed.body.payment.outTradeNo, total_amount: '28.00', trade_status: 'TRADE_SUCCESS', sign: 'AAAA' };
    expect((await t.http.post('/api/payments/alipay/notify').type('form').send(forged).expect(200)).text).toBe('failure');
    expect((await t.http.get(`/api/orders/${placed.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('pending_payment');
    await t.http.post(`/api/payments/${placed.body.payment.id}/start`).set(auth(buyer.token)).send({ method: 'cash' }).expect(400);
    await t.http.post('/api/payments/dev/99999999/complete').send({}).expect(404);
    // The sequential payment id settles nothing: only the unguessable trade number does.
    await t.http.post(`/api/payments/dev/${placed.body.payment.id}/complete`).send({ outcome: 'succeeded' }).expect(404);
    await t.http.post(`/api/payments/dev/${placed.body.payment.id}/complete`).type('form').send({ outcome: 'closed' }).expect(404);
    expect((await t.http.get(`/api/orders/${placed.body.orders[0].id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('pending_payment');
    await t.http.get('/api/payments/dev/page/NOPE').expect(404);
  });

  it('keeps only a bounded digest of refused notifications, and drops them after a week', async () => {
    const sku = await sellableSku(t, staff, farm, 2000, 5);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(201);
    await t.http.post(`/api/payments/dev/${placed.body.payment.outTradeNo}/complete`).send({ outcome: 'succeeded' }).expect(200);
    const size = async () => {
      const [row] = await t.db.manager.query("SELECT COUNT(*) AS n, SUM(LENGTH(request)) AS bytes FROM payment_events WHERE verdict LIKE 'refused:%'");
      return { n: Number(row.n), bytes: Number(row.bytes ?? 0) };
    };
    const before = await size();
    const junk = { out_trade_no: placed.body.payment.outTradeNo, sign: 'AAAA', filler: 'x'.repeat(200_000) };
    for (let i = 0; i < 20; i++) expect((await t.http.post('/api/payments/alipay/notify').type('form').send({ ...junk, [`k${i}`]: i }).expect(200)).text).toBe('failure');
    const after = await size();
    expect(after.n - before.n).toBe(20);
    // 20 posts of 200 KB each: a few hundred bytes apiece are kept, not 4 MB.
    expect(after.bytes - before.bytes).toBeLessThan(20 * 2_000);
    const [kept] = await t.db.manager.query("SELECT request FROM payment_events WHERE verdict LIKE 'refused:%' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(kept.request).value).toMatchObject({ out_trade_no: placed.body.payment.outTradeNo, _truncated: expect.stringContaining('bytes posted') });

    const payments = t.app.get(PaymentsService);
    expect(await payments.pruneRefusedNotifications(7)).toBe(0);
    await t.db.manager.query("UPDATE payment_events SET created_at = ? WHERE verdict LIKE 'refused:%'", [new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 19).replace('T', ' ')]);
    expect(await payments.pruneRefusedNotifications(7)).toBe(after.n);
    expect((await size()).n).toBe(0);
    // The accepted notification is the payment's record and stays.
    const [{ n }] = await t.db.manager.query("SELECT COUNT(*) AS n FROM payment_events WHERE payment_id = ? AND verdict NOT LIKE 'refused:%'", [placed.body.payment.id]);
    expect(Number(n)).toBeGreaterThan(0);
  });
});
