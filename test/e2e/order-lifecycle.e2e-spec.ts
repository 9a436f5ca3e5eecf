import type { Response } from 'supertest';
import { Clock } from '../../apps/api/src/common/clock';
import { AfterSalesService } from '../../apps/api/src/orders/after-sales.service';
import { OrderJobsService } from '../../apps/api/src/orders/order-jobs.service';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../../apps/api/src/payments/payment-provider';
import { appWithStaff, auth } from '../support/certification';
import { ADDRESS, checkout, ledgerOf, payDev, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

const DAY_MS = 86_400_000;

/** The one error shape, with its exact status and code (and details when given). */
function expectError(res: Response, status: number, code: string, details?: unknown): void {
  expect({ status: res.status, body: res.body }).toEqual({
    status,
    body: { error: { code, message: expect.any(String), ...(details === undefined ? {} : { details }), requestId: expect.any(String) } },
  });
}

const step = (from: string | null, to: string, actor: string, reason: string | null, reasonCode: string, reasonValues: object = {}) => ({
  from,
  to,
  actor,
  reason,
  reasonCode,
  reasonValues,
  at: expect.any(String),
});

describe(`order lifecycle on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  let farm: Seller;

  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
    farm = await seller(t, staff);
  });
  afterAll(() => t.close());

  const order = async (token: string, id: number) => (await t.http.get(`/api/orders/${id}`).set(auth(token)).expect(200)).body;
  const ship = (id: number, body: object = { carrier: 'SF', trackingNo: 'SF1234567890' }, token = farm.token) =>
    t.http.post(`/api/supplier/orders/${id}/ship`).set(auth(token)).send(body);
  const refundRequest = (token: string, id: number, body: object = { reason: '不想要了' }) =>
    t.http.post(`/api/orders/${id}/refund-requests`).set(auth(token)).send(body);
  const paymentRow = async (id: number) => {
    const [row] = await t.db.manager.query('SELECT status, amount_fen, refunded_fen FROM payments WHERE id = ?', [id]);
    return { status: row.status as string, amountFen: Number(row.amount_fen), refundedFen: Number(row.refunded_fen) };
  };
  const movements = async (skuId: number, kind: string) =>
    (await t.db.manager.query('SELECT on_hand_delta, reserved_delta FROM stock_movements WHERE sku_id = ? AND kind = ? ORDER BY id', [skuId, kind])).map(
      (r: { on_hand_delta: number | string; reserved_delta: number | string }) => ({ onHand: Number(r.on_hand_delta), reserved: Number(r.reserved_delta) }),
    );
  /** Checkout of one supplier's goods, paid through the dev cashier; answers the order id and payment. */
  const paidOrder = async (token: string, items: { skuId: number; quantity: number }[]) => {
    const res = await checkout(t, token, items).expect(201);
    await payDev(t, res.body.payment).expect(200);
    return { id: res.body.orders[0].id as number, payment: res.body.payment as { id: number; outTradeNo: string } };
  };

  it('goes checkout → paid → shipped → completed, with every step on the timeline', async () => {
    const tea = await sellableSku(t, staff, farm, 3500, 10);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: tea, quantity: 2 }]).expect(201);
    const id = placed.body.orders[0].id as number;
    // ¥70 is under the ¥99 threshold: ¥8 shipping.
    expect(placed.body.orders).toEqual([{ id, orderNo: expect.stringMatching(/^\d{16}$/), supplierId: farm.supplierId, totalFen: 7800, status: 'pending_payment' }]);
    expect(await stockOf(t, tea)).toEqual({ onHand: 10, reserved: 2, available: 8 });

    const paid = await payDev(t, placed.body.payment).expect(200);
    expect(paid.body).toMatchObject({ id: placed.body.payment.id, status: 'succeeded', amountFen: 7800 });
    expect(await order(buyer.token, id)).toMatchObject({ status: 'paid', totalFen: 7800, refundedFen: 0, shipment: null, paymentId: placed.body.payment.id });
    expect(await stockOf(t, tea)).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect(await ledgerOf(t, tea)).toEqual({ onHand: 8, reserved: 0 });

    // Carrier and tracking number are checked, each error naming its field; nothing moves.
    const badCarrier = await ship(id, { carrier: 'DHL', trackingNo: 'SF1234567890' });
    expectError(badCarrier, 400, 'VALIDATION_FAILED', [{ field: 'carrier', message: expect.any(String) }]);
    expect(badCarrier.body.error.message).toBe('Invalid request: carrier');
    const badTracking = await ship(id, { carrier: 'SF', trackingNo: 'SF-12' });
    expectError(badTracking, 400, 'VALIDATION_FAILED', [{ field: 'trackingNo', message: 'must be 8–30 letters or digits' }]);
    expectError(await ship(id, { carrier: 'SF' }), 400, 'VALIDATION_FAILED', [{ field: 'trackingNo', message: expect.any(String) }]);
    expect((await order(buyer.token, id)).status).toBe('paid');

    const shipped = await ship(id, { carrier: 'SF', trackingNo: 'sf1234567890' }).expect(200);
    expect(shipped.body).toMatchObject({ id, status: 'shipped', shipment: { carrier: 'SF', trackingNo: 'SF1234567890', shippedAt: expect.any(String) } });
    expect(Date.parse(shipped.body.autoCompleteAt) - Date.parse(shipped.body.shipment.shippedAt)).toBe(10 * DAY_MS);
    expect((await order(buyer.token, id)).status).toBe('shipped');

    const done = await t.http.post(`/api/orders/${id}/confirm-receipt`).set(auth(buyer.token)).expect(200);
    expect(done.body).toMatchObject({ id, status: 'completed', autoCompleteAt: null, paymentDueAt: null });
    expect(done.body.timeline).toEqual([
      step(null, 'pending_payment', 'shopper', null, 'placed'),
      step('pending_payment', 'paid', 'system', `payment ${placed.body.payment.outTradeNo}`, 'paid', { tradeNo: placed.body.payment.outTradeNo }),
      step('paid', 'shipped', 'supplier', 'SF SF1234567890', 'shipped', { carrier: 'SF', trackingNo: 'SF1234567890' }),
      step('shipped', 'completed', 'shopper', 'receipt confirmed', 'receipt_confirmed'),
    ]);
    const times = done.body.timeline.map((s: { at: string }) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The supplier sees the same order, and the goods stay sold.
    expect((await t.http.get(`/api/supplier/orders/${id}`).set(auth(farm.token)).expect(200)).body.status).toBe('completed');
    expect(await stockOf(t, tea)).toEqual({ onHand: 8, reserved: 0, available: 8 });
  });

  it('refuses illegal transitions with 409 and records nothing for them', async () => {
    const tea = await sellableSku(t, staff, farm, 2000, 10);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: tea, quantity: 1 }]).expect(201);
    const id = placed.body.orders[0].id as number;

    expectError(await ship(id), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'pending_payment', to: 'shipped' });
    expectError(await refundRequest(buyer.token, id), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'pending_payment', to: 'refunding' });
    expectError(await t.http.post(`/api/orders/${id}/confirm-receipt`).set(auth(buyer.token)), 409, 'ILLEGAL_TRANSITION', {
      orderId: id,
      from: 'pending_payment',
      to: 'completed',
    });

    await payDev(t, placed.body.payment).expect(200);
    expectError(await t.http.post(`/api/orders/${id}/confirm-receipt`).set(auth(buyer.token)), 409, 'ILLEGAL_TRANSITION', {
      orderId: id,
      from: 'paid',
      to: 'completed',
    });
    expectError(await t.http.post(`/api/orders/${id}/cancel`).set(auth(buyer.token)).send({}), 409, 'ILLEGAL_TRANSITION', { from: 'paid', to: 'cancelled' });
    expect(await stockOf(t, tea)).toEqual({ onHand: 9, reserved: 0, available: 9 });

    await ship(id).expect(200);
    expectError(await ship(id, { carrier: 'EMS', trackingNo: 'EM0000000001' }), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'shipped', to: 'shipped' });
    expectError(await t.http.post(`/api/orders/${id}/cancel`).set(auth(buyer.token)).send({}), 409, 'ILLEGAL_TRANSITION', { from: 'shipped', to: 'cancelled' });

    await t.http.post(`/api/orders/${id}/confirm-receipt`).set(auth(buyer.token)).expect(200);
    expectError(await refundRequest(buyer.token, id), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'completed', to: 'refunding' });
    expectError(await t.http.post(`/api/orders/${id}/confirm-receipt`).set(auth(buyer.token)), 409, 'ILLEGAL_TRANSITION', {
      orderId: id,
      from: 'completed',
      to: 'completed',
    });

    const final = await order(buyer.token, id);
    expect(final.shipment).toEqual({ carrier: 'SF', trackingNo: 'SF1234567890', shippedAt: expect.any(String) });
    expect(final.timeline.map((s: { to: string }) => s.to)).toEqual(['pending_payment', 'paid', 'shipped', 'completed']);
    expect(final.refundRequests).toEqual([]);
    expect(await stockOf(t, tea)).toEqual({ onHand: 9, reserved: 0, available: 9 });
    expect(await ledgerOf(t, tea)).toEqual({ onHand: 9, reserved: 0 });
  });

  it('refunds a paid, unshipped order in full: money back through the provider, goods back on sale', async () => {
    const tea = await sellableSku(t, staff, farm, 3000, 10);
    const buyer = await shopper(t);
    const { id, payment } = await paidOrder(buyer.token, [{ skuId: tea, quantity: 2 }]);
    expect(await stockOf(t, tea)).toEqual({ onHand: 8, reserved: 0, available: 8 });
    // "Sort by sales" counts what was sold, and what was refunded no longer.
    const salesOf = async () => Number((await t.db.manager.query('SELECT p.sales_count AS n FROM products p JOIN skus s ON s.product_id = p.id WHERE s.id = ?', [tea]))[0].n);
    expect(await salesOf()).toBe(2);
    const before = await order(buyer.token, id);
    expect(before.totalFen).toBe(6800);

    const requested = await refundRequest(buyer.token, id, { reason: '拍错了规格' }).expect(201);
    expect(requested.body).toEqual({
      id: expect.any(Number),
      orderId: id,
      status: 'requested',
      reason: '拍错了规格',
      photos: [],
      lines: [{ lineId: before.lines[0].id, quantity: 2 }],
      amountFen: 6800,
      decisionReason: null,
      createdAt: expect.any(String),
      resolvedAt: null,
    });
    expect((await order(buyer.token, id)).status).toBe('refunding');
    // While one request is open, a second one is refused.
    expectError(await refundRequest(buyer.token, id), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'refunding', to: 'refunding' });
    // The goods stay in the warehouse while the refund is open: shipping now would hand the shopper both.
    expectError(await ship(id), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'refunding', to: 'shipped' });
    expect((await order(buyer.token, id)).shipment).toBeNull();
    const waiting = await t.http.get('/api/supplier/refund-requests?status=requested').set(auth(farm.token)).expect(200);
    expect(waiting.body.items).toContainEqual(requested.body);

    const accepted = await t.http.post(`/api/supplier/refund-requests/${requested.body.id}/accept`).set(auth(farm.token)).expect(200);
    expect(accepted.body).toEqual({ ...requested.body, status: 'refunded', resolvedAt: expect.any(String) });

    const after = await order(buyer.token, id);
    expect(after).toMatchObject({ status: 'refunded', totalFen: 6800, refundedFen: 6800 });
    expect(after.lines.map((l: { refundedQuantity: number }) => l.refundedQuantity)).toEqual([2]);
    expect(after.refundRequests).toEqual([accepted.body]);
    expect(after.timeline.slice(2)).toEqual([step('paid', 'refunding', 'shopper', '拍错了规格', 'refund_requested', { note: '拍错了规格' }), step('refunding', 'refunded', 'supplier', 'refunded 6800 fen', 'refunded', { amountFen: 6800 })]);
    expect(await stockOf(t, tea)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect(await ledgerOf(t, tea)).toEqual({ onHand: 10, reserved: 0 });
    expect(await movements(tea, 'return')).toEqual([{ onHand: 2, reserved: 0 }]);
    expect(await salesOf()).toBe(0);
    expect(await paymentRow(payment.id)).toEqual({ status: 'succeeded', amountFen: 6800, refundedFen: 6800 });
    const refunds = await t.db.manager.query('SELECT out_request_no, amount_fen, status FROM payment_refunds WHERE payment_id = ?', [payment.id]);
    expect(refunds.map((r: { out_request_no: string; amount_fen: number | string; status: string }) => [r.out_request_no, Number(r.amount_fen), r.status])).toEqual([
      [`${payment.outTradeNo}R${requested.body.id}`, 6800, 'succeeded'],
    ]);

    // Done is done: accepting again, or asking again, is a conflict and moves no money.
    expectError(await t.http.post(`/api/supplier/refund-requests/${requested.body.id}/accept`).set(auth(farm.token)), 409, 'REFUND_STATE_CONFLICT', {
      status: 'refunded',
    });
    expectError(await refundRequest(buyer.token, id), 409, 'ILLEGAL_TRANSITION', { orderId: id, from: 'refunded', to: 'refunding' });
    expect(await paymentRow(payment.id)).toEqual({ status: 'succeeded', amountFen: 6800, refundedFen: 6800 });
  });

  it('refunds a shipped order line by line: the order returns to shipped, then the rest (with shipping) refunds it', async () => {
    const tea = await sellableSku(t, staff, farm, 2000, 10);
    const honey = await sellableSku(t, staff, farm, 1500, 10, '佛坪土蜂蜜');
    const buyer = await shopper(t);
    const { id, payment } = await paidOrder(buyer.token, [
      { skuId: tea, quantity: 2 },
      { skuId: honey, quantity: 1 },
    ]);
    await ship(id).expect(200);
    const placed = await order(buyer.token, id);
    expect(placed).toMatchObject({ status: 'shipped', itemsFen: 5500, shippingFen: 800, totalFen: 6300 });
    const teaLine = placed.lines.find((l: { skuId: number }) => l.skuId === tea).id as number;
    const honeyLine = placed.lines.find((l: { skuId: number }) => l.skuId === honey).id as number;

    // One of the two tea tins.
    const first = await refundRequest(buyer.token, id, { reason: '一罐破损', photos: ['/media/u/broken.jpg'], lines: [{ lineId: teaLine, quantity: 1 }] }).expect(201);
    expect(first.body).toMatchObject({ status: 'requested', amountFen: 2000, photos: ['/media/u/broken.jpg'], lines: [{ lineId: teaLine, quantity: 1 }] });
    await t.http.post(`/api/supplier/refund-requests/${first.body.id}/accept`).set(auth(farm.token)).expect(200);

    const partly = await order(buyer.token, id);
    expect(partly).toMatchObject({ status: 'shipped', totalFen: 6300, refundedFen: 2000, shipment: { carrier: 'SF', trackingNo: 'SF1234567890' } });
    expect(partly.autoCompleteAt).toEqual(expect.any(String));
    expect(partly.lines.map((l: { id: number; refundedQuantity: number }) => [l.id, l.refundedQuantity])).toEqual([
      [teaLine, 1],
      [honeyLine, 0],
    ]);
    expect(partly.timeline.slice(3)).toEqual([step('shipped', 'refunding', 'shopper', '一罐破损', 'refund_requested', { note: '一罐破损' }), step('refunding', 'shipped', 'supplier', 'partly refunded: 2000 fen', 'partly_refunded', { amountFen: 2000 })]);
    // Shipped goods are with the shopper: nothing goes back on the shelf.
    expect(await stockOf(t, tea)).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect(await stockOf(t, honey)).toEqual({ onHand: 9, reserved: 0, available: 9 });
    expect(await movements(tea, 'return')).toEqual([]);
    expect(await paymentRow(payment.id)).toEqual({ status: 'succeeded', amountFen: 6300, refundedFen: 2000 });

    // More than is left of a line, or a line of another order, is refused.
    expectError(await refundRequest(buyer.token, id, { reason: '再退', lines: [{ lineId: teaLine, quantity: 2 }] }), 400, 'VALIDATION_FAILED', [
      { field: 'lines.0.quantity', message: 'must be at most 1' },
    ]);
    expectError(await refundRequest(buyer.token, id, { reason: '再退', lines: [{ lineId: 999_999, quantity: 1 }] }), 400, 'VALIDATION_FAILED', [
      { field: 'lines.0.lineId', message: expect.any(String) },
    ]);
    expect((await order(buyer.token, id)).status).toBe('shipped');

    // The rest: the other tin, the honey and the shipping fee.
    const rest = await refundRequest(buyer.token, id, { reason: '全部退掉' }).expect(201);
    expect(rest.body).toMatchObject({
      amountFen: 4300,
      lines: [
        { lineId: teaLine, quantity: 1 },
        { lineId: honeyLine, quantity: 1 },
      ],
    });
    const accepted = await t.http.post(`/api/supplier/refund-requests/${rest.body.id}/accept`).set(auth(farm.token)).expect(200);
    expect(accepted.body.status).toBe('refunded');

    const refunded = await order(buyer.token, id);
    expect(refunded).toMatchObject({ status: 'refunded', totalFen: 6300, refundedFen: 6300 });
    expect(refunded.lines.map((l: { refundedQuantity: number }) => l.refundedQuantity)).toEqual([2, 1]);
    expect(refunded.refundRequests.map((r: { amountFen: number; status: string }) => [r.amountFen, r.status])).toEqual([
      [2000, 'refunded'],
      [4300, 'refunded'],
    ]);
    expect(refunded.timeline.slice(-2)).toEqual([step('shipped', 'refunding', 'shopper', '全部退掉', 'refund_requested', { note: '全部退掉' }), step('refunding', 'refunded', 'supplier', 'refunded 4300 fen', 'refunded', { amountFen: 4300 })]);
    expect(await paymentRow(payment.id)).toEqual({ status: 'succeeded', amountFen: 6300, refundedFen: 6300 });
    expect(await stockOf(t, tea)).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect(await ledgerOf(t, honey)).toEqual({ onHand: 9, reserved: 0 });
  });

  it('a refused refund returns the order; the shopper escalates and staff arbitrate: refund, or decline', async () => {
    const tea = await sellableSku(t, staff, farm, 5000, 10);
    const buyer = await shopper(t);
    const rejectRefund = (requestId: number, reason: string) =>
      t.http.post(`/api/supplier/refund-requests/${requestId}/reject`).set(auth(farm.token)).send({ reason });
    const escalate = (orderId: number, requestId: number) => t.http.post(`/api/orders/${orderId}/refund-requests/${requestId}/escalate`).set(auth(buyer.token));
    const decide = (requestId: number, body: object) => t.http.post(`/api/association/refund-requests/${requestId}/decide`).set(auth(staff)).send(body);

    // 1. A paid order: refused, escalated, refunded by the association.
    const paid = await paidOrder(buyer.token, [{ skuId: tea, quantity: 1 }]);
    const asked = await refundRequest(buyer.token, paid.id, { reason: '等太久了' }).expect(201);
    // Only a refused request can be escalated.
    expectError(await escalate(paid.id, asked.body.id), 409, 'ILLEGAL_TRANSITION', { orderId: paid.id, from: 'refunding', to: 'refunding' });
    const rejected = await rejectRefund(asked.body.id, '已经在打包').expect(200);
    expect(rejected.body).toEqual({ ...asked.body, status: 'rejected', decisionReason: '已经在打包', resolvedAt: expect.any(String) });
    const back = await order(buyer.token, paid.id);
    expect(back).toMatchObject({ status: 'paid', refundedFen: 0 });
    expect(back.timeline.slice(-2)).toEqual([step('paid', 'refunding', 'shopper', '等太久了', 'refund_requested', { note: '等太久了' }), step('refunding', 'paid', 'supplier', 'refund refused: 已经在打包', 'refund_refused', { note: '已经在打包' })]);
    // Refused once is final for the supplier.
    expectError(await t.http.post(`/api/supplier/refund-requests/${asked.body.id}/accept`).set(auth(farm.token)), 409, 'REFUND_STATE_CONFLICT', {
      status: 'rejected',
    });

    const escalated = await escalate(paid.id, asked.body.id).expect(200);
    expect(escalated.body).toMatchObject({ id: asked.body.id, status: 'escalated', decisionReason: '已经在打包' });
    expect((await order(buyer.token, paid.id)).status).toBe('refunding');
    const queue = await t.http.get('/api/association/refund-requests').set(auth(staff)).expect(200);
    expect(queue.body).toEqual({ items: [escalated.body], total: 1 });
    expectError(await decide(asked.body.id, { refund: true }), 400, 'VALIDATION_FAILED', [{ field: 'reason', message: expect.any(String) }]);

    const granted = await decide(asked.body.id, { refund: true, reason: '超过发货时限' }).expect(200);
    expect(granted.body).toMatchObject({ id: asked.body.id, status: 'refunded', decisionReason: '超过发货时限', amountFen: 5800, resolvedAt: expect.any(String) });
    const refunded = await order(buyer.token, paid.id);
    expect(refunded).toMatchObject({ status: 'refunded', refundedFen: 5800 });
    expect(refunded.timeline.slice(-2)).toEqual([
      step('paid', 'refunding', 'shopper', 'refund taken to the association', 'escalated'),
      step('refunding', 'refunded', 'staff', 'refunded 5800 fen', 'refunded', { amountFen: 5800 }),
    ]);
    expect(await stockOf(t, tea)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect(await paymentRow(paid.payment.id)).toEqual({ status: 'succeeded', amountFen: 5800, refundedFen: 5800 });
    expect((await t.http.get('/api/association/refund-requests').set(auth(staff)).expect(200)).body).toEqual({ items: [], total: 0 });

    // 2. A shipped order: refused, escalated, declined by the association; the order goes back to shipped.
    const second = await paidOrder(buyer.token, [{ skuId: tea, quantity: 1 }]);
    await ship(second.id).expect(200);
    const asked2 = await refundRequest(buyer.token, second.id, { reason: '味道不对' }).expect(201);
    await rejectRefund(asked2.body.id, '商品无质量问题').expect(200);
    expect((await order(buyer.token, second.id)).status).toBe('shipped');
    await escalate(second.id, asked2.body.id).expect(200);
    expect((await order(buyer.token, second.id)).status).toBe('refunding');

    const declined = await decide(asked2.body.id, { refund: false, reason: '检测合格，不予退款' }).expect(200);
    expect(declined.body).toMatchObject({ id: asked2.body.id, status: 'declined', decisionReason: '检测合格，不予退款', resolvedAt: expect.any(String) });
    const kept = await order(buyer.token, second.id);
    expect(kept).toMatchObject({ status: 'shipped', refundedFen: 0 });
    expect(kept.timeline.slice(-2)).toEqual([
      step('shipped', 'refunding', 'shopper', 'refund taken to the association', 'escalated'),
      step('refunding', 'shipped', 'staff', 'refund declined by the association: 检测合格，不予退款', 'refund_declined', { note: '检测合格，不予退款' }),
    ]);
    expect(await paymentRow(second.payment.id)).toEqual({ status: 'succeeded', amountFen: 5800, refundedFen: 0 });
    expect(await stockOf(t, tea)).toEqual({ onHand: 9, reserved: 0, available: 9 });
    // The association's word is final.
    expectError(await decide(asked2.body.id, { refund: true, reason: '再议一次' }), 409, 'REFUND_STATE_CONFLICT', { status: 'declined' });
    expectError(await escalate(second.id, asked2.body.id), 409, 'REFUND_STATE_CONFLICT', { status: 'declined' });
    expect((await t.http.get('/api/association/refund-requests?status=declined').set(auth(staff)).expect(200)).body).toEqual({ items: [declined.body], total: 1 });
  });

  it('an old refused request cannot be escalated once a later refund has changed the order', async () => {
    const tea = await sellableSku(t, staff, farm, 4000, 10);
    const buyer = await shopper(t);
    const { id, payment } = await paidOrder(buyer.token, [{ skuId: tea, quantity: 3 }]);
    const line = (await order(buyer.token, id)).lines[0].id as number;
    // The whole order is refused...
    const whole = await refundRequest(buyer.token, id, { reason: '全部退' }).expect(201);
    expect(whole.body.amountFen).toBe(12000);
    await t.http.post(`/api/supplier/refund-requests/${whole.body.id}/reject`).set(auth(farm.token)).send({ reason: '不同意' }).expect(200);
    // ...then one tin is refunded...
    const one = await refundRequest(buyer.token, id, { reason: '退一罐', lines: [{ lineId: line, quantity: 1 }] }).expect(201);
    await t.http.post(`/api/supplier/refund-requests/${one.body.id}/accept`).set(auth(farm.token)).expect(200);
    expect(await order(buyer.token, id)).toMatchObject({ status: 'paid', refundedFen: 4000 });
    // ...so the first request no longer describes what could be refunded: escalating it would refund too much.
    expectError(await t.http.post(`/api/orders/${id}/refund-requests/${whole.body.id}/escalate`).set(auth(buyer.token)), 409, 'REFUND_STATE_CONFLICT', expect.anything());
    expect(await order(buyer.token, id)).toMatchObject({ status: 'paid', refundedFen: 4000 });
    expect(await paymentRow(payment.id)).toEqual({ status: 'succeeded', amountFen: 12000, refundedFen: 4000 });
  });

  it('cancelling one unpaid order cancels its whole multi-supplier checkout, releases every hold and closes the payment', async () => {
    const other = await seller(t, staff, { flatFeeFen: 1000, freeOverFen: null });
    const tea = await sellableSku(t, staff, farm, 2500, 10);
    const honey = await sellableSku(t, staff, other, 4500, 5, '佛坪土蜂蜜');
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [
      { skuId: tea, quantity: 3 },
      { skuId: honey, quantity: 2 },
    ]).expect(201);
    const [teaOrder, honeyOrder] = placed.body.orders.map((o: { id: number }) => o.id);
    expect(await stockOf(t, tea)).toEqual({ onHand: 10, reserved: 3, available: 7 });
    expect(await stockOf(t, honey)).toEqual({ onHand: 5, reserved: 2, available: 3 });

    const cancelled = await t.http.post(`/api/orders/${honeyOrder}/cancel`).set(auth(buyer.token)).send({ reason: '地址写错了' }).expect(200);
    expect(cancelled.body).toMatchObject({ id: honeyOrder, status: 'cancelled', paymentDueAt: null });
    expect(cancelled.body.timeline).toEqual([step(null, 'pending_payment', 'shopper', null, 'placed'), step('pending_payment', 'cancelled', 'shopper', '地址写错了', 'cancelled_by_shopper', { note: '地址写错了' })]);
    const sibling = await order(buyer.token, teaOrder);
    expect(sibling.status).toBe('cancelled');
    expect(sibling.timeline).toEqual([step(null, 'pending_payment', 'shopper', null, 'placed'), step('pending_payment', 'cancelled', 'shopper', '地址写错了', 'cancelled_by_shopper', { note: '地址写错了' })]);

    expect(await stockOf(t, tea)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect(await stockOf(t, honey)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    expect(await ledgerOf(t, tea)).toEqual({ onHand: 10, reserved: 0 });
    expect(await ledgerOf(t, honey)).toEqual({ onHand: 5, reserved: 0 });
    expect(await movements(tea, 'release')).toEqual([{ onHand: 0, reserved: -3 }]);
    expect(await movements(honey, 'release')).toEqual([{ onHand: 0, reserved: -2 }]);

    const payment = await t.http.get(`/api/payments/${placed.body.payment.id}`).set(auth(buyer.token)).expect(200);
    expect(payment.body).toEqual({ ...placed.body.payment, status: 'closed' });
    expectError(
      await t.http.post(`/api/payments/${placed.body.payment.id}/start`).set(auth(buyer.token)).send({ method: 'page' }),
      409,
      'PAYMENT_NOT_PAYABLE',
      { status: 'closed' },
    );
    expectError(await t.http.post(`/api/orders/${teaOrder}/cancel`).set(auth(buyer.token)).send({}), 409, 'ILLEGAL_TRANSITION', { from: 'cancelled', to: 'cancelled' });
    expect(await stockOf(t, tea)).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('lists a supplier its own orders by status and China-date range, and exports them as CSV', async () => {
    const mine = await seller(t, staff);
    const rival = await seller(t, staff);
    const tea = await sellableSku(t, staff, mine, 3300, 50, '=HYPERLINK("http://evil.example","点我")');
    const honey = await sellableSku(t, staff, mine, 12000, 50, '佛坪土蜂蜜');
    const rivalSku = await sellableSku(t, staff, rival, 1000, 50, '别家的茶');
    const buyer = await shopper(t);

    const a = await paidOrder(buyer.token, [
      { skuId: tea, quantity: 2 },
      { skuId: honey, quantity: 1 },
    ]);
    const b = (await checkout(t, buyer.token, [{ skuId: tea, quantity: 1 }]).expect(201)).body.orders[0].id as number;
    const c = await paidOrder(buyer.token, [{ skuId: honey, quantity: 1 }]);
    await t.http.post(`/api/supplier/orders/${c.id}/ship`).set(auth(mine.token)).send({ carrier: 'YTO', trackingNo: 'YT9876543210' }).expect(200);
    const r = await paidOrder(buyer.token, [{ skuId: rivalSku, quantity: 1 }]);

    // Creation times set by hand (UTC), to put the orders on known China days.
    const createdAt = { [a.id]: '2026-01-10 03:00:00', [b]: '2026-01-20 09:30:00', [c.id]: '2026-01-09 16:00:00', [r.id]: '2026-01-10 03:00:00' };
    for (const [id, at] of Object.entries(createdAt)) await t.db.manager.query('UPDATE orders SET created_at = ? WHERE id = ?', [at, Number(id)]);

    const list = async (query: string) => {
      const res = await t.http.get(`/api/supplier/orders${query}`).set(auth(mine.token)).expect(200);
      return { ids: res.body.items.map((o: { id: number }) => o.id), total: res.body.total };
    };
    expect(await list('')).toEqual({ ids: [c.id, b, a.id], total: 3 });
    expect(await list('?status=paid')).toEqual({ ids: [a.id], total: 1 });
    expect(await list('?status=pending_payment')).toEqual({ ids: [b], total: 1 });
    expect(await list('?status=refunded')).toEqual({ ids: [], total: 0 });
    // 2026-01-09 16:00 UTC is midnight starting 10 January in China.
    expect(await list('?from=2026-01-10&to=2026-01-10')).toEqual({ ids: [c.id, a.id], total: 2 });
    expect(await list('?to=2026-01-09')).toEqual({ ids: [], total: 0 });
    expect(await list('?from=2026-01-11')).toEqual({ ids: [b], total: 1 });
    expect(await list('?from=2026-01-10&status=shipped')).toEqual({ ids: [c.id], total: 1 });
    expect(await list('?pageSize=2&page=2')).toEqual({ ids: [a.id], total: 3 });
    expectError(await t.http.get('/api/supplier/orders?from=10.01.2026').set(auth(mine.token)), 400, 'VALIDATION_FAILED', [
      { field: 'from', message: 'must be a calendar date, YYYY-MM-DD' },
    ]);
    const summary = (await t.http.get('/api/supplier/orders?status=paid').set(auth(mine.token)).expect(200)).body.items[0];
    expect(summary).toMatchObject({ id: a.id, supplierId: mine.supplierId, itemsFen: 18600, shippingFen: 0, totalFen: 18600, lineCount: 2 });

    const csv = await t.http.get('/api/supplier/orders/export.csv').set(auth(mine.token)).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="orders-all-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const rows = csv.text.slice(1, -2).split('\r\n');
    const address = `${ADDRESS.name},${ADDRESS.phone},${ADDRESS.province}${ADDRESS.city}${ADDRESS.district}${ADDRESS.detail}`;
    expect(address).toBe('王小明,13900001111,陕西省汉中市汉台区中山街 18 号 2 单元 301');
    expect(rows).toEqual([
      '订单号 order,下单时间 created (UTC+8),状态 status,商品 product,规格 spec,单价 unit price,数量 qty,小计 line total,运费 shipping,订单金额 order total,收货人 name,电话 phone,地址 address,快递 carrier,运单号 tracking',
      `${a.id},2026-01-10 11:00:00,paid,"'=HYPERLINK(""http://evil.example"",""点我"")",罐装 250g,33.00,2,66.00,0.00,186.00,${address},,`,
      `${a.id},2026-01-10 11:00:00,paid,佛坪土蜂蜜,罐装 250g,120.00,1,120.00,0.00,186.00,${address},,`,
      `${b},2026-01-20 17:30:00,pending_payment,"'=HYPERLINK(""http://evil.example"",""点我"")",罐装 250g,33.00,1,33.00,8.00,41.00,${address},,`,
      `${c.id},2026-01-10 00:00:00,shipped,佛坪土蜂蜜,罐装 250g,120.00,1,120.00,0.00,120.00,${address},YTO,YT9876543210`,
    ]);
    expect(csv.text).not.toContain('别家的茶');

    const filtered = await t.http.get('/api/supplier/orders/export.csv?status=shipped&from=2026-01-10&to=2026-01-10').set(auth(mine.token)).expect(200);
    expect(filtered.headers['content-disposition']).toBe('attachment; filename="orders-2026-01-10-2026-01-10.csv"');
    expect(filtered.text.slice(1, -2).split('\r\n').slice(1)).toEqual([rows[4]]);
    const rivals = await t.http.get('/api/supplier/orders/export.csv').set(auth(rival.token)).expect(200);
    expect(rivals.text.slice(1, -2).split('\r\n').map((row) => row.split(',')[0])).toEqual(['订单号 order', String(r.id)]);
  });
});

describe(`a supplier's CSV export of more than 20,000 orders on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('streams every order line, none cut off', async () => {
    const staff = (await signIn(t, '13700009001', 'staff')).token;
    const farm = await seller(t, staff, { flatFeeFen: 0, freeOverFen: null });
    const tea = await sellableSku(t, staff, farm, 1200, 10);
    const buyer = await shopper(t);
    await checkout(t, buyer.token, [{ skuId: tea, quantity: 1 }]).expect(201);
    // A year of orders, made by doubling the first one fifteen times (32,768) rather than by 32,768 checkouts.
    const orderColumns = 'checkout_id, user_id, supplier_id, status, items_fen, shipping_fen, total_fen, refunded_fen, address, channel, payment_due_at, created_at, updated_at';
    for (let i = 0; i < 15; i++) {
      // Each copy gets a number no other row has: the round's own millions plus the id it was copied from.
      await t.db.manager.query(`INSERT INTO orders (order_no, ${orderColumns}) SELECT ${(i + 1) * 1_000_000} + id, ${orderColumns} FROM orders WHERE supplier_id = ?`, [farm.supplierId]);
    }
    const lineColumns = 'sku_id, product_id, location_id, product_name, sku_spec, unit_price_fen, quantity, line_total_fen, refunded_quantity';
    const [first] = await t.db.manager.query('SELECT MIN(id) AS id FROM orders WHERE supplier_id = ?', [farm.supplierId]);
    await t.db.manager.query(
      `INSERT INTO order_lines (order_id, ${lineColumns}) SELECT o.id, ${lineColumns.split(', ').map((c) => `l.${c}`).join(', ')} FROM orders o JOIN order_lines l ON l.order_id = ? WHERE o.supplier_id = ? AND o.id <> ?`,
      [first.id, farm.supplierId, first.id],
    );
    const csv = await t.http.get('/api/supplier/orders/export.csv').set(auth(farm.token)).expect(200);
    const rows = csv.text.slice(1, -2).split('\r\n');
    expect(rows).toHaveLength(1 + 32_768);
    expect(new Set(rows.slice(1).map((row) => row.split(',')[0])).size).toBe(32_768);
    expect(rows[32_768]).toMatch(/,西乡午子仙毫,罐装 250g,12\.00,1,12\.00,0\.00,12\.00,/);
  });
});

