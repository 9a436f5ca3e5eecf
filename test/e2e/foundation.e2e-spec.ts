import { applicationBody } from '../support/certification';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

describe(`foundation API on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database driver', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', db: { status: 'up', driver: TEST_DB } });
    expect(res.body.search).toEqual({ status: 'up', engine: 'embedded' });
  });

  it('registers, logs in and answers /me', async () => {
    const reg = await t.http.post('/api/auth/register').send({ phone: '13900000001', password: 'tea-leaves-8', name: '王芳' }).expect(201);
    expect(reg.body).toMatchObject({ phone: '13900000001', name: '王芳', role: 'shopper', supplierId: null });
    expect(reg.body).not.toHaveProperty('passwordHash');

    const login = await t.http.post('/api/auth/login').send({ phone: '13900000001', password: 'tea-leaves-8' }).expect(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    expect(Date.parse(login.body.expiresAt)).toBeGreaterThan(Date.now());

    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ id: reg.body.id, phone: '13900000001', role: 'shopper' });
  });

  it('refuses a second account for the same phone with 409', async () => {
    await t.http.post('/api/auth/register').send({ phone: '13900000002', password: 'password-1', name: 'A' }).expect(201);
    const res = await t.http.post('/api/auth/register').send({ phone: '13900000002', password: 'password-2', name: 'B' }).expect(409);
    expect(res.body.error.code).toBe('PHONE_TAKEN');
  });

  it('answers a wrong password with 401 in the error shape', async () => {
    await t.http.post('/api/auth/register').send({ phone: '13900000003', password: 'right-pass-1', name: '李' }).expect(201);
    const res = await t.http.post('/api/auth/login').send({ phone: '13900000003', password: 'wrong-pass-1' }).expect(401);
    expect(res.body).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: expect.any(String), requestId: expect.any(String) } });
  });

  it('throttles the sixth bad login within a minute with 429, even with the right password', async () => {
    await t.http.post('/api/auth/register').send({ phone: '13900000004', password: 'right-pass-1', name: '赵' }).expect(201);
    for (let i = 0; i < 5; i++) {
      await t.http.post('/api/auth/login').send({ phone: '13900000004', password: `guess-${i}-xx` }).expect(401);
    }
    const sixth = await t.http.post('/api/auth/login').send({ phone: '13900000004', password: 'guess-6-xx' }).expect(429);
    expect(sixth.body.error.code).toBe('TOO_MANY_REQUESTS');
    await t.http.post('/api/auth/login').send({ phone: '13900000004', password: 'right-pass-1' }).expect(429);
  });

  it('needs a valid token for /me', async () => {
    const none = await t.http.get('/api/me').expect(401);
    expect(none.body.error.code).toBe('UNAUTHENTICATED');
    await t.http.get('/api/me').set('Authorization', 'Bearer not.a.token').expect(401);
    const { token } = await signIn(t, '13900000005');
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'staff' })).toString('base64url');
    await t.http.get('/api/association/suppliers').set('Authorization', `Bearer ${h}.${forged}.${s}`).expect(401);
  });

  it('lets staff call staff routes and refuses shoppers with 403', async () => {
    const shopper = await signIn(t, '13900000006');
    const denied = await t.http.get('/api/association/suppliers').set('Authorization', `Bearer ${shopper.token}`).expect(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    const staff = await signIn(t, '13900000007', 'staff');
    const ok = await t.http.get('/api/association/suppliers').set('Authorization', `Bearer ${staff.token}`).expect(200);
    expect(ok.body).toEqual({ items: [], total: 0 });
    const admin = await signIn(t, '13900000008', 'admin');
    await t.http.get('/api/association/suppliers').set('Authorization', `Bearer ${admin.token}`).expect(200);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"phone": "138').expect(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it.each(['gzip', 'br', 'deflate'])('answers a body that is not %s-encoded as it claims with 400 and a request id, never 500', async (encoding) => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', encoding).send('{"phone":"13900000001"}').expect(400);
    expect(res.body).toEqual({ error: { code: 'MALFORMED_BODY', message: expect.any(String), requestId: res.headers['x-request-id'] } });
  });

  it('gives body-parser refusals the request id the caller sent', async () => {
    const res = await t.http.post('/api/auth/login').set('X-Request-Id', 'probe-42').set('Content-Type', 'application/json').send('{"phone').expect(400);
    expect(res.body.error).toMatchObject({ code: 'MALFORMED_JSON', requestId: 'probe-42' });
    expect(res.headers['x-request-id']).toBe('probe-42');
  });

  it('answers a wrong method on a known route with 405 and Allow', async () => {
    for (const method of ['get', 'delete', 'put'] as const) {
      const res = await t.http[method]('/api/auth/login').expect(405);
      expect(res.headers.allow).toBe('POST');
      expect(res.body.error).toMatchObject({ code: 'METHOD_NOT_ALLOWED', details: { allowed: ['POST'] }, requestId: expect.any(String) });
    }
    const res = await t.http.post('/api/counties').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    await t.http.post('/api/no-such-thing').expect(404);
  });

  it('reads an action posted without a body as an empty one', async () => {
    const staff = await signIn(t, '13900000010', 'staff');
    const applicant = await signIn(t, '13900000011');
    const applied = await t.http.post('/api/supplier/applications').set('Authorization', `Bearer ${applicant.token}`).send(applicationBody()).expect(201);
    // Every field of an approval is optional: no body approves with the defaults.
    const approved = await t.http.post(`/api/association/applications/${applied.body.id}/approve`).set('Authorization', `Bearer ${staff.token}`).expect(200);
    expect(approved.body.certificateNo).toEqual(expect.any(String));
  });

  it('names each bad field with 400', async () => {
    const res = await t.http.post('/api/auth/register').send({ phone: 12345, password: 'short', name: 'ok' }).expect(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const fields = res.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['password', 'phone']);
    expect(res.body.error.message).toContain('phone');
  });

  it('validates query parameters too', async () => {
    const staff = await signIn(t, '13900000009', 'staff');
    const res = await t.http
      .get('/api/association/suppliers?county=999999&pageSize=1000')
      .set('Authorization', `Bearer ${staff.token}`)
      .expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['county', 'pageSize']);
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    const res = await t.http.get('/api/no-such-thing').set('Accept', 'text/html').expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('lists counties and categories', async () => {
    const counties = await t.http.get('/api/counties').expect(200);
    expect(counties.body).toHaveLength(11);
    expect(counties.body).toContainEqual({ code: '610723', name: '洋县' });
    const categories = await t.http.get('/api/categories').expect(200);
    expect(categories.body.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['tea', 'fungi', 'herbs', 'meat', 'fruit', 'grain_oil', 'konjac', 'nuts', 'honey', 'vegetables']),
    );
    expect(categories.body[0]).toEqual({ code: 'tea', name: '茶叶', nameEn: 'Tea', productCount: 0 });
  });

  it("lists a county's towns from the national division list, and refuses a county that is not Hanzhong's", async () => {
    const yang = await t.http.get('/api/counties/610723/towns').expect(200);
    expect(yang.body).toMatchObject({ code: '610723', name: '洋县' });
    expect(yang.body.towns).toEqual(expect.arrayContaining(['溢水镇', '桑溪镇', '洋州街道']));
    const foping = await t.http.get('/api/counties/610730/towns').expect(200);
    expect(foping.body.towns.length).toBeGreaterThan(3);
    for (const code of ['110101', 'abc']) expect((await t.http.get(`/api/counties/${code}/towns`).expect(404)).body.error.code).toBe('NOT_FOUND');
  });

  it('publishes OpenAPI generated from the contracts', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.paths['/api/auth/login']).toBeDefined();
    const schemas = JSON.stringify(res.body.components.schemas);
    expect(schemas).toContain('phone');
    await t.http.get('/api/docs').expect(200);
  });

  it('documents every route with the schema of its answer and the error shape', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const problems: string[] = [];
    for (const [path, item] of Object.entries<Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const responses = Object.entries(operation.responses ?? {});
        const answered = responses.some(([status, r]) => status.startsWith('2') && Object.values(r.content ?? {}).some((c) => c.schema));
        if (!answered) problems.push(`${method.toUpperCase()} ${path}: no answer schema`);
        for (const range of ['4XX', '5XX']) {
          const schema = operation.responses?.[range]?.content?.['application/json']?.schema;
          if (JSON.stringify(schema) !== JSON.stringify({ $ref: '#/components/schemas/ErrorBody' })) problems.push(`${method.toUpperCase()} ${path}: no ${range} error shape`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(doc.components.schemas.ErrorBody.properties.error.required).toEqual(expect.arrayContaining(['code', 'message']));
  });

  it('keeps or assigns a request id and sets security headers', async () => {
    const kept = await t.http.get('/api/health').set('X-Request-Id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const made = await t.http.get('/api/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers['x-content-type-options']).toBe('nosniff');
  });
});
