import { auth, nextPhone } from '../support/certification';
import { seller } from '../support/orders';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

describe(`village e-commerce points on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: { token: string; userId: number };
  beforeAll(async () => {
    t = await startTestApp();
    staff = await signIn(t, nextPhone(), 'staff');
  });
  afterAll(() => t.close());

  const point = { name: '石坝子村电子商务服务站', countyCode: '610726', town: '巴山镇', village: '石坝子村', operatorPhone: '13991600123' };
  const register = (token: string | null, body: object) => {
    const req = t.http.post('/api/association/village-points');
    return (token ? req.set(auth(token)) : req).send(body);
  };

  it('registers a point with a short code, shows it publicly and keeps who registered it', async () => {
    const farm = await seller(t, staff.token);
    const created = await register(staff.token, { ...point, supplierIds: [farm.supplierId, farm.supplierId] }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      code: expect.stringMatching(/^vp_[a-z2-9]{8}$/),
      name: point.name,
      countyCode: '610726',
      countyName: '宁强县',
      town: '巴山镇',
      village: '石坝子村',
      supplierIds: [farm.supplierId],
      createdAt: expect.any(String),
    });
    expect((await t.http.get(`/api/village-points/${created.body.id}`).expect(200)).body).toEqual(created.body);
    const audit = await t.http.get(`/api/association/audit?subject=village_point:${created.body.id}`).set(auth(staff.token)).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'village_point.registered', actor: expect.objectContaining({ id: staff.userId }) })]);
    const second = await register(staff.token, point).expect(201);
    expect(second.body.code).not.toBe(created.body.code);
  });

  it('keeps registration to staff and refuses bad input naming the field', async () => {
    await register(null, point).expect(401);
    await register((await signIn(t, nextPhone())).token, point).expect(403);
    const unknown = await register(staff.token, { ...point, supplierIds: [987654] }).expect(400);
    expect(unknown.body.error.details).toEqual([{ field: 'supplierIds', message: expect.stringContaining('987654') }]);
    const bad = await register(staff.token, { ...point, countyCode: '999999', operatorPhone: '123' }).expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['countyCode', 'operatorPhone']);
    await t.http.get('/api/village-points/987654').expect(404);
  });
});
