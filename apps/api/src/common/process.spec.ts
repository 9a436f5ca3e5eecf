import { openTestDatabase, TEST_DB } from '../../../../test/support/test-app';
import { certificates } from '../certification/certification-processes';
import { CertificateEntity } from '../certification/certification.entities';
import type { Database } from '../database/database';
import { AppError } from './app-error';

/** defineProcess on a real database, through one of the processes built on it (certificates: valid → revoked | expired). */
describe(`defineProcess on ${TEST_DB}`, () => {
  let db: Database;
  let close: () => Promise<void>;
  let serial = 0;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase());
  });
  afterAll(() => close());

  async function validCertificate(): Promise<CertificateEntity> {
    serial++;
    const certificate = db.manager.create(CertificateEntity, {
      no: `HZXF-P-2026-9${String(serial).padStart(4, '0')}`,
      subjectType: 'product',
      subjectId: serial,
      status: 'valid',
      validFrom: '2026-01-01',
      validUntil: '2028-12-31',
      issuedBy: null,
    });
    await db.manager.insert(CertificateEntity, certificate);
    return certificate;
  }
  const statusOf = async (id: number) => (await db.manager.findOneByOrFail(CertificateEntity, { id })).status;
  const errorOf = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error as AppError);

  it('takes a step the table has, and says which steps lead where', async () => {
    const certificate = await validCertificate();
    await db.transaction((m) => certificates.move(m, certificate, 'expired', undefined));
    expect(certificate.status).toBe('expired');
    expect(await statusOf(certificate.id)).toBe('expired');
    expect(certificates.sources('revoked')).toEqual(['valid']);
    expect(certificates.can('expired', 'valid')).toBe(false);
  });

  it('refuses a step the table has not with 409 ILLEGAL_TRANSITION and changes nothing', async () => {
    const certificate = await validCertificate();
    await db.transaction((m) => certificates.move(m, certificate, 'revoked', undefined));
    const error = await errorOf(db.transaction((m) => certificates.move(m, certificate, 'expired', undefined)));
    expect(error).toMatchObject({ status: 409, code: 'ILLEGAL_TRANSITION', details: { from: 'revoked', to: 'expired' } });
    expect(await statusOf(certificate.id)).toBe('revoked');
  });

  it('lets one of two moves from the same status win; the other is the conflict, with the status it found', async () => {
    const certificate = await validCertificate();
    const seenByA = { id: certificate.id, status: certificate.status };
    const seenByB = { id: certificate.id, status: certificate.status };
    await db.transaction((m) => certificates.move(m, seenByA, 'revoked', undefined));
    expect(await db.transaction((m) => certificates.tryMove(m, { ...seenByB }, 'expired', undefined))).toBe(false);
    const error = await errorOf(db.transaction((m) => certificates.move(m, seenByB, 'expired', undefined)));
    expect(error).toMatchObject({ status: 409, code: 'CERTIFICATE_STATE_CONFLICT', details: { status: 'revoked' } });
    expect(await statusOf(certificate.id)).toBe('revoked');
  });

  it('takes a step only while the guard still holds, and enters a status from any that leads there', async () => {
    const certificate = await validCertificate();
    const guarded = { guard: { subjectId: certificate.subjectId + 1 } };
    expect(await db.transaction((m) => certificates.tryMove(m, { ...certificate }, 'expired', undefined, guarded))).toBe(false);
    expect(await db.transaction((m) => certificates.enter(m, certificate.id, 'expired', { guard: { subjectId: certificate.subjectId } }))).toBe(true);
    expect(await db.transaction((m) => certificates.enter(m, certificate.id, 'revoked'))).toBe(false);
    expect(await statusOf(certificate.id)).toBe('expired');
  });
});
