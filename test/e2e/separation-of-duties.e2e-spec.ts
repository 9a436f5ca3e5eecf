import { applicationBody, appWithStaff, auth, nextPhone } from '../support/certification';
import { signIn, TEST_DB, type TestApp } from '../support/test-app';

describe(`separation of duties in certification on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => ({ t, staff } = await appWithStaff()));
  afterAll(() => t.close());

  const apply = (token: string, overrides: Record<string, unknown> = {}) => t.http.post('/api/supplier/applications').set(auth(token)).send(applicationBody(overrides));
  const approve = (id: number, token = staff) => t.http.post(`/api/association/applications/${id}/approve`).set(auth(token)).send({});

  it('refuses an application from staff or admin: whoever certifies never acts for a supplier', async () => {
    for (const role of ['staff', 'admin'] as const) {
      const member = await signIn(t, nextPhone(), role);
      const refused = await apply(member.token).expect(403);
      expect(refused.body.error.code).toBe('SEPARATION_OF_DUTIES');
    }
    const [{ n }] = await t.db.manager.query('SELECT COUNT(*) AS n FROM supplier_applications');
    expect(Number(n)).toBe(0);
  });

  it('lets nobody decide on an application they filed', async () => {
    const applicant = await signIn(t, nextPhone());
    const applied = await apply(applicant.token).expect(201);
    // The applicant joins the association staff while the application waits.
    await t.db.manager.query("UPDATE users SET role = 'staff' WHERE id = ?", [applicant.userId]);
    for (const action of ['approve', 'reject', 'request-changes']) {
      const own = await t.http.post(`/api/association/applications/${applied.body.id}/${action}`).set(auth(applicant.token)).send({ reason: '材料齐全' }).expect(403);
      expect(own.body.error.code).toBe('SEPARATION_OF_DUTIES');
    }
    expect((await t.http.get(`/api/association/applications/${applied.body.id}`).set(auth(staff)).expect(200)).body.status).toBe('pending');
    // Another member may decide, but a staff account is never bound to the supplier.
    const bound = await approve(applied.body.id).expect(409);
    expect(bound.body.error.code).toBe('ALREADY_SUPPLIER');
    const [{ n }] = await t.db.manager.query('SELECT COUNT(*) AS n FROM suppliers');
    expect(Number(n)).toBe(0);
  });

  it('holds one open application per account, also when several are sent at once', async () => {
    const applicant = await signIn(t, nextPhone());
    const answers = await Promise.all(Array.from({ length: 6 }, () => apply(applicant.token)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'APPLICATION_OPEN')).toBe(true);
    const first = answers.find((a) => a.status === 201)!.body.id as number;
    await approve(first).expect(200);
    // Certified now: a new application is refused, a renewal is the way.
    expect((await apply(applicant.token).expect(409)).body.error.code).toBe('ALREADY_SUPPLIER');
  });

  it('never binds one account to a second supplier, even when two of its applications are open', async () => {
    const applicant = await signIn(t, nextPhone());
    const first = (await apply(applicant.token).expect(201)).body.id as number;
    // Rows written before the one-open-application rule: a second open application of the same account.
    const second = (await apply((await signIn(t, nextPhone())).token).expect(201)).body.id as number;
    await t.db.manager.query('UPDATE supplier_applications SET applicant_user_id = ? WHERE id = ?', [applicant.userId, second]);
    await approve(first).expect(200);
    expect((await approve(second).expect(409)).body.error.code).toBe('ALREADY_SUPPLIER');
    const [{ n }] = await t.db.manager.query('SELECT COUNT(*) AS n FROM suppliers s JOIN users u ON u.supplier_id = s.id WHERE u.id = ?', [applicant.userId]);
    expect(Number(n)).toBe(1);
    expect((await t.http.get(`/api/association/applications/${second}`).set(auth(staff)).expect(200)).body.status).toBe('pending');
  });

  it('approves a supplier whose name uses all 100 characters', async () => {
    const applicant = await signIn(t, nextPhone());
    const name = `${'汉中市洋县朱鹮生态农业'.repeat(9)}专业合作社联合社`.slice(0, 100);
    expect(name).toHaveLength(100);
    const applied = await apply(applicant.token, { name }).expect(201);
    const approved = await approve(applied.body.id).expect(200);
    const [warehouse] = await t.db.manager.query("SELECT name FROM stock_locations WHERE supplier_id = ? AND kind = 'warehouse'", [approved.body.supplierId]);
    expect(warehouse.name).toMatch(/ 线上仓$/);
    expect(warehouse.name.length).toBeLessThanOrEqual(100);
  });

  it('answers an unknown application with 404', async () => {
    const missing = await t.http.get('/api/association/applications/987654').set(auth(staff)).expect(404);
    expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    await approve(987654).expect(404);
  });
});
