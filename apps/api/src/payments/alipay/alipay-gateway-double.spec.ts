import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import { AlipayGatewayDouble } from '../../../../../test/support/alipay-gateway-double';
import { loadConfig } from '../../config/config';

/** The SDK is kept out of these tests: requests and checks are written from Alipay's rules directly. */

const sortedText = (params: Record<string, string>, exclude: string[]) =>
  Object.keys(params)
    .filter((k) => !exclude.includes(k))
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');

const rsa2Verify = (text: string, sign: string, publicKey: string) => createVerify('RSA-SHA256').update(text, 'utf8').verify(publicKey, sign, 'base64');

const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

interface CallOptions {
  /** Signs with this key instead of the app's. */
  key?: string;
  /** Parameters set before signing. */
  params?: Record<string, string>;
  /** Parameters changed after signing, as in transit; undefined removes one. */
  after?: Record<string, string | undefined>;
}

/** A v1 gateway call as Alipay documents it: common parameters plus biz_content, signed over all but sign, POSTed as a form. */
async function call(alipay: AlipayGatewayDouble, method: string, biz: object, options: CallOptions = {}) {
  const params: Record<string, string> = {
    app_id: alipay.appId,
    method,
    charset: 'utf-8',
    sign_type: 'RSA2',
    timestamp: '2025-03-01 16:00:00',
    version: '1.0',
    biz_content: JSON.stringify(biz),
    ...options.params,
  };
  params.sign = createSign('RSA-SHA256').update(sortedText(params, []), 'utf8').sign(options.key ?? alipay.appPrivateKey, 'base64');
  for (const [name, value] of Object.entries(options.after ?? {})) {
    if (value === undefined) delete params[name];
    else params[name] = value;
  }
  const res = await fetch(alipay.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(params).toString(),
  });
  const raw = await res.text();
  const parts = /^\{"(\w+)":(\{.*\}),"sign":"([^"]+)"\}$/.exec(raw);
  if (!parts) throw new Error(`not Alipay's answer shape: ${raw}`);
  return { key: parts[1], answer: JSON.parse(parts[2]) as Record<string, string>, text: parts[2], signedByAlipay: rsa2Verify(parts[2], parts[3], alipay.alipayPublicKey) };
}

