import { Clock } from '../../apps/api/src/common/clock';
import { appWithStaff, auth } from '../support/certification';
import { checkout, payDev, seller, sellableSku, shopper, type Seller } from '../support/orders';
import { TEST_DB, type TestApp } from '../support/test-app';

/** The supplier's sales at a glance, as its console's first screen shows them. */
describe(`a supplier's order summary on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  let farm: Seller;
  let other: Seller;

  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
    farm = await seller(t, staff, { flatFeeFen: 0, freeOverFen: null });
    other = await seller(t, staff, { flatFeeFen: 0, freeOverFen: null });
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const summary = (owner: Seller) => t.http.get('/api/supplier/orders/summary').set(auth(owner.token));

  it('counts paid orders today and this month by China date, leaves unpaid ones out, and tracks what waits to ship', async () => {
    const tea = await sellableSku(t, staff, farm, 3800, 50);
    const rice = await sellableSku(t, staff, other, 2500, 50, '洋县黑米');
    const buyer = await shopper(t);
    expect((await summary(farm).expect(200)).body).toEqual({ today: { orders: 0, salesFen: 0 }, month: { orders: 0, salesFen: 0 }, toShip: 0 });

    const paid = await checkout(t, buyer.token, [{ skuId: tea, quantity: 2 }]).expect(201);
    await payDev(t, paid.body.payment).expect(200);
    await checkout(t, buyer.token, [{ skuId: tea, quantity: 1 }]).expect(201);
    const theirs = await checkout(t, buyer.token, [{ skuId: rice, quantity: 1 }]).expect(201);
    await payDev(t, theirs.body.payment).expect(200);

    expect((await summary(farm).expect(200)).body).toEqual({ today: { orders: 1, salesFen: 7600 }, month: { orders: 1, salesFen: 7600 }, toShip: 1 });
    const [order] = paid.body.orders;
    await t.http.post(`/api/supplier/orders/${order.id}/ship`).set(auth(farm.token)).send({ carrier: 'SF', trackingNo: 'SF1234567890' }).expect(200);
    expect((await summary(farm).expect(200)).body).toMatchObject({ today: { orders: 1, salesFen: 7600 }, toShip: 0 });

    // Tomorrow in China the sale is this month's, no longer today's; next month it is neither.
    const clock = t.app.get(Clock);
    const tomorrow = new Date(Date.now() + 86_400_000);
    jest.spyOn(clock, 'now').mockReturnValue(tomorrow);
    const nextDay = (await summary(farm).expect(200)).body;
    expect(nextDay.today).toEqual({ orders: 0, salesFen: 0 });
    expect(nextDay.month.salesFen).toBe(clock.today().slice(0, 7) === new Clock().today().slice(0, 7) ? 7600 : 0);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 40 * 86_400_000));
    expect((await summary(farm).expect(200)).body.month).toEqual({ orders: 0, salesFen: 0 });
  });
});
