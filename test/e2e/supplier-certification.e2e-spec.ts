import { Clock } from '../../apps/api/src/common/clock';
import { applicationBody, appWithStaff, auth, certifiedSupplier, nextCreditCode, nextPhone } from '../support/certification';
import { signIn, TEST_DB, type TestApp } from '../support/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

describe(`supplier certification on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => ({ t, staff } = await appWithStaff()));
  afterAll(() => t.close());

  it('names creditCode when its check character is wrong', async () => {
    const applicant = await signIn(t, nextPhone());
    const res = await t.http
      .post('/api/supplier/applications')
      .set(auth(applicant.token))
      .send(applicationBody({ creditCode: '91350100M000100Y4Z' }))
      .expect(400);
    expect(res.body.error.details).toEqual([{ field: 'creditCode', message: expect.stringContaining('credit code') }]);
  });

  it('accepts letters in the first two positions of a credit code', async () => {
    const applicant = await signIn(t, nextPhone());
    const body = 'N2610723MA6YX1234';
    const { creditCodeCheckChar } = await import('@bangfu/contracts');
    await t.http
      .post('/api/supplier/applications')
      .set(auth(applicant.token))
      .send(applicationBody({ creditCode: body + creditCodeCheckChar(body), entityType: 'village_collective' }))
      .expect(201);
  });

  it('takes a licence document, checking its real type and size', async () => {
    const applicant = await signIn(t, nextPhone());
    const upload = await t.http.post('/api/uploads').set(auth(applicant.token)).field('purpose', 'document').attach('file', PNG, 'licence.png').expect(201);
    expect(upload.body).toMatchObject({ purpose: 'document', contentType: 'image/png', size: PNG.length, fileName: 'licence.png' });
    const fake = await t.http
      .post('/api/uploads')
      .set(auth(applicant.token))
      .field('purpose', 'document')
      .attach('file', Buffer.from('not a picture'), 'licence.png')
      .expect(415);
    expect(fake.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    await t.http
      .post('/api/uploads')
      .set(auth(applicant.token))
      .field('purpose', 'document')
      .attach('file', Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]), 'huge.png')
      .expect(413);
    await t.http.post('/api/uploads').set(auth(applicant.token)).field('purpose', 'poster').attach('file', PNG, 'x.png').expect(400);

    const applied = await t.http
      .post('/api/supplier/applications')
      .set(auth(applicant.token))
      .send(applicationBody({ documents: [upload.body.id] }))
      .expect(201);
    expect(applied.body.documents).toEqual([expect.objectContaining({ id: upload.body.id, url: `/api/uploads/${upload.body.id}/content` })]);
    await t.http.get(upload.body.url).set(auth(staff)).expect(200).expect('Content-Type', 'image/png');
    const stranger = await signIn(t, nextPhone());
    await t.http.get(upload.body.url).set(auth(stranger.token)).expect(404);
    const borrowed = await t.http
      .post('/api/supplier/applications')
      .set(auth(stranger.token))
      .send(applicationBody({ documents: [upload.body.id] }))
      .expect(400);
    expect(borrowed.body.error.details[0].field).toBe('documents.0');
  });

  it('goes from application through requested changes and resubmission to a certificate', async () => {
    const applicant = await signIn(t, nextPhone());
    const applied = await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody()).expect(201);
    expect(applied.body).toMatchObject({ status: 'pending', kind: 'new', countyName: '洋县' });

    const queue = await t.http.get('/api/association/applications?status=pending&county=610723').set(auth(staff)).expect(200);
    expect(queue.body.items.map((a: { id: number }) => a.id)).toContain(applied.body.id);

    await t.http.post(`/api/association/applications/${applied.body.id}/request-changes`).set(auth(staff)).send({}).expect(400);
    await t.http
      .post(`/api/association/applications/${applied.body.id}/request-changes`)
      .set(auth(staff))
      .send({ reason: '请补充营业执照扫描件' })
      .expect(200);
    const mine = await t.http.get('/api/supplier/applications/mine').set(auth(applicant.token)).expect(200);
    expect(mine.body.items[0]).toMatchObject({ id: applied.body.id, status: 'changes_requested', reason: '请补充营业执照扫描件' });
    await t.http.post(`/api/association/applications/${applied.body.id}/approve`).set(auth(staff)).send({}).expect(409);

    const resubmitted = await t.http
      .patch(`/api/supplier/applications/${applied.body.id}`)
      .set(auth(applicant.token))
      .send(applicationBody({ creditCode: applied.body.creditCode, householdsLinked: 50 }))
      .expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'pending', householdsLinked: 50 });

    const approved = await t.http.post(`/api/association/applications/${applied.body.id}/approve`).set(auth(staff)).send({}).expect(200);
    const year = new Clock().today().slice(0, 4);
    expect(approved.body.certificateNo).toMatch(new RegExp(`^HZXF-S-${year}-\\d{5}$`));
    expect(Number(approved.body.validUntil.slice(0, 4))).toBe(Number(year) + 3);

    const me = await t.http.get('/api/me').set(auth(applicant.token)).expect(200);
    expect(me.body).toMatchObject({ role: 'supplier', supplierId: approved.body.supplierId });
    const profile = await t.http.get('/api/supplier/profile').set(auth(applicant.token)).expect(200);
    expect(profile.body).toMatchObject({ status: 'active', certificate: { no: approved.body.certificateNo }, renewal: { due: false } });

    const audit = await t.http.get(`/api/association/audit?subject=application:${applied.body.id}`).set(auth(staff)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'application.submitted',
      'application.changes_requested',
      'application.resubmitted',
      'application.approved',
    ]);
    expect(audit.body.items[1]).toMatchObject({ reason: '请补充营业执照扫描件', before: { status: 'pending' }, after: { status: 'changes_requested' } });

    // The applicant still reads the send-back and its reason after the approval, newest first; others find nothing.
    const decisions = await t.http.get(`/api/supplier/applications/${applied.body.id}/decisions`).set(auth(applicant.token)).expect(200);
    expect(decisions.body.items.map((d: { decision: string; reason: string | null }) => [d.decision, d.reason])).toEqual([
      ['approved', null],
      ['changes_requested', '请补充营业执照扫描件'],
    ]);
    const stranger = await signIn(t, nextPhone());
    await t.http.get(`/api/supplier/applications/${applied.body.id}/decisions`).set(auth(stranger.token)).expect(404);
  });

  it('refuses a credit code that is certified or already applied for with 409', async () => {
    const { supplierId } = await certifiedSupplier(t, staff);
    const supplier = await t.http.get(`/api/association/suppliers/${supplierId}`).set(auth(staff)).expect(200);
    const late = await signIn(t, nextPhone());
    const taken = await t.http
      .post('/api/supplier/applications')
      .set(auth(late.token))
      .send(applicationBody({ creditCode: supplier.body.creditCode }))
      .expect(409);
    expect(taken.body.error.code).toBe('CREDIT_CODE_TAKEN');

    const creditCode = nextCreditCode();
    const applicants = await Promise.all([signIn(t, nextPhone()), signIn(t, nextPhone())]);
    const both = await Promise.all(
      applicants.map((a) => t.http.post('/api/supplier/applications').set(auth(a.token)).send(applicationBody({ creditCode }))),
    );
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('rejects with a reason and frees the credit code', async () => {
    const applicant = await signIn(t, nextPhone());
    const applied = await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody()).expect(201);
    const rejected = await t.http
      .post(`/api/association/applications/${applied.body.id}/reject`)
      .set(auth(staff))
      .send({ reason: '非帮扶地区主体' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '非帮扶地区主体' });
    await t.http
      .post('/api/supplier/applications')
      .set(auth(applicant.token))
      .send(applicationBody({ creditCode: applied.body.creditCode }))
      .expect(201);
  });

  it('keeps applicants to their own applications and shoppers out of staff routes', async () => {
    const owner = await signIn(t, nextPhone());
    const other = await signIn(t, nextPhone());
    const applied = await t.http.post('/api/supplier/applications').set(auth(owner.token)).send(applicationBody()).expect(201);
    await t.http.get(`/api/supplier/applications/${applied.body.id}`).set(auth(other.token)).expect(404);
    await t.http.patch(`/api/supplier/applications/${applied.body.id}`).set(auth(other.token)).send(applicationBody()).expect(404);
    for (const [method, path] of [
      ['get', '/api/association/applications'],
      ['post', `/api/association/applications/${applied.body.id}/approve`],
      ['post', `/api/association/applications/${applied.body.id}/reject`],
      ['get', '/api/association/suppliers'],
      ['post', '/api/association/suppliers/1/suspend'],
      ['get', `/api/association/audit?subject=application:${applied.body.id}`],
      ['post', '/api/association/certificates/expire-due'],
    ] as const) {
      await t.http[method](path).set(auth(other.token)).send({ reason: 'x y' }).expect(403);
    }
  });

  it('gives 20 concurrent approvals 20 distinct, consecutive certificate numbers', async () => {
    const applicants = await Promise.all(Array.from({ length: 20 }, () => signIn(t, nextPhone())));
    const ids = await Promise.all(
      applicants.map(async (a) => (await t.http.post('/api/supplier/applications').set(auth(a.token)).send(applicationBody()).expect(201)).body.id),
    );
    const results = await Promise.all(ids.map((id) => t.http.post(`/api/association/applications/${id}/approve`).set(auth(staff)).send({})));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const numbers = results.map((r) => Number(r.body.certificateNo.slice(-5))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers[19] - numbers[0]).toBe(19);
  });

  it('lets exactly one of several concurrent decisions on one application through', async () => {
    const applicant = await signIn(t, nextPhone());
    const { id } = (await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody()).expect(201)).body;
    const decisions = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? t.http.post(`/api/association/applications/${id}/approve`).set(auth(staff)).send({})
          : t.http.post(`/api/association/applications/${id}/reject`).set(auth(staff)).send({ reason: '重复申请' }),
      ),
    );
    const statuses = decisions.map((d) => d.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    expect(decisions.find((d) => d.status === 409)?.body.error.code).toBe('APPLICATION_ALREADY_DECIDED');
    const winner = decisions.find((d) => d.status === 200)!;
    const [{ n }] = await t.db.manager.query(
      `SELECT COUNT(*) AS n FROM certificates c JOIN supplier_applications a ON a.certificate_id = c.id WHERE a.id = ${id}`,
    );
    expect(Number(n)).toBe(winner.body.certificateNo ? 1 : 0);
  });

  it('suspends with a reason and reinstates, refusing moves that do not apply', async () => {
    const { supplierId } = await certifiedSupplier(t, staff);
    await t.http.post(`/api/association/suppliers/${supplierId}/suspend`).set(auth(staff)).send({}).expect(400);
    const suspended = await t.http.post(`/api/association/suppliers/${supplierId}/suspend`).set(auth(staff)).send({ reason: '抽检不合格' }).expect(200);
    expect(suspended.body.status).toBe('suspended');
    await t.http.post(`/api/association/suppliers/${supplierId}/suspend`).set(auth(staff)).send({ reason: '抽检不合格' }).expect(409);
    const reinstated = await t.http.post(`/api/association/suppliers/${supplierId}/reinstate`).set(auth(staff)).send({ reason: '整改完成' }).expect(200);
    expect(reinstated.body.status).toBe('active');
    await t.http.post(`/api/association/suppliers/${supplierId}/reinstate`).set(auth(staff)).send({}).expect(409);
    await t.http.post('/api/association/suppliers/999999/suspend').set(auth(staff)).send({ reason: '不存在' }).expect(404);
    const audit = await t.http.get(`/api/association/audit?subject=supplier:${supplierId}`).set(auth(staff)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['supplier.certified', 'supplier.suspended', 'supplier.reinstated']);
    expect(audit.body.items[1]).toMatchObject({ reason: '抽检不合格', actor: { name: expect.any(String) } });
    const [{ n }] = await t.db.manager.query(`SELECT COUNT(*) AS n FROM outbox WHERE aggregate_type = 'supplier' AND aggregate_id = ${supplierId}`);
    expect(Number(n)).toBe(3);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(t.db.manager.query("UPDATE audit_log SET reason = 'rewritten'")).rejects.toThrow(/append-only/);
    await expect(t.db.manager.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
