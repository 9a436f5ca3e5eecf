import { SMS_CODE_RULES } from '@bangfu/contracts';
import { Clock } from '../../apps/api/src/common/clock';
import { AliyunSmsDouble } from '../support/aliyun-sms-double';
import { nextPhone } from '../support/certification';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';

const PASSWORD = 'tea-garden-8';

describe(`shopper accounts by SMS code on ${TEST_DB}`, () => {
  let t: TestApp;
  let clock: Clock;
  let now: number;

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock);
  });
  beforeEach(() => {
    now = Date.parse('2026-12-02T02:00:00Z');
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const later = (seconds: number) => (now += seconds * 1000);
  const askCode = (phone: string, purpose: 'register' | 'login' | 'reset_password') => t.http.post('/api/auth/sms-codes').send({ phone, purpose });
  const devCode = async (phone: string): Promise<string> => (await t.http.get('/api/auth/dev/sms').query({ phone }).expect(200)).body.code;
  const codeFor = async (phone: string, purpose: 'register' | 'login' | 'reset_password') => {
    await askCode(phone, purpose).expect(202);
    return devCode(phone);
  };
  const register = (phone: string, smsCode?: string) => t.http.post('/api/auth/register').send({ phone, password: PASSWORD, name: '茶农小王', smsCode });
  const newAccount = async () => {
    const phone = nextPhone();
    await register(phone, await codeFor(phone, 'register')).expect(201);
    later(SMS_CODE_RULES.resendSeconds);
    return phone;
  };

  it('signs up with the code sent to the phone, then logs in by password or by a new code', async () => {
    const phone = nextPhone();
    const sent = await askCode(phone, 'register').expect(202);
    expect(sent.body).toEqual({ expiresAt: new Date(now + 300_000).toISOString(), resendAt: new Date(now + 60_000).toISOString() });
    const code = await devCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const created = await register(phone, code).expect(201);
    expect(created.body).toMatchObject({ phone, role: 'shopper' });
    await t.http.post('/api/auth/login').send({ phone, password: PASSWORD }).expect(200);

    later(61);
    const loginCode = await codeFor(phone, 'login');
    const login = await t.http.post('/api/auth/login').send({ phone, smsCode: loginCode }).expect(200);
    expect(login.body.user.id).toBe(created.body.id);
    await t.http.get('/api/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
  });

  it('keeps only a keyed hash of each code', async () => {
    const phone = nextPhone();
    const code = await codeFor(phone, 'register');
    const rows: { code_hash: string }[] = await t.db.manager.query('SELECT code_hash FROM sms_codes WHERE phone = ?', [phone]);
    expect(rows).toHaveLength(1);
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].code_hash).not.toContain(code);
  });

  it('takes a code once only, also when two requests bring it at the same moment', async () => {
    const phone = await newAccount();
    const code = await codeFor(phone, 'login');
    const answers = await Promise.all([1, 2, 3].map(() => t.http.post('/api/auth/login').send({ phone, smsCode: code })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400]);
    const again = await t.http.post('/api/auth/login').send({ phone, smsCode: code }).expect(400);
    expect(again.body.error.code).toBe('SMS_CODE_INVALID');
  });

  it('lets a code expire after five minutes', async () => {
    const phone = nextPhone();
    const code = await codeFor(phone, 'register');
    later(SMS_CODE_RULES.validSeconds + 1);
    expect((await register(phone, code).expect(400)).body.error.code).toBe('SMS_CODE_INVALID');
  });

  it('honours only the latest code sent, and only for its purpose', async () => {
    const phone = await newAccount();
    const first = await codeFor(phone, 'login');
    later(61);
    const second = await codeFor(phone, 'login');
    if (first !== second) await t.http.post('/api/auth/login').send({ phone, smsCode: first }).expect(400);
    await t.http.post('/api/auth/reset-password').send({ phone, smsCode: second, password: 'new-pass-99' }).expect(400);
    await t.http.post('/api/auth/login').send({ phone, smsCode: second }).expect(200);
  });

  it('sends at most one code a minute and ten a day to a phone', async () => {
    const phone = nextPhone();
    await askCode(phone, 'register').expect(202);
    const tooSoon = await askCode(phone, 'register').expect(429);
    expect(tooSoon.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    for (let sent = 1; sent < SMS_CODE_RULES.perPhonePerDay; sent++) {
      later(61);
      await askCode(phone, 'register').expect(202);
    }
    later(61);
    await askCode(phone, 'register').expect(429);
    later(24 * 3600);
    await askCode(phone, 'register').expect(202);
  });

  it('locks the phone after five wrong codes, even against the right one', async () => {
    const phone = await newAccount();
    const code = await codeFor(phone, 'login');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < SMS_CODE_RULES.wrongTriesAllowed; i++) {
      expect((await t.http.post('/api/auth/login').send({ phone, smsCode: wrong }).expect(400)).body.error.code).toBe('SMS_CODE_INVALID');
    }
    const locked = await t.http.post('/api/auth/login').send({ phone, smsCode: code }).expect(429);
    expect(locked.body.error.code).toBe('TOO_MANY_REQUESTS');
    // The code itself is spent by the fifth wrong try: after the lockout it is still refused.
    later(15 * 60 + 1);
    await t.http.post('/api/auth/login').send({ phone, smsCode: code }).expect(400);
    const fresh = await codeFor(phone, 'login');
    await t.http.post('/api/auth/login').send({ phone, smsCode: fresh }).expect(200);
  });

  it('resets a forgotten password by SMS code', async () => {
    const phone = await newAccount();
    const code = await codeFor(phone, 'reset_password');
    const reset = await t.http.post('/api/auth/reset-password').send({ phone, smsCode: code, password: 'fresh-leaf-42' }).expect(200);
    await t.http.get('/api/me').set('Authorization', `Bearer ${reset.body.accessToken}`).expect(200);
    await t.http.post('/api/auth/login').send({ phone, password: PASSWORD }).expect(401);
    await t.http.post('/api/auth/login').send({ phone, password: 'fresh-leaf-42' }).expect(200);
  });

  it('refuses codes that cannot be used: sign-up of a known phone, login or reset of an unknown one, both ways of login at once', async () => {
    const phone = await newAccount();
    expect((await askCode(phone, 'register').expect(409)).body.error.code).toBe('PHONE_TAKEN');
    const stranger = nextPhone();
    expect((await askCode(stranger, 'login').expect(404)).body.error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await askCode(stranger, 'reset_password').expect(404)).body.error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await t.http.post('/api/auth/sms-codes').send({ phone: '12345', purpose: 'register' }).expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    expect((await t.http.post('/api/auth/sms-codes').send({ phone: stranger, purpose: 'spam' }).expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    await t.http.post('/api/auth/login').send({ phone, password: PASSWORD, smsCode: '123456' }).expect(400);
    await t.http.post('/api/auth/login').send({ phone, smsCode: '12ab56' }).expect(400);
    await t.http.get('/api/auth/dev/sms').query({ phone: stranger }).expect(404);
  });
});

describe(`SMS codes asked for from one address on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SMS_CODES_PER_ADDRESS_PER_HOUR: '3' });
  });
  afterAll(() => t.close());

  it('are limited over all phones, so one client cannot text a list of numbers', async () => {
    for (let i = 0; i < 3; i++) await t.http.post('/api/auth/sms-codes').send({ phone: nextPhone(), purpose: 'register' }).expect(202);
    const refused = await t.http.post('/api/auth/sms-codes').send({ phone: nextPhone(), purpose: 'register' }).expect(429);
    expect(refused.body.error.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe(`sign-up with Aliyun SMS configured on ${TEST_DB}`, () => {
  const double = new AliyunSmsDouble();
  let t: TestApp;

  beforeAll(async () => {
    const endpoint = await double.start();
    t = await startTestApp({
      ALIYUN_SMS_ACCESS_KEY_ID: double.accessKeyId,
      ALIYUN_SMS_ACCESS_KEY_SECRET: double.accessKeySecret,
      ALIYUN_SMS_SIGN_NAME: '帮扶集市',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_300000001',
      ALIYUN_SMS_ENDPOINT: endpoint,
    });
  });
  afterAll(async () => {
    await t.close();
    await double.stop();
  });

  it('sends the code through Aliyun, needs it for sign-up, and has no dev SMS box', async () => {
    const phone = nextPhone();
    const without = await t.http.post('/api/auth/register').send({ phone, password: PASSWORD, name: '茶农小李' }).expect(400);
    expect(without.body.error.code).toBe('SMS_CODE_REQUIRED');
    await t.http.post('/api/auth/sms-codes').send({ phone, purpose: 'register' }).expect(202);
    const sent = double.sent.at(-1);
    expect(sent).toMatchObject({ phone, signName: '帮扶集市', templateCode: 'SMS_300000001' });
    await t.http.post('/api/auth/register').send({ phone, password: PASSWORD, name: '茶农小李', smsCode: sent?.params.code }).expect(201);
    await t.http.get('/api/auth/dev/sms').query({ phone }).expect(404);
  });

  it('says the SMS was not sent when Aliyun refuses, and lets the shopper ask again at once', async () => {
    const phone = nextPhone();
    double.refuseWith = 'isv.BUSINESS_LIMIT_CONTROL';
    const refused = await t.http.post('/api/auth/sms-codes').send({ phone, purpose: 'register' }).expect(502);
    expect(refused.body.error.code).toBe('SMS_NOT_SENT');
    double.refuseWith = null;
    await t.http.post('/api/auth/sms-codes').send({ phone, purpose: 'register' }).expect(202);
  });
});
