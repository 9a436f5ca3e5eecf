import { auth } from '../support/certification';
import { ADDRESS, checkout, ledgerOf, payDev, seller, sellableSku, shopper, stockOf, type Seller } from '../support/orders';
import { signIn, startTestApp, type TestApp } from '../support/test-app';

describe('checkout', () => {
  let t: TestApp;
  let staff: string;
  let teaFarm: Seller;
  let honeyCoop: Seller;

  beforeAll(async () => {
    t = await startTestApp();
    staff = (await signIn(t, '13700000001', 'staff')).token;
    teaFarm = await seller(t, staff);
    honeyCoop = await seller(t, staff, { flatFeeFen: 1000, freeOverFen: null });
  });
  afterAll(() => t.close());

  it('splits a cart into one order per supplier, with each supplier shipping fee, one payment for the total', async () => {
    const tea = await sellableSku(t, staff, teaFarm, 6800, 20);
    const honey = await sellableSku(t, staff, honeyCoop, 4500, 20, '佛坪土蜂蜜');
    const buyer = await shopper(t);
    const res = await checkout(t, buyer.token, [
      { skuId: tea, quantity: 2 },
      { skuId: honey, quantity: 1 },
    ]).expect(201);
    // Tea: 13,600 ≥ 9,900 ships free; honey: always ¥10.
    expect(res.body.orders).toEqual([
      { id: expect.any(Number), orderNo: expect.stringMatching(/^\d{16}$/), supplierId: teaFarm.supplierId, totalFen: 13600, status: 'pending_payment' },
      { id: expect.any(Number), orderNo: expect.stringMatching(/^\d{16}$/), supplierId: honeyCoop.supplierId, totalFen: 5500, status: 'pending_payment' },
    ]);
    expect(res.body.totalFen).toBe(19100);
    // The rule the checkout applied is the one shoppers see on the supplier's page.
    expect((await t.http.get(`/api/suppliers/${honeyCoop.supplierId}`).expect(200)).body.shipping).toEqual({ flatFeeFen: 1000, freeOverFen: null });
    expect(res.body.payment).toMatchObject({ provider: 'dev', status: 'created', amountFen: 19100, outTradeNo: expect.stringMatching(/^BF\d{8}/) });
    expect(await stockOf(t, tea)).toEqual({ onHand: 20, reserved: 2, available: 18 });

    const detail = await t.http.get(`/api/orders/${res.body.orders[0].id}`).set(auth(buyer.token)).expect(200);
    expect(detail.body).toMatchObject({ status: 'pending_payment', itemsFen: 13600, shippingFen: 0, address: ADDRESS });
    expect(detail.body.lines).toEqual([expect.objectContaining({ skuId: tea, productName: '西乡午子仙毫', unitPriceFen: 6800, quantity: 2, lineTotalFen: 13600 })]);
    expect(detail.body.timeline).toEqual([{ from: null, to: 'pending_payment', at: expect.any(String), actor: 'shopper', reason: null, reasonCode: 'placed', reasonValues: {} }]);

    await payDev(t, res.body.payment).expect(200);
    expect((await t.http.get(`/api/orders/${res.body.orders[1].id}`).set(auth(buyer.token)).expect(200)).body.status).toBe('paid');
    expect(await stockOf(t, tea)).toEqual({ onHand: 18, reserved: 0, available: 18 });
    expect(await ledgerOf(t, tea)).toEqual({ onHand: 18, reserved: 0 });
  });
});
