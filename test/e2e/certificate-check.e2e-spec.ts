import { addDays, Clock } from '../../apps/api/src/common/clock';
import { appWithStaff, auth, certifiedSupplier } from '../support/certification';
import { sellableSku } from '../support/orders';
import { TEST_DB, type TestApp } from '../support/test-app';

const REASON = { reason: '抽检不合格，暂停销售' };

/** The check behind a certificate's QR code: no login, the holder, and whether it holds today. */
describe(`public certificate check on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const check = (no: string) => t.http.get(`/api/certificates/${encodeURIComponent(no)}`);

  /** A product's certificate and its supplier's, from a freshly certified product. */
  async function certifiedProduct() {
    const supplier = await certifiedSupplier(t, staff, { name: '城固县原公镇柑橘专业合作社', county: '610722', town: '原公镇', village: '青龙寺村', address: '城固县原公镇青龙寺村' });
    const skuId = await sellableSku(t, staff, supplier, 4200, 5, '城固蜜桔');
    const [{ product_id: productId }] = await t.db.manager.query('SELECT product_id FROM skus WHERE id = ?', [skuId]);
    const [{ no }] = await t.db.manager.query('SELECT c.no FROM certificates c JOIN products p ON p.certificate_id = c.id WHERE p.id = ?', [productId]);
    return { supplier, productId: productId as number, productCertificateNo: no as string };
  }

  it('names the holder and the product of a valid certificate, without a login', async () => {
    const { supplier, productId, productCertificateNo } = await certifiedProduct();
    const product = await check(productCertificateNo).expect(200);
    expect(product.body).toEqual({
      no: productCertificateNo,
      subjectType: 'product',
      holder: { supplierId: supplier.supplierId, name: '城固县原公镇柑橘专业合作社', countyCode: '610722' },
      product: { id: productId, name: '城固蜜桔' },
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'valid',
    });
    const own = await check(supplier.certificateNo).expect(200);
    expect(own.body).toMatchObject({ no: supplier.certificateNo, subjectType: 'supplier', holder: { supplierId: supplier.supplierId }, status: 'valid' });
    expect(own.body.product).toBeUndefined();
  });

  it('says "suspended" for every certificate of a suspended supplier, and "valid" again once reinstated', async () => {
    const { supplier, productCertificateNo } = await certifiedProduct();
    await t.http.post(`/api/association/suppliers/${supplier.supplierId}/suspend`).set(auth(staff)).send(REASON).expect(200);
    expect((await check(productCertificateNo).expect(200)).body.status).toBe('suspended');
    expect((await check(supplier.certificateNo).expect(200)).body.status).toBe('suspended');
    await t.http.post(`/api/association/suppliers/${supplier.supplierId}/reinstate`).set(auth(staff)).send(REASON).expect(200);
    expect((await check(productCertificateNo).expect(200)).body.status).toBe('valid');
  });

  it('says "revoked" for a revoked product, even while its supplier is suspended', async () => {
    const { supplier, productId, productCertificateNo } = await certifiedProduct();
    await t.http.post(`/api/association/products/${productId}/revoke`).set(auth(staff)).send(REASON).expect(200);
    await t.http.post(`/api/association/suppliers/${supplier.supplierId}/suspend`).set(auth(staff)).send(REASON).expect(200);
    expect((await check(productCertificateNo).expect(200)).body.status).toBe('revoked');
    expect((await check(supplier.certificateNo).expect(200)).body.status).toBe('suspended');
  });

  it('says "expired" from the day after the last valid day, before the expiry job has run', async () => {
    const realToday = new Clock().today();
    const validUntil = addDays(realToday, 20);
    const supplier = await certifiedSupplier(t, staff, {}, { validUntil });
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${validUntil}T23:30:00+08:00`));
    expect((await check(supplier.certificateNo).expect(200)).body).toMatchObject({ status: 'valid', validUntil });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${addDays(validUntil, 1)}T00:10:00+08:00`));
    expect((await check(supplier.certificateNo).expect(200)).body.status).toBe('expired');
  });

  it('answers 404 CERTIFICATE_NOT_FOUND for a number that is not ours, however it is written', async () => {
    for (const no of ['HZ-2026-99999', 'x'.repeat(200), "' OR 1=1 --", '证书']) {
      const unknown = await check(no).expect(404);
      expect(unknown.body.error.code).toBe('CERTIFICATE_NOT_FOUND');
    }
  });
});