describe('AlipayGatewayDouble', () => {
  let alipay: AlipayGatewayDouble;
  beforeAll(async () => {
    alipay = await AlipayGatewayDouble.start();
  });
  afterAll(() => alipay.close());

  it('answers in Alipay’s JSON shape, signed over the exact text of the …_response value with Alipay’s key', async () => {
    const created = await call(alipay, 'alipay.trade.precreate', { out_trade_no: 'D-SHAPE', total_amount: '1.00', subject: 's' });
    expect(created.key).toBe('alipay_trade_precreate_response');
    expect(created.signedByAlipay).toBe(true);
    expect(created.answer).toMatchObject({ code: '10000', msg: 'Success', out_trade_no: 'D-SHAPE' });
    // Alipay escapes slashes; the signature is over the text as sent, not a re-serialisation.
    expect(created.text).toContain('https:\\/\\/qr.alipay.com\\/');

    const missing = await call(alipay, 'alipay.trade.query', { out_trade_no: 'D-NONE' });
    expect(missing).toMatchObject({ key: 'alipay_trade_query_response', signedByAlipay: true });
    expect(missing.answer).toEqual({ code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST', sub_msg: '交易不存在' });
  });

  it.each<[string, CallOptions, string, string]>([
    ['signed with another key', { key: otherKey }, '40002', 'isv.invalid-signature'],
    ['with biz_content changed after signing', { after: { biz_content: '{"out_trade_no":"D-OTHER"}' } }, '40002', 'isv.invalid-signature'],
    ['from another app', { params: { app_id: '2021009999999999' } }, '40002', 'isv.invalid-app-id'],
    ['unsigned', { after: { sign: undefined } }, '40001', 'isv.missing-signature'],
    ['signed with RSA', { params: { sign_type: 'RSA' } }, '40002', 'isv.invalid-signature-type'],
    ['with a malformed timestamp', { params: { timestamp: '2025-03-01T16:00:00Z' } }, '40002', 'isv.invalid-timestamp'],
  ])('refuses a request %s with Alipay’s error answer, and records it', async (_name, options, code, subCode) => {
    const before = alipay.requests.length;
    const refused = await call(alipay, 'alipay.trade.query', { out_trade_no: 'D-REFUSED' }, options);
    expect(refused).toMatchObject({ key: 'alipay_trade_query_response', signedByAlipay: true, answer: { code, sub_code: subCode } });
    expect(alipay.requests.length).toBe(before + 1);
    expect(alipay.requests.at(-1)).toMatchObject({ method: 'alipay.trade.query', answer: { sub_code: subCode } });
  });

  it('refuses an unknown API under error_response', async () => {
    const refused = await call(alipay, 'alipay.trade.pay.everything', {});
    expect(refused).toMatchObject({ key: 'error_response', signedByAlipay: true, answer: { code: '40002', sub_code: 'isv.invalid-method' } });
  });

  it('precreate again: the same order keeps its QR code, a changed amount is ACQ.CONTEXT_INCONSISTENT', async () => {
    const order = { out_trade_no: 'D-AGAIN', total_amount: '5.00', subject: 's' };
    const first = await call(alipay, 'alipay.trade.precreate', order);
    expect((await call(alipay, 'alipay.trade.precreate', order)).answer.qr_code).toBe(first.answer.qr_code);
    expect((await call(alipay, 'alipay.trade.precreate', { ...order, total_amount: '0.01' })).answer.sub_code).toBe('ACQ.CONTEXT_INCONSISTENT');
    expect((await call(alipay, 'alipay.trade.precreate', { ...order, total_amount: '5.001' })).answer.sub_code).toBe('ACQ.INVALID_PARAMETER');
  });

  it('refund query: 10000 without refund fields for a refund it never made, REFUND_SUCCESS for one it made', async () => {
    await call(alipay, 'alipay.trade.precreate', { out_trade_no: 'D-RQ', total_amount: '9.00', subject: 's' });
    alipay.pay('D-RQ');
    expect((await call(alipay, 'alipay.trade.fastpay.refund.query', { out_trade_no: 'D-RQ', out_request_no: 'R1' })).answer).toEqual({ code: '10000', msg: 'Success' });
    expect((await call(alipay, 'alipay.trade.refund', { out_trade_no: 'D-RQ', refund_amount: '4.00', out_request_no: 'R1' })).answer.fund_change).toBe('Y');
    expect((await call(alipay, 'alipay.trade.fastpay.refund.query', { out_trade_no: 'D-RQ', out_request_no: 'R1' })).answer).toMatchObject({
      refund_status: 'REFUND_SUCCESS',
      refund_amount: '4.00',
      total_amount: '9.00',
    });
  });

  it('keeps trade state honest: unknown trades cannot be paid, only an unscanned QR code is scanned, nothing is paid twice', async () => {
    expect(() => alipay.pay('D-NEVER')).toThrow(/no trade D-NEVER/);
    await call(alipay, 'alipay.trade.precreate', { out_trade_no: 'D-STATE', total_amount: '1.00', subject: 's' });
    alipay.scan('D-STATE');
    expect(() => alipay.scan('D-STATE')).toThrow(/not an unscanned QR code/);
    alipay.pay('D-STATE');
    expect(() => alipay.pay('D-STATE')).toThrow(/cannot be paid/);
    expect(alipay.trade('D-STATE')).toMatchObject({ status: 'TRADE_SUCCESS', totalFen: 100 });
  });

  describe('notifications', () => {
    beforeAll(async () => {
      await call(alipay, 'alipay.trade.precreate', { out_trade_no: 'D-N', total_amount: '66.60', subject: '木耳' });
      alipay.pay('D-N');
    });

    it('are signed as Alipay signs them: every field but sign and sign_type, sorted, RSA-SHA256, base64', () => {
      const form = alipay.notification('D-N', { tradeStatus: 'TRADE_SUCCESS' });
      expect(form).toMatchObject({ out_trade_no: 'D-N', trade_status: 'TRADE_SUCCESS', total_amount: '66.60', app_id: alipay.appId, sign_type: 'RSA2', notify_type: 'trade_status_sync' });
      expect(form.trade_no).toBe(alipay.trade('D-N')!.tradeNo);
      expect(rsa2Verify(sortedText(form, ['sign', 'sign_type']), form.sign, alipay.alipayPublicKey)).toBe(true);
      // Each call is a new notification; Alipay's retries repeat one form, notify_id included.
      expect(alipay.notification('D-N', { tradeStatus: 'TRADE_SUCCESS' }).notify_id).not.toBe(form.notify_id);
    });

    it('forged ones do not verify with Alipay’s key, tampered ones no longer do', () => {
      const forged = alipay.forgedNotification('D-N', { tradeStatus: 'TRADE_SUCCESS' });
      expect(rsa2Verify(sortedText(forged, ['sign', 'sign_type']), forged.sign, alipay.alipayPublicKey)).toBe(false);
      const tampered = alipay.tamperedNotification('D-N', { tradeStatus: 'TRADE_SUCCESS' }, { total_amount: '0.01' });
      expect(tampered.total_amount).toBe('0.01');
      expect(rsa2Verify(sortedText(tampered, ['sign', 'sign_type']), tampered.sign, alipay.alipayPublicKey)).toBe(false);
    });

    it('take the amount and app id they are given, and need an amount for a trade Alipay never saw', () => {
      expect(alipay.notification('D-N', { tradeStatus: 'TRADE_SUCCESS', amount: 'abc', appId: '2021009999999999' })).toMatchObject({
        total_amount: 'abc',
        app_id: '2021009999999999',
      });
      expect(() => alipay.notification('D-UNSEEN', { tradeStatus: 'TRADE_SUCCESS' })).toThrow(/pass the amount/);
      expect(alipay.notification('D-UNSEEN', { tradeStatus: 'TRADE_SUCCESS', amount: '1.00' }).out_trade_no).toBe('D-UNSEEN');
    });

    it('after a refund carry Alipay’s refund fields', async () => {
      await call(alipay, 'alipay.trade.refund', { out_trade_no: 'D-N', refund_amount: '6.60', out_request_no: 'D-N-R1' });
      expect(alipay.notification('D-N', { tradeStatus: 'TRADE_SUCCESS' })).toMatchObject({ refund_fee: '6.60', out_biz_no: 'D-N-R1' });
    });

    it('are delivered as a form-encoded POST, and the answer is handed back', async () => {
      let seen: { method?: string; headers: IncomingHttpHeaders; body: string } = { headers: {}, body: '' };
      const server = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          seen = { method: req.method, headers: req.headers, body };
          res.end('success');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const form = alipay.notification('D-N', { tradeStatus: 'TRADE_SUCCESS' });
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/payments/alipay/notify`;
        expect(await alipay.deliver(url, form)).toEqual({ status: 200, body: 'success' });
        expect(seen.method).toBe('POST');
        expect(seen.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
        expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual(form);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });

  it('env() gives the ALIPAY_* variables that make loadConfig use this gateway', () => {
    const config = loadConfig({ ...alipay.env(), NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://shop.example' });
    expect(config.alipay).toEqual(alipay.config({ notifyUrl: 'https://shop.example/api/payments/alipay/notify', returnUrl: 'https://shop.example/orders' }));
  });
});

