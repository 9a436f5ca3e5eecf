import { addDays, Clock } from '../../apps/api/src/common/clock';
import { CertificateExpiryService } from '../../apps/api/src/certification/certificate-expiry.service';
import { appWithStaff, auth, certifiedSupplier, nextPhone } from '../support/certification';
import { signIn, TEST_DB, type TestApp } from '../support/test-app';

describe(`certificate expiry and renewal on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  let clock: Clock;
  const realToday = new Clock().today();
  /** Moves the app's clock to noon (China time) on the given day. */
  const travelTo = (day: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(`${day}T12:00:00+08:00`));

  beforeAll(async () => {
    ({ t, staff } = await appWithStaff());
    clock = t.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  it('shows the renewal notice from 30 days before expiry', async () => {
    const validUntil = addDays(realToday, 45);
    const supplier = await certifiedSupplier(t, staff, {}, { validUntil });
    const early = await t.http.get('/api/supplier/profile').set(auth(supplier.token)).expect(200);
    expect(early.body.renewal).toMatchObject({ validUntil, daysLeft: 45, due: false, renewalPending: false });
    travelTo(addDays(validUntil, -30));
    const due = await t.http.get('/api/supplier/profile').set(auth(supplier.token)).expect(200);
    expect(due.body.renewal).toMatchObject({ daysLeft: 30, due: true });
  });

  it('expires a certificate after its last day, once, even when the job runs twice at once', async () => {
    const validUntil = addDays(realToday, 10);
    const supplier = await certifiedSupplier(t, staff, {}, { validUntil });
    const expiry = t.app.get(CertificateExpiryService);

    travelTo(validUntil);
    expect(await expiry.expireDue()).toBe(0);
    expect((await t.http.get(`/api/association/suppliers/${supplier.supplierId}`).set(auth(staff))).body.status).toBe('active');

    travelTo(addDays(validUntil, 1));
    const runs = await Promise.all([expiry.expireDue(), expiry.expireDue()]);
    expect(runs[0] + runs[1]).toBe(1);
    const view = await t.http.get(`/api/association/suppliers/${supplier.supplierId}`).set(auth(staff)).expect(200);
    expect(view.body).toMatchObject({ status: 'expired', certificate: { status: 'expired', validUntil } });
    const audit = await t.http.get(`/api/association/audit?subject=supplier:${supplier.supplierId}`).set(auth(staff)).expect(200);
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'supplier.certificate_expired')).toHaveLength(1);
    expect((await t.http.post('/api/association/certificates/expire-due').set(auth(staff)).expect(200)).body).toEqual({ expired: 0 });
  });

  it('renews an expired supplier: one open renewal at a time, approval brings it back', async () => {
    const validUntil = addDays(realToday, 5);
    const supplier = await certifiedSupplier(t, staff, {}, { validUntil });
    travelTo(addDays(validUntil, 3));
    await t.app.get(CertificateExpiryService).expireDue();

    const profile = await t.http.get('/api/supplier/profile').set(auth(supplier.token)).expect(200);
    expect(profile.body).toMatchObject({ status: 'expired', renewal: { daysLeft: -3, due: true } });
    const renewal = await t.http.post('/api/supplier/renewals').set(auth(supplier.token)).send({ note: '申请续期' }).expect(201);
    expect(renewal.body).toMatchObject({ kind: 'renewal', status: 'pending', supplierId: supplier.supplierId });
    await t.http.post('/api/supplier/renewals').set(auth(supplier.token)).send({}).expect(409);
    const pending = await t.http.get('/api/supplier/profile').set(auth(supplier.token)).expect(200);
    expect(pending.body.renewal).toMatchObject({ due: false, renewalPending: true });

    const approved = await t.http.post(`/api/association/applications/${renewal.body.id}/approve`).set(auth(staff)).send({}).expect(200);
    expect(approved.body.certificateNo).not.toBe(supplier.certificateNo);
    const renewed = await t.http.get('/api/supplier/profile').set(auth(supplier.token)).expect(200);
    expect(renewed.body).toMatchObject({ status: 'active', certificate: { no: approved.body.certificateNo, status: 'valid' }, renewal: { due: false } });
  });

  it('refuses to reinstate a suspended supplier whose certificate has run out', async () => {
    const validUntil = addDays(realToday, 2);
    const supplier = await certifiedSupplier(t, staff, {}, { validUntil });
    await t.http.post(`/api/association/suppliers/${supplier.supplierId}/suspend`).set(auth(staff)).send({ reason: '停业整顿' }).expect(200);
    travelTo(addDays(validUntil, 1));
    const refused = await t.http.post(`/api/association/suppliers/${supplier.supplierId}/reinstate`).set(auth(staff)).send({}).expect(409);
    expect(refused.body.error.code).toBe('CERTIFICATE_EXPIRED');
  });

  it('validates the approval date', async () => {
    const applicant = await signIn(t, nextPhone());
    const { applicationBody } = await import('../support/certification');
    const { id } = (await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody()).expect(201)).body;
    const past = await t.http.post(`/api/association/applications/${id}/approve`).set(auth(staff)).send({ validUntil: realToday }).expect(400);
    expect(past.body.error.details[0].field).toBe('validUntil');
    await t.http.post(`/api/association/applications/${id}/approve`).set(auth(staff)).send({ validUntil: '2027-02-30' }).expect(400);
  });
});
