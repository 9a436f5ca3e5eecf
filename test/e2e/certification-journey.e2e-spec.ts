import { addDays, Clock } from '../../apps/api/src/common/clock';
import { CertificateExpiryService } from '../../apps/api/src/certification/certificate-expiry.service';
import { applicationBody, auth, nextPhone } from '../support/certification';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

const draft = {
  name: '洋县朱鹮有机黑米',
  categoryCode: 'grain_oil',
  description: '朱鹮栖息地稻田种植',
  originTown: '溢水镇',
  skus: [{ spec: '真空装 2.5kg', unit: '袋', weightGrams: 2500, priceFen: 6800, stock: 40 }],
};

describe(`from application to the public catalog and back on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('certifies a supplier and its product, hides it while suspended or expired, shows it again after', async () => {
    const staff = (await signIn(t, nextPhone(), 'staff')).token;
    const applicant = await signIn(t, nextPhone());

    const bad = await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody({ creditCode: '91610723MA6YX12340' })).expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(['creditCode']);
    const applied = await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody()).expect(201);
    await t.http.post(`/api/association/applications/${applied.body.id}/request-changes`).set(auth(staff)).send({ reason: '请补充联系人' }).expect(200);
    await t.http
      .patch(`/api/supplier/applications/${applied.body.id}`)
      .set(auth(applicant.token))
      .send(applicationBody({ creditCode: applied.body.creditCode, contactName: '王小明' }))
      .expect(200);
    const approved = await t.http.post(`/api/association/applications/${applied.body.id}/approve`).set(auth(staff)).send({}).expect(200);
    expect(approved.body.certificateNo).toMatch(/^HZXF-S-\d{4}-\d{5}$/);
    const supplierId = approved.body.supplierId;

    const product = await t.http.post('/api/supplier/products').set(auth(applicant.token)).send(draft).expect(201);
    await t.http.get(`/api/products/${product.body.id}`).expect(404);
    await t.http.post(`/api/supplier/products/${product.body.id}/submit`).set(auth(applicant.token)).expect(200);
    const certified = await t.http.post(`/api/association/products/${product.body.id}/certify`).set(auth(staff)).send({}).expect(200);
    expect(certified.body.certificateNo).toMatch(/^HZXF-P-\d{4}-\d{5}$/);

    const page = await t.http.get(`/api/products/${product.body.id}`).expect(200);
    expect(page.body).toMatchObject({
      name: draft.name,
      county: { code: '610723', name: '洋县' },
      certificate: { no: certified.body.certificateNo },
      supplier: { id: supplierId },
      householdsLinked: 42,
    });
    await t.http.get(`/api/suppliers/${supplierId}`).expect(200);

    await t.http.post(`/api/association/suppliers/${supplierId}/suspend`).set(auth(staff)).send({ reason: '质量抽检不合格' }).expect(200);
    await t.http.get(`/api/products/${product.body.id}`).expect(404);
    await t.http.get(`/api/suppliers/${supplierId}`).expect(404);
    const categories = await t.http.get('/api/categories').expect(200);
    expect(categories.body.find((c: { code: string }) => c.code === 'grain_oil').productCount).toBe(0);

    await t.http.post(`/api/association/suppliers/${supplierId}/reinstate`).set(auth(staff)).send({ reason: '整改合格' }).expect(200);
    await t.http.get(`/api/products/${product.body.id}`).expect(200);

    // The product certificate runs out: the product leaves the catalog at once, the supplier stays.
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${addDays(certified.body.validUntil, 1)}T09:00:00+08:00`));
    try {
      const supplierStillValid = approved.body.validUntil > certified.body.validUntil;
      const expired = await t.app.get(CertificateExpiryService).expireDue();
      expect(expired).toBe(supplierStillValid ? 1 : 2);
      await t.http.get(`/api/products/${product.body.id}`).expect(404);
      const own = await t.http.get(`/api/supplier/products/${product.body.id}`).set(auth(applicant.token)).expect(200);
      expect(own.body).toMatchObject({ status: 'expired', certificate: { status: 'expired' } });
    } finally {
      jest.restoreAllMocks();
    }

    const productAudit = await t.http.get(`/api/association/audit?subject=product:${product.body.id}`).set(auth(staff)).expect(200);
    expect(productAudit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'product.created',
      'product.submitted',
      'product.certified',
      'product.certificate_expired',
    ]);
  });
});
