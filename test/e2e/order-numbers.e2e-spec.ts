import { appWithStaff, auth } from '../support/certification';
import { checkout, sellableSku, seller, shopper } from '../support/orders';
import { TEST_DB, type TestApp } from '../support/test-app';

describe(`order numbers on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
  });
  afterAll(() => t.close());

  it('are unique and readable under 50 concurrent checkouts, and shown wherever the order is', async () => {
    const [teaFarm, mushroomFarm] = [await seller(t, staff), await seller(t, staff)];
    const tea = await sellableSku(t, staff, teaFarm, 3800, 500);
    const mushrooms = await sellableSku(t, staff, mushroomFarm, 2600, 500, '略阳香菇');
    const buyers = await Promise.all(Array.from({ length: 10 }, () => shopper(t)));
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        checkout(t, buyers[i % buyers.length].token, [
          { skuId: tea, quantity: 1 },
          { skuId: mushrooms, quantity: 1 },
        ]),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const numbers = answers.flatMap((a) => a.body.orders.map((o: { orderNo: string }) => o.orderNo));
    expect(numbers).toHaveLength(100);
    expect(new Set(numbers).size).toBe(100);
    for (const orderNo of numbers) expect(orderNo).toMatch(/^20\d{6}\d{8}$/);

    const first = answers[0].body.orders[0];
    const mine = await t.http.get('/api/orders').set(auth(buyers[0].token)).expect(200);
    expect(mine.body.items.map((o: { orderNo: string }) => o.orderNo)).toContain(first.orderNo);
    const detail = await t.http.get(`/api/orders/${first.id}`).set(auth(buyers[0].token)).expect(200);
    expect(detail.body.orderNo).toBe(first.orderNo);
    const supplierView = await t.http.get('/api/supplier/orders').set(auth(teaFarm.token)).expect(200);
    expect(supplierView.body.items.every((o: { orderNo: string }) => numbers.includes(o.orderNo))).toBe(true);
  });
});
