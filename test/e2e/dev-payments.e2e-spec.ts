import { auth } from '../support/certification';
import { checkout, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
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
});
