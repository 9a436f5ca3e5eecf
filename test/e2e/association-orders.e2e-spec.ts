import { appWithStaff, auth } from '../support/certification';
import { checkout, payDev, seller, sellableSku, shopper, type Seller } from '../support/orders';
import { TEST_DB, type TestApp } from '../support/test-app';

describe(`association staff see every supplier's orders, on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  let farm1: Seller;
  let farm2: Seller;
  let alice: { token: string; userId: number };
  let orderOf: { farm1Paid: number; farm2Unpaid: number; farm2FromLivestream: number };
  let pointCode: string;

  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
    farm1 = await seller(t, staff);
    farm2 = await seller(t, staff);
    const tea = await sellableSku(t, staff, farm1, 3000, 20);
    const pork = await sellableSku(t, staff, farm2, 2000, 20, '镇巴腊肉');
    alice = await shopper(t);
    const paid = await checkout(t, alice.token, [{ skuId: tea, quantity: 1 }]).expect(201);
    await payDev(t, paid.body.payment).expect(200);
    const unpaid = await checkout(t, alice.token, [{ skuId: pork, quantity: 2 }]).expect(201);
    const point = await t.http.post('/api/association/village-points').set(auth(staff)).send({ name: '渔渡镇腊肉直播间', countyCode: '610728', town: '渔渡镇', village: '三河村', supplierIds: [farm2.supplierId] }).expect(201);
    pointCode = point.body.code;
    const streamed = await checkout(t, alice.token, [{ skuId: pork, quantity: 1 }], undefined, { ref: pointCode }).expect(201);
    orderOf = { farm1Paid: paid.body.orders[0].id, farm2Unpaid: unpaid.body.orders[0].id, farm2FromLivestream: streamed.body.orders[0].id };
  });
  afterAll(() => t.close());

  const ids = (body: { items: { id: number }[] }) => body.items.map((o) => o.id);

  it('lists orders of all suppliers, newest first, with the supplier named', async () => {
    const res = await t.http.get('/api/association/orders').set(auth(staff)).expect(200);
    expect(ids(res.body)).toEqual([orderOf.farm2FromLivestream, orderOf.farm2Unpaid, orderOf.farm1Paid]);
    expect(res.body.total).toBe(3);
    expect(res.body.items[2]).toMatchObject({ supplierId: farm1.supplierId, supplierName: expect.any(String), status: 'paid', totalFen: 3000 + 800 });
    expect(res.body.items.map((o: { ref: string | null; channel: string }) => [o.ref, o.channel])).toEqual([
      [pointCode, 'online'],
      [null, 'online'],
      [null, 'online'],
    ]);
  });

  it('narrows by supplier, status, attribution and channel', async () => {
    const list = async (query: string) => ids((await t.http.get(`/api/association/orders?${query}`).set(auth(staff)).expect(200)).body);
    expect(await list(`supplierId=${farm2.supplierId}`)).toEqual([orderOf.farm2FromLivestream, orderOf.farm2Unpaid]);
    expect(await list('status=paid')).toEqual([orderOf.farm1Paid]);
    expect(await list(`supplierId=${farm2.supplierId}&status=paid`)).toEqual([]);
    expect(await list(`ref=${pointCode}`)).toEqual([orderOf.farm2FromLivestream]);
    expect(await list('channel=counter')).toEqual([]);
    expect(await list('pageSize=1&page=2')).toEqual([orderOf.farm2Unpaid]);
  });

  it('refuses malformed filters with 400 naming the field', async () => {
    const bad = await t.http.get('/api/association/orders?supplierId=abc&ref=nope&from=2026-13-45').set(auth(staff)).expect(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'ref', 'supplierId']);
  });

  it("shows any order's detail with its timeline, and 404 for none", async () => {
    const detail = await t.http.get(`/api/association/orders/${orderOf.farm1Paid}`).set(auth(staff)).expect(200);
    expect(detail.body).toMatchObject({ id: orderOf.farm1Paid, status: 'paid', address: { name: expect.any(String) } });
    expect(detail.body.timeline.map((s: { to: string }) => s.to)).toEqual(['pending_payment', 'paid']);
    await t.http.get('/api/association/orders/999999').set(auth(staff)).expect(404);
  });

  it('is for staff only', async () => {
    await t.http.get('/api/association/orders').expect(401);
    await t.http.get('/api/association/orders').set(auth(alice.token)).expect(403);
    await t.http.get(`/api/association/orders/${orderOf.farm1Paid}`).set(auth(farm1.token)).expect(403);
  });
});