describe(`order jobs (auto-completion, refund retries) on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => ({ t, staff } = await appWithStaff()));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  it('completes a shipped order 10 days after shipping, as the system, and not a second earlier', async () => {
    const farm = await seller(t, staff);
    const tea = await sellableSku(t, staff, farm, 3500, 10);
    const buyer = await shopper(t);
    const clock = t.app.get(Clock);
    const jobs = t.app.get(OrderJobsService);
    const shippedAt = Math.floor(Date.now() / 1000) * 1000;
    const at = (ms: number) => jest.spyOn(clock, 'now').mockReturnValue(new Date(ms));

    at(shippedAt - 60_000);
    const placed = await checkout(t, buyer.token, [{ skuId: tea, quantity: 1 }]).expect(201);
    const id = placed.body.orders[0].id as number;
    await payDev(t, placed.body.payment).expect(200);
    at(shippedAt);
    const shipped = await t.http.post(`/api/supplier/orders/${id}/ship`).set(auth(farm.token)).send({ carrier: 'JD', trackingNo: 'JD0012345678' }).expect(200);
    expect(shipped.body.shipment.shippedAt).toBe(new Date(shippedAt).toISOString());
    expect(shipped.body.autoCompleteAt).toBe(new Date(shippedAt + 10 * DAY_MS).toISOString());

    at(shippedAt + 10 * DAY_MS - 1000);
    expect(await jobs.autoComplete()).toBe(0);
    expect((await t.http.get(`/api/orders/${id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('shipped');

    at(shippedAt + 10 * DAY_MS + 1000);
    expect(await jobs.autoComplete()).toBe(1);
    const done = (await t.http.get(`/api/orders/${id}`).set(auth(buyer.token)).expect(200)).body;
    expect(done.status).toBe('completed');
    expect(done.timeline.at(-1)).toEqual({
      from: 'shipped',
      to: 'completed',
      actor: 'system',
      reason: 'no complaint within 10 days of shipping',
      reasonCode: 'auto_completed',
      reasonValues: { days: 10 },
      at: new Date(shippedAt + 10 * DAY_MS + 1000).toISOString(),
    });
    expect(done.timeline.map((s: { to: string }) => s.to)).toEqual(['pending_payment', 'paid', 'shipped', 'completed']);
    // Nothing left to do, by the job or through the staff route; a completed order cannot be refunded.
    expect(await jobs.autoComplete()).toBe(0);
    expect((await t.http.post('/api/association/orders/run-jobs').set(auth(staff)).expect(200)).body).toEqual({ expired: 0, completed: 0, refundsRetried: 0 });
    expectError(await t.http.post(`/api/orders/${id}/refund-requests`).set(auth(buyer.token)).send({ reason: '太晚了' }), 409, 'ILLEGAL_TRANSITION', {
      orderId: id,
      from: 'completed',
      to: 'refunding',
    });
    expect(await stockOf(t, tea)).toEqual({ onHand: 9, reserved: 0, available: 9 });
  });

  /** A paid and shipped order of two tins, shipped at the given instant; the clock stays there. */
  async function shippedOrder(shippedAt: number) {
    const farm = await seller(t, staff);
    const tea = await sellableSku(t, staff, farm, 3500, 10);
    const buyer = await shopper(t);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(shippedAt));
    const placed = await checkout(t, buyer.token, [{ skuId: tea, quantity: 2 }]).expect(201);
    const id = placed.body.orders[0].id as number;
    await payDev(t, placed.body.payment).expect(200);
    await t.http.post(`/api/supplier/orders/${id}/ship`).set(auth(farm.token)).send({ carrier: 'ZTO', trackingNo: 'ZT0012345678' }).expect(200);
    const line = (await t.http.get(`/api/orders/${id}`).set(auth(buyer.token)).expect(200)).body.lines[0].id as number;
    const get = async () => (await t.http.get(`/api/orders/${id}`).set(auth(buyer.token)).expect(200)).body;
    const askOneTin = () =>
      t.http
        .post(`/api/orders/${id}/refund-requests`)
        .set(auth(buyer.token))
        .send({ reason: '少了一罐', lines: [{ lineId: line, quantity: 1 }] })
        .expect(201);
    const accept = (requestId: number) => t.http.post(`/api/supplier/refund-requests/${requestId}/accept`).set(auth(farm.token)).expect(200);
    return { id, get, askOneTin, accept };
  }

  it('does not complete an order while it is being refunded', async () => {
    const clock = t.app.get(Clock);
    const jobs = t.app.get(OrderJobsService);
    const shippedAt = Math.floor(Date.now() / 1000) * 1000 + 30 * DAY_MS;
    const o = await shippedOrder(shippedAt);
    const asked = await o.askOneTin();

    jest.spyOn(clock, 'now').mockReturnValue(new Date(shippedAt + 11 * DAY_MS));
    expect(await jobs.autoComplete()).toBe(0);
    expect((await o.get()).status).toBe('refunding');
    await o.accept(asked.body.id);
    expect(await o.get()).toMatchObject({ status: 'shipped', refundedFen: 3500 });
  });

  // Fails today because of a bug outside the orders service (see the report): OrderTransitions stamps
  // shippedAt again when a partial refund returns an order to shipped, so the shipment's date changes and
  // auto-completion is pushed back by the refund. Turn this into a plain `it` once order-process.ts is fixed.
  it('keeps the shipping time when a partial refund returns the order to shipped', async () => {
    const clock = t.app.get(Clock);
    const jobs = t.app.get(OrderJobsService);
    const shippedAt = Math.floor(Date.now() / 1000) * 1000 + 60 * DAY_MS;
    const o = await shippedOrder(shippedAt);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(shippedAt + 2 * DAY_MS));
    await o.accept((await o.askOneTin()).body.id);

    const back = await o.get();
    expect(back.status).toBe('shipped');
    expect(back.shipment.shippedAt).toBe(new Date(shippedAt).toISOString());
    expect(back.autoCompleteAt).toBe(new Date(shippedAt + 10 * DAY_MS).toISOString());
    jest.spyOn(clock, 'now').mockReturnValue(new Date(shippedAt + 10 * DAY_MS + 1000));
    await jobs.autoComplete();
    expect((await o.get()).status).toBe('completed');
  });

  /** A paid order of one ¥30 tin (¥38 with shipping) with an open refund request for all of it. */
  async function refundAsked() {
    const farm = await seller(t, staff);
    const tea = await sellableSku(t, staff, farm, 3000, 10);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: tea, quantity: 1 }]).expect(201);
    const id = placed.body.orders[0].id as number;
    await payDev(t, placed.body.payment).expect(200);
    const asked = await t.http.post(`/api/orders/${id}/refund-requests`).set(auth(buyer.token)).send({ reason: '不要了' }).expect(201);
    const state = async () => {
      const order = (await t.http.get(`/api/orders/${id}`).set(auth(buyer.token)).expect(200)).body;
      const [payment] = await t.db.manager.query('SELECT refunded_fen FROM payments WHERE id = ?', [placed.body.payment.id]);
      return { order: order.status, refundedFen: order.refundedFen, request: order.refundRequests[0].status, heldOnPayment: Number(payment.refunded_fen) };
    };
    const accept = () => t.http.post(`/api/supplier/refund-requests/${asked.body.id}/accept`).set(auth(farm.token));
    return { tea, state, accept };
  }

  it('retries a refund the provider refused, once per request even when two instances run the job at once', async () => {
    const provider = t.app.get<PaymentProvider>(PAYMENT_PROVIDER);
    const r = await refundAsked();
    const sends = jest.spyOn(provider, 'refund').mockResolvedValueOnce({ status: 'failed', failure: 'SYSTEM_ERROR', exchange: { request: {}, response: 'SYSTEM_ERROR' } });
    expect((await r.accept().expect(200)).body.status).toBe('failed');
    expect(await r.state()).toEqual({ order: 'refunding', refundedFen: 0, request: 'failed', heldOnPayment: 0 });

    // Not before five minutes have passed...
    const jobs = t.app.get(OrderJobsService);
    expect((await jobs.runAll()).refundsRetried).toBe(0);
    // ...then exactly once, however many instances try.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 6 * 60_000));
    const afterSales = t.app.get(AfterSalesService);
    const retried = await Promise.all([afterSales.retryStalled(), afterSales.retryStalled()]);
    expect(retried.sort()).toEqual([0, 1]);
    expect(sends).toHaveBeenCalledTimes(2);
    expect(await r.state()).toEqual({ order: 'refunded', refundedFen: 3800, request: 'refunded', heldOnPayment: 3800 });
    expect(await stockOf(t, r.tea)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect((await jobs.runAll()).refundsRetried).toBe(0);
  });

  // Fails today because of a bug in PaymentsService.refund (see the report): a refund whose provider call never
  // reported back (the process died, or the call threw) is still 'requested' with its amount held on the
  // payment; the retry holds the amount a second time, which for a full refund exceeds the payment, so the
  // retry fails with REFUND_EXCEEDS_PAYMENT on every run and the order stays refunding for ever.
  // Turn this into a plain `it` once payments.service.ts is fixed.
  it('completes a refund whose provider call died midway, without holding the money twice', async () => {
    const provider = t.app.get<PaymentProvider>(PAYMENT_PROVIDER);
    const r = await refundAsked();
    jest.spyOn(provider, 'refund').mockRejectedValueOnce(new Error('socket hang up'));
    await r.accept().expect(500);
    expect(await r.state()).toEqual({ order: 'refunding', refundedFen: 0, request: 'refunding', heldOnPayment: 3800 });

    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 6 * 60_000));
    await t.app.get(AfterSalesService).retryStalled();
    expect(await r.state()).toEqual({ order: 'refunded', refundedFen: 3800, request: 'refunded', heldOnPayment: 3800 });
  });
});
