import { Clock } from '../../apps/api/src/common/clock';
import { AfterSalesService } from '../../apps/api/src/orders/after-sales.service';
import { OrderJobsService } from '../../apps/api/src/orders/order-jobs.service';
import { PaymentsService } from '../../apps/api/src/payments/payments.service';
import { AlipayGatewayDouble } from '../support/alipay-gateway-double';
import { auth } from '../support/certification';
import { checkout, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { signIn, startTestApp, type TestApp } from '../support/test-app';

/** The real Alipay provider (alipay-sdk) against a local gateway that signs and checks like Alipay's. */
describe('payments through Alipay', () => {
  let alipay: AlipayGatewayDouble;
  let t: TestApp;
  let staff: string;
  let farm: Seller;
  let clock: Clock;

  beforeAll(async () => {
    alipay = await AlipayGatewayDouble.start();
    t = await startTestApp({ ...alipay.env(), PUBLIC_URL: 'https://shop.bangfu.example' });
    staff = (await signIn(t, '13700000003', 'staff')).token;
    farm = await seller(t, staff);
    clock = t.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await alipay.close();
  });

  const notify = (form: Record<string, string>) => t.http.post('/api/payments/alipay/notify').type('form').send(form);

  /** A checkout whose page-pay URL the buyer has opened at Alipay. */
  async function openedCheckout(priceFen = 2680, quantity = 2, stock = 10) {
    const sku = await sellableSku(t, staff, farm, priceFen, stock);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: sku, quantity }]).expect(201);
    const started = await t.http.post(`/api/payments/${placed.body.payment.id}/start`).set(auth(buyer.token)).send({ method: 'page' }).expect(200);
    expect((await alipay.open(started.body.redirectUrl)).status).toBe(200);
    return { sku, buyer, placed: placed.body, orderId: placed.body.orders[0].id as number, outTradeNo: placed.body.payment.outTradeNo as string, redirectUrl: started.body.redirectUrl as string };
  }
  const orderOf = async (token: string, id: number) => (await t.http.get(`/api/orders/${id}`).set(auth(token)).expect(200)).body;

  it('sends the buyer to a signed page-pay URL carrying the amount, and a signed notification pays the order', async () => {
    const { sku, buyer, placed, orderId, outTradeNo, redirectUrl } = await openedCheckout();
    const url = new URL(redirectUrl);
    expect(url.origin + url.pathname).toBe(alipay.gateway);
    expect(url.searchParams.get('method')).toBe('alipay.trade.page.pay');
    expect(url.searchParams.get('notify_url')).toBe('https://shop.bangfu.example/api/payments/alipay/notify');
    const trade = alipay.trade(outTradeNo)!;
    expect(trade).toMatchObject({ totalFen: placed.totalFen, status: 'WAIT_BUYER_PAY', productCode: 'FAST_INSTANT_TRADE_PAY' });
    expect(['14m', '15m']).toContain(trade.timeoutExpress);
    expect(alipay.requests.at(-1)).toMatchObject({ method: 'alipay.trade.page.pay', signatureValid: true });

    const reply = await notify(alipay.notification(outTradeNo, { tradeStatus: 'TRADE_SUCCESS' })).expect(200);
    expect(reply.text).toBe('success');
    expect((await orderOf(buyer.token, orderId)).status).toBe('paid');
    expect(await stockOf(t, sku)).toEqual({ onHand: 8, reserved: 0, available: 8 });
  });

  it('changes the order once for Alipay retries and concurrent duplicates', async () => {
    const { buyer, orderId, outTradeNo, placed } = await openedCheckout();
    const form = alipay.notification(outTradeNo, { tradeStatus: 'TRADE_SUCCESS' });
    for (let retry = 0; retry < 8; retry++) expect((await notify(form).expect(200)).text).toBe('success');
    const copies = await Promise.all(Array.from({ length: 10 }, () => notify(alipay.notification(outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }))));
    expect(copies.map((c) => c.text)).toEqual(Array(10).fill('success'));
    const order = await orderOf(buyer.token, orderId);
    expect(order.timeline.map((s: { to: string }) => s.to)).toEqual(['pending_payment', 'paid']);
    const [{ n }] = await t.db.manager.query("SELECT COUNT(*) AS n FROM payment_events WHERE payment_id = ? AND verdict LIKE 'succeeded%'", [placed.payment.id]);
    expect(Number(n)).toBe(1);
  });

  it('answers failure to forged, tampered, foreign, mis-priced and unknown notifications, changing nothing', async () => {
    const { sku, buyer, orderId, outTradeNo, placed } = await openedCheckout(1990, 1);
    const paid = { tradeStatus: 'TRADE_SUCCESS' as const };
    const refused = [
      alipay.forgedNotification(outTradeNo, paid),
      alipay.tamperedNotification(outTradeNo, paid, { total_amount: '0.01' }),
      alipay.notification(outTradeNo, { ...paid, appId: '2021000000000000' }),
      alipay.notification(outTradeNo, { ...paid, amount: '0.01' }),
      alipay.notification('BF20261128NOTOURS0001', { ...paid, amount: '19.90' }),
      { out_trade_no: outTradeNo, trade_status: 'TRADE_SUCCESS', total_amount: '19.90' },
    ];
    for (const form of refused) expect((await notify(form).expect(200)).text).toBe('failure');
    expect((await orderOf(buyer.token, orderId)).status).toBe('pending_payment');
    expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 1, available: 9 });
    const [{ status }] = await t.db.manager.query('SELECT status FROM payments WHERE id = ?', [placed.payment.id]);
    expect(status).toBe('pending');
    const [{ n }] = await t.db.manager.query("SELECT COUNT(*) AS n FROM payment_events WHERE verdict LIKE 'refused%'");
    expect(Number(n)).toBeGreaterThanOrEqual(refused.length);
  });

  it('closes an unpaid payment on TRADE_CLOSED and releases its goods', async () => {
    const { sku, buyer, orderId, outTradeNo } = await openedCheckout(1500, 3);
    expect((await notify(alipay.notification(outTradeNo, { tradeStatus: 'TRADE_CLOSED' })).expect(200)).text).toBe('success');
    const order = await orderOf(buyer.token, orderId);
    expect(order.status).toBe('cancelled');
    expect(order.timeline.at(-1)).toMatchObject({ actor: 'system', reason: 'payment closed unpaid', reasonCode: 'payment_closed' });
    expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('catches a lost notification by asking Alipay about payments past their window', async () => {
    const { buyer, orderId, outTradeNo, placed } = await openedCheckout(3300, 1);
    alipay.pay(outTradeNo);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 16 * 60_000));
    const tally = await t.app.get(PaymentsService).reconcile();
    expect(tally.succeeded).toBeGreaterThanOrEqual(1);
    expect((await orderOf(buyer.token, orderId)).status).toBe('paid');
    expect(alipay.requests.some((r) => r.method === 'alipay.trade.query' && r.bizContent?.out_trade_no === outTradeNo)).toBe(true);
    const [{ status }] = await t.db.manager.query('SELECT status FROM payments WHERE id = ?', [placed.payment.id]);
    expect(status).toBe('succeeded');
  });

  it('closes at Alipay and here a payment never made, once its window has passed', async () => {
    const { sku, buyer, orderId, outTradeNo } = await openedCheckout(3300, 2);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 16 * 60_000));
    await t.app.get(OrderJobsService).expireUnpaid();
    expect((await orderOf(buyer.token, orderId)).status).toBe('cancelled');
    expect(alipay.trade(outTradeNo)!.status).toBe('TRADE_CLOSED');
    expect(await stockOf(t, sku)).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('refunds part of an order and then the rest with distinct out_request_no, and a retried refund is one refund', async () => {
    const { buyer, orderId, outTradeNo, placed } = await openedCheckout(2000, 3);
    alipay.pay(outTradeNo);
    await notify(alipay.notification(outTradeNo, { tradeStatus: 'TRADE_SUCCESS' })).expect(200);
    const order = await orderOf(buyer.token, orderId);
    // 3 × ¥20 = ¥60 < ¥99: ¥8 shipping.
    expect(order.totalFen).toBe(6800);

    const part = await t.http
      .post(`/api/orders/${orderId}/refund-requests`)
      .set(auth(buyer.token))
      .send({ reason: '一罐包装破损', lines: [{ lineId: order.lines[0].id, quantity: 1 }] })
      .expect(201);
    expect((await t.http.post(`/api/supplier/refund-requests/${part.body.id}/accept`).set(auth(farm.token)).expect(200)).body.status).toBe('refunded');
    expect((await orderOf(buyer.token, orderId)).status).toBe('paid');

    const rest = await t.http.post(`/api/orders/${orderId}/refund-requests`).set(auth(buyer.token)).send({ reason: '不想要了' }).expect(201);
    expect(rest.body.amountFen).toBe(4800);
    await t.http.post(`/api/supplier/refund-requests/${rest.body.id}/accept`).set(auth(farm.token)).expect(200);
    expect((await orderOf(buyer.token, orderId)).status).toBe('refunded');

    const refunds = alipay.trade(outTradeNo)!.refunds;
    expect(refunds.map((r) => r.amountFen)).toEqual([2000, 4800]);
    expect(new Set(refunds.map((r) => r.outRequestNo)).size).toBe(2);

    // Run the refund again, by the job and by a direct retry: Alipay sees the same out_request_no, nothing more is paid out.
    await t.app.get(AfterSalesService).execute(rest.body.id);
    const again = await t.app.get(PaymentsService).refund({ paymentId: placed.payment.id, outRequestNo: refunds[1].outRequestNo, amountFen: 4800, reason: '不想要了' });
    expect(again.status).toBe('succeeded');
    expect(alipay.trade(outTradeNo)!.refunds).toHaveLength(2);
    const [{ refunded_fen }] = await t.db.manager.query('SELECT refunded_fen FROM payments WHERE id = ?', [placed.payment.id]);
    expect(Number(refunded_fen)).toBe(6800);
  });

  it('re-takes the goods for a notification that arrives after the checkout expired', async () => {
    const { sku, buyer, orderId, outTradeNo } = await openedCheckout(1000, 2);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 16 * 60_000));
    // Alipay still shows the trade open when the close is attempted, so mark it paid first: the buyer paid at the last second.
    alipay.pay(outTradeNo);
    await t.app.get(OrderJobsService).expireUnpaid();
    expect((await orderOf(buyer.token, orderId)).status).toBe('cancelled');
    expect((await notify(alipay.notification(outTradeNo, { tradeStatus: 'TRADE_SUCCESS' })).expect(200)).text).toBe('success');
    expect((await orderOf(buyer.token, orderId)).status).toBe('paid');
    expect(await stockOf(t, sku)).toEqual({ onHand: 8, reserved: 0, available: 8 });
  });

  it('gives counters a QR code from precreate, and has no dev cashier', async () => {
    const sku = await sellableSku(t, staff, farm, 1800, 5);
    const buyer = await shopper(t);
    const placed = await checkout(t, buyer.token, [{ skuId: sku, quantity: 1 }]).expect(201);
    const started = await t.http.post(`/api/payments/${placed.body.payment.id}/start`).set(auth(buyer.token)).send({ method: 'qr' }).expect(200);
    expect(started.body.qrCode).toBe(alipay.trade(placed.body.payment.outTradeNo)!.qrCode);
    await t.http.post(`/api/payments/dev/${placed.body.payment.outTradeNo}/complete`).send({}).expect(404);
    await t.http.get(`/api/payments/dev/page/${placed.body.payment.outTradeNo}`).expect(404);
  });
});
