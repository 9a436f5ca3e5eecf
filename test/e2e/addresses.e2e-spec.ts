import { MAX_ADDRESSES } from '@bangfu/contracts';
import { auth } from '../support/certification';
import { ADDRESS, shopper } from '../support/orders';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';

describe(`address books on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const add = (token: string, body: object) => t.http.post('/api/me/addresses').set(auth(token)).send({ ...ADDRESS, ...body });
  const list = async (token: string) => (await t.http.get('/api/me/addresses').set(auth(token)).expect(200)).body;

  it('keeps one default: the first address, then whichever is marked, and the newest left when it is deleted', async () => {
    const { token } = await shopper(t);
    const home = (await add(token, { detail: '中山街 18 号' }).expect(201)).body;
    expect(home).toMatchObject({ isDefault: true, province: '陕西省', city: '汉中市', district: '汉台区' });
    const office = (await add(token, { detail: '天汉大道 1 号', isDefault: true }).expect(201)).body;
    const parents = (await add(token, { city: '西安市', district: '雁塔区', detail: '小寨东路 9 号' }).expect(201)).body;
    expect(parents.isDefault).toBe(false);
    let book = await list(token);
    expect(book.total).toBe(3);
    expect(book.items[0]).toMatchObject({ id: office.id, isDefault: true });
    expect(book.items.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);

    await t.http.put(`/api/me/addresses/${home.id}`).set(auth(token)).send({ ...ADDRESS, detail: '中山街 20 号', isDefault: true }).expect(200);
    book = await list(token);
    expect(book.items[0]).toMatchObject({ id: home.id, detail: '中山街 20 号', isDefault: true });
    expect(book.items.find((a: { id: number }) => a.id === office.id).isDefault).toBe(false);

    book = (await t.http.delete(`/api/me/addresses/${home.id}`).set(auth(token)).expect(200)).body;
    expect(book.total).toBe(2);
    expect(book.items.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);
  });

  it("never shows or changes another shopper's addresses", async () => {
    const owner = await shopper(t);
    const other = await shopper(t);
    const address = (await add(owner.token, {}).expect(201)).body;
    expect((await list(other.token)).items).toEqual([]);
    expect((await t.http.put(`/api/me/addresses/${address.id}`).set(auth(other.token)).send(ADDRESS).expect(403)).body.error.code).toBe('FORBIDDEN');
    await t.http.delete(`/api/me/addresses/${address.id}`).set(auth(other.token)).expect(403);
    await t.http.delete('/api/me/addresses/999999').set(auth(owner.token)).expect(404);
    await t.http.get('/api/me/addresses').expect(401);
    expect((await list(owner.token)).items).toHaveLength(1);
  });

  it('takes only real divisions, a mainland mobile number and a full street address', async () => {
    const { token } = await shopper(t);
    const wrongCity = await add(token, { city: '西安市', district: '汉台区' }).expect(400);
    expect(wrongCity.body.error.details).toEqual([{ field: 'district', message: expect.any(String) }]);
    expect((await add(token, { province: '火星省' }).expect(400)).body.error.details[0].field).toBe('province');
    expect((await add(token, { city: '成都市' }).expect(400)).body.error.details[0].field).toBe('city');
    expect((await add(token, { phone: '0916-1234567' }).expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    expect((await add(token, { detail: '' }).expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    expect((await list(token)).total).toBe(0);
    // Chongqing's counties sit under a "city" named 县 in the division codes.
    await add(token, { province: '重庆市', city: '县', district: '城口县' }).expect(201);
  });

  it(`holds at most ${MAX_ADDRESSES} addresses`, async () => {
    const { token } = await shopper(t);
    for (let i = 0; i < MAX_ADDRESSES; i++) await add(token, { detail: `中山街 ${i + 1} 号` }).expect(201);
    expect((await add(token, { detail: '中山街 99 号' }).expect(409)).body.error.code).toBe('ADDRESS_BOOK_FULL');
    expect((await list(token)).total).toBe(MAX_ADDRESSES);
  });
});
