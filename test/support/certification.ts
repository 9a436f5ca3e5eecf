import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@bangfu/contracts';
import { signIn, startTestApp, type TestApp } from './test-app';

let codeSequence = 0;

/** A fresh, valid unified social credit code for each call (9161… companies of Hanzhong). */
export function nextCreditCode(): string {
  let n = ++codeSequence + Math.floor(Math.random() * 1_000_000) * 1000;
  let tail = '';
  for (let i = 0; i < 9; i++) {
    tail = CREDIT_CODE_ALPHABET[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const body = `91610723${tail}`;
  return body + creditCodeCheckChar(body);
}

export function applicationBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '洋县朱鹮黑米专业合作社',
    creditCode: nextCreditCode(),
    entityType: 'coop',
    county: '610723',
    town: '溢水镇',
    village: '东村',
    address: '洋县溢水镇东村一组',
    contactName: '李秀英',
    contactPhone: '13912345678',
    legalRep: '李建国',
    householdsLinked: 42,
    description: '种植有机黑米，带动脱贫户增收。',
    ...overrides,
  };
}

let phoneSequence = 0;
export const nextPhone = () => `137${String(process.pid % 1000).padStart(3, '0')}${String(++phoneSequence).padStart(5, '0')}`;

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A shopper applies and staff approve: returns the new supplier user's token and ids. */
export async function certifiedSupplier(t: TestApp, staffToken: string, overrides: Record<string, unknown> = {}, approval: { validUntil?: string } = {}) {
  const applicant = await signIn(t, nextPhone());
  const applied = await t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody(overrides)).expect(201);
  const approved = await t.http.post(`/api/association/applications/${applied.body.id}/approve`).set(auth(staffToken)).send(approval).expect(200);
  return { token: applicant.token, userId: applicant.userId, supplierId: approved.body.supplierId as number, applicationId: applied.body.id as number, certificateNo: approved.body.certificateNo as string };
}

/** A test app with a member of staff signed in: what most suites start from. */
export async function appWithStaff(env: Record<string, string> = {}): Promise<{ t: TestApp; staff: string }> {
  const t = await startTestApp(env);
  return { t, staff: (await signIn(t, nextPhone(), 'staff')).token };
}
