import type { Response } from 'supertest';
import { appWithStaff, auth } from '../support/certification';
import { checkout, payDev, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { TEST_DB, type TestApp } from '../support/test-app';

/** The one error shape, with its exact status, code and message. */
function expectError(res: Response, status: number, code: string, message: string | RegExp): void {
  expect({ status: res.status, body: res.body }).toEqual({
    status,
    body: { error: { code, message: typeof message === 'string' ? message : expect.stringMatching(message), requestId: expect.any(String) } },
  });
}

describe(`who may see and act on an order, on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  let farm1: Seller;
  let farm2: Seller;
  let tea1: number;
  let tea2: number;
  let alice: { token: string; userId: number };
  let bob: { token: string; userId: number };

  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
    farm1 = await seller(t, staff);
    farm2 = await seller(t, staff);
    tea1 = await sellableSku(t, staff, farm1, 3000, 20);
    tea2 = await sellableSku(t, staff, farm2, 2000, 20, '镇巴腊肉');
    alice = await shopper(t);
    bob = await shopper(t);
  });
  afterAll(() => t.close());

  const notFound = (res: Response, what: string, id: number) => expectError(res, 404, 'NOT_FOUND', `${what} ${id} not found`);
  const as = (token: string) => auth(token);

  it("keeps a shopper out of another shopper's orders and payment (404), and out of their list", async () => {
    const placed = await checkout(t, alice.token, [{ skuId: tea1, quantity: 2 }]).expect(201);
    const id = placed.body.orders[0].id as number;
    const paymentId = placed.body.payment.id as number;
    const bobs = await checkout(t, bob.token, [{ skuId: tea2, quantity: 1 }]).expect(201);
    const bobsOrder = bobs.body.orders[0].id as number;

    notFound(await t.http.get(`/api/orders/${id}`).set(as(bob.token)), 'Order', id);
    notFound(await t.http.post(`/api/orders/${id}/cancel`).set(as(bob.token)).send({}), 'Order', id);
    notFound(await t.http.post(`/api/orders/${id}/confirm-receipt`).set(as(bob.token)), 'Order', id);
    notFound(await t.http.post(`/api/orders/${id}/refund-requests`).set(as(bob.token)).send({ reason: '不要了' }), 'Order', id);
    notFound(await t.http.get(`/api/payments/${paymentId}`).set(as(bob.token)), 'Payment', paymentId);
    notFound(await t.http.post(`/api/payments/${paymentId}/start`).set(as(bob.token)).send({ method: 'qr' }), 'Payment', paymentId);
    // An id that exists answers exactly like one that does not.
    notFound(await t.http.get('/api/orders/999999').set(as(bob.token)), 'Order', 999999);
    // Nor do a supplier or staff see it among their own purchases.
    notFound(await t.http.get(`/api/orders/${id}`).set(as(farm1.token)), 'Order', id);
    notFound(await t.http.get(`/api/orders/${id}`).set(as(staff)), 'Order', id);

    // Bob's attempts changed nothing: Alice's order is still unpaid, its goods still held, her payment startable.
    const mine = await t.http.get(`/api/orders/${id}`).set(as(alice.token)).expect(200);
    expect(mine.body).toMatchObject({ id, status: 'pending_payment', timeline: [{ from: null, to: 'pending_payment' }] });
    expect(await stockOf(t, tea1)).toEqual({ onHand: 20, reserved: 2, available: 18 });
    expect((await t.http.get(`/api/payments/${paymentId}`).set(as(alice.token)).expect(200)).body).toEqual(placed.body.payment);
    const started = await t.http.post(`/api/payments/${paymentId}/start`).set(as(alice.token)).send({ method: 'qr' }).expect(200);
    expect(started.body).toEqual({ qrCode: expect.stringContaining(`/api/payments/dev/page/${placed.body.payment.outTradeNo}`) });

    const bobsList = await t.http.get('/api/orders').set(as(bob.token)).expect(200);
    expect(bobsList.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(bobsList.body.items.map((o: { id: number }) => o.id)).toEqual([bobsOrder]);
    const alicesList = await t.http.get('/api/orders').set(as(alice.token)).expect(200);
    expect(alicesList.body.items.map((o: { id: number }) => o.id)).toEqual([id]);

    // Paid and shipped, it stays out of Bob's reach.
    await payDev(t, placed.body.payment).expect(200);
    await t.http.post(`/api/supplier/orders/${id}/ship`).set(as(farm1.token)).send({ carrier: 'EMS', trackingNo: 'EM1234567890' }).expect(200);
    notFound(await t.http.post(`/api/orders/${id}/confirm-receipt`).set(as(bob.token)), 'Order', id);
    notFound(await t.http.post(`/api/orders/${id}/refund-requests`).set(as(bob.token)).send({ reason: '不要了' }), 'Order', id);
    const asked = await t.http.post(`/api/orders/${id}/refund-requests`).set(as(alice.token)).send({ reason: '不新鲜' }).expect(201);
    await t.http.post(`/api/supplier/refund-requests/${asked.body.id}/reject`).set(as(farm1.token)).send({ reason: '新鲜的' }).expect(200);
    notFound(await t.http.post(`/api/orders/${id}/refund-requests/${asked.body.id}/escalate`).set(as(bob.token)), 'Order', id);
    // A request id under one of Bob's own orders is not found either.
    notFound(await t.http.post(`/api/orders/${bobsOrder}/refund-requests/${asked.body.id}/escalate`).set(as(bob.token)), 'Refund request', asked.body.id);
    expect((await t.http.get(`/api/orders/${id}`).set(as(alice.token)).expect(200)).body).toMatchObject({
      status: 'shipped',
      refundRequests: [{ id: asked.body.id, status: 'rejected' }],
    });
  });

  it("keeps a supplier to its own orders and refund requests", async () => {
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [
      { skuId: tea1, quantity: 1 },
      { skuId: tea2, quantity: 1 },
    ]).expect(201);
    const [order1, order2] = placed.body.orders.map((o: { id: number }) => o.id);
    await payDev(t, placed.body.payment).expect(200);

    notFound(await t.http.get(`/api/supplier/orders/${order1}`).set(as(farm2.token)), 'Order', order1);
    notFound(await t.http.post(`/api/supplier/orders/${order1}/ship`).set(as(farm2.token)).send({ carrier: 'SF', trackingNo: 'SF0000000001' }), 'Order', order1);
    expect((await t.http.get(`/api/supplier/orders/${order1}`).set(as(farm1.token)).expect(200)).body).toMatchObject({ status: 'paid', shipment: null });

    const list = async (token: string) => (await t.http.get('/api/supplier/orders').set(as(token)).expect(200)).body;
    const farm1Orders = await t.db.manager.query('SELECT id FROM orders WHERE supplier_id = ? ORDER BY id DESC', [farm1.supplierId]);
    const farm2Orders = await t.db.manager.query('SELECT id FROM orders WHERE supplier_id = ? ORDER BY id DESC', [farm2.supplierId]);
    const ids = (rows: { id: number | string }[]) => rows.map((r) => Number(r.id));
    const one = await list(farm1.token);
    const two = await list(farm2.token);
    expect(one.items.map((o: { id: number }) => o.id)).toEqual(ids(farm1Orders));
    expect(two.items.map((o: { id: number }) => o.id)).toEqual(ids(farm2Orders));
    expect(one.items.map((o: { id: number }) => o.id)).toContain(order1);
    expect(two.items.map((o: { id: number }) => o.id)).toEqual(expect.arrayContaining([order2]));
    expect(two.items.map((o: { id: number }) => o.id)).not.toContain(order1);
    expect(new Set(two.items.map((o: { supplierId: number }) => o.supplierId))).toEqual(new Set([farm2.supplierId]));
    expect(two.total).toBe(farm2Orders.length);

    // A refund request on supplier 1's order is supplier 1's to decide.
    const asked = await t.http.post(`/api/orders/${order1}/refund-requests`).set(as(buyer.token)).send({ reason: '不想要了' }).expect(201);
    notFound(await t.http.post(`/api/supplier/refund-requests/${asked.body.id}/accept`).set(as(farm2.token)), 'Order', order1);
    notFound(await t.http.post(`/api/supplier/refund-requests/${asked.body.id}/reject`).set(as(farm2.token)).send({ reason: '不同意' }), 'Order', order1);
    const twoRequests = (await t.http.get('/api/supplier/refund-requests').set(as(farm2.token)).expect(200)).body.items;
    expect(twoRequests.map((r: { id: number }) => r.id)).not.toContain(asked.body.id);
    const oneRequests = (await t.http.get('/api/supplier/refund-requests').set(as(farm1.token)).expect(200)).body.items;
    expect(oneRequests.map((r: { id: number }) => r.id)).toContain(asked.body.id);
    expect((await t.http.get(`/api/orders/${order1}`).set(as(buyer.token)).expect(200)).body).toMatchObject({
      status: 'refunding',
      refundedFen: 0,
      refundRequests: [{ id: asked.body.id, status: 'requested' }],
    });
    const accepted = await t.http.post(`/api/supplier/refund-requests/${asked.body.id}/accept`).set(as(farm1.token)).expect(200);
    expect(accepted.body).toMatchObject({ status: 'refunded', amountFen: 3800 });

    // Supplier 2's own order still ships, and its CSV has only its own orders.
    await t.http.post(`/api/supplier/orders/${order2}/ship`).set(as(farm2.token)).send({ carrier: 'SF', trackingNo: 'SF0000000001' }).expect(200);
    const csv = await t.http.get('/api/supplier/orders/export.csv').set(as(farm2.token)).expect(200);
    expect(csv.text.slice(1, -2).split('\r\n').slice(1).map((row) => Number(row.split(',')[0]))).toEqual([...ids(farm2Orders)].reverse());
  });

  it('answers 403 to a shopper on supplier and staff routes, and 401 without a token', async () => {
    const anyOrder = Number((await t.db.manager.query('SELECT MIN(id) AS id FROM orders'))[0].id);
    const supplierOnly = 'This needs the role supplier';
    const staffOnly = 'This needs the role staff';
    const routes: [method: 'get' | 'post', path: string, body: object | undefined, forShopper: string][] = [
      ['get', '/api/supplier/orders', undefined, supplierOnly],
      ['get', `/api/supplier/orders/${anyOrder}`, undefined, supplierOnly],
      ['post', `/api/supplier/orders/${anyOrder}/ship`, { carrier: 'SF', trackingNo: 'SF0000000009' }, supplierOnly],
      ['get', '/api/supplier/orders/export.csv', undefined, supplierOnly],
      ['get', '/api/supplier/refund-requests', undefined, supplierOnly],
      ['post', '/api/supplier/refund-requests/1/accept', {}, supplierOnly],
      ['post', '/api/supplier/refund-requests/1/reject', { reason: '不同意' }, supplierOnly],
      ['get', '/api/association/refund-requests', undefined, staffOnly],
      ['post', '/api/association/refund-requests/1/decide', { refund: true, reason: '同意退款' }, staffOnly],
      ['post', '/api/association/orders/run-jobs', {}, staffOnly],
    ];
    for (const [method, path, body, forShopper] of routes) {
      const shopperCall = t.http[method](path).set(as(alice.token));
      expectError(await (body ? shopperCall.send(body) : shopperCall), 403, 'FORBIDDEN', forShopper);
      const anonymous = t.http[method](path);
      expectError(await (body ? anonymous.send(body) : anonymous), 401, 'UNAUTHENTICATED', 'Sign in first');
    }
    // Suppliers are not staff, and staff are not suppliers.
    expectError(await t.http.get('/api/association/refund-requests').set(as(farm1.token)), 403, 'FORBIDDEN', staffOnly);
    expectError(await t.http.post('/api/association/refund-requests/1/decide').set(as(farm1.token)).send({ refund: true, reason: '同意退款' }), 403, 'FORBIDDEN', staffOnly);
    expectError(await t.http.get('/api/supplier/orders').set(as(staff)), 403, 'FORBIDDEN', supplierOnly);

    for (const path of ['/api/orders', `/api/orders/${anyOrder}`]) expectError(await t.http.get(path), 401, 'UNAUTHENTICATED', 'Sign in first');
    for (const path of [`/api/orders/${anyOrder}/cancel`, `/api/orders/${anyOrder}/confirm-receipt`, `/api/orders/${anyOrder}/refund-requests`, '/api/checkout']) {
      expectError(await t.http.post(path).send({}), 401, 'UNAUTHENTICATED', 'Sign in first');
    }
    expectError(await t.http.get('/api/payments/1'), 401, 'UNAUTHENTICATED', 'Sign in first');
    expectError(await t.http.get('/api/orders').set({ Authorization: 'Bearer not-a-token' }), 401, 'UNAUTHENTICATED', /.+/);
  });
});
