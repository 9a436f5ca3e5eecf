import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVerify } from 'node:crypto';
import { AlipayGatewayDouble } from '../../../../../test/support/alipay-gateway-double';
import type { PaymentRef } from '../payment-provider';
import { AlipayCallError, AlipayProvider } from './alipay-provider';

const NOW = new Date('2025-03-01T08:00:00Z');
const URLS = { notifyUrl: 'https://shop.example/api/payments/alipay/notify', returnUrl: 'https://shop.example/orders' };

let sequence = 0;
function payment(amountFen = 1234, minutesLeft = 15.5): PaymentRef {
  return {
    outTradeNo: `BF20250301${String(++sequence).padStart(8, '0')}`,
    amountFen,
    expiresAt: new Date(NOW.getTime() + minutesLeft * 60_000),
    subject: '帮扶集市订单 2 件商品',
    providerTradeNo: null,
  };
}

/** Checks a gateway URL's signature on our own, the way Alipay does: all parameters but sign, sorted. */
function readSignedUrl(url: string, appPublicKey: string) {
  const params = Object.fromEntries(new URL(url).searchParams);
  const text = Object.keys(params)
    .filter((k) => k !== 'sign')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  const signed = createVerify('RSA-SHA256').update(text, 'utf8').verify(appPublicKey, params.sign ?? '', 'base64');
  return { params, signed, biz: JSON.parse(params.biz_content ?? '{}') as Record<string, unknown> };
}

const outRequestNos = (alipay: AlipayGatewayDouble, outTradeNo: string) => alipay.trade(outTradeNo)!.refunds.map((r) => [r.outRequestNo, r.amountFen]);

describe('AlipayProvider (real alipay-sdk) against the gateway double', () => {
  let alipay: AlipayGatewayDouble;
  let provider: AlipayProvider;

  beforeAll(async () => {
    alipay = await AlipayGatewayDouble.start();
    provider = new AlipayProvider(alipay.config(URLS), () => NOW);
  });
  afterAll(() => alipay.close());

  /** A trade Alipay knows and is waiting on: the buyer opened the page URL. */
  async function opened(p: PaymentRef): Promise<void> {
    const { result } = await provider.start(p, 'page');
    expect((await alipay.open(result.redirectUrl!)).status).toBe(200);
  }

  async function paid(p: PaymentRef): Promise<void> {
    await opened(p);
    alipay.pay(p.outTradeNo);
  }

  describe('start', () => {
    it('page: a GET URL of the gateway, signed with the app key, carrying amount, out_trade_no, timeout and our URLs', async () => {
      const p = payment(1234, 15.5);
      const { result, exchange } = await provider.start(p, 'page');
      expect(result.formHtml).toBeUndefined();
      expect(result.redirectUrl!.startsWith(`${alipay.gateway}?`)).toBe(true);

      const { params, signed, biz } = readSignedUrl(result.redirectUrl!, alipay.appPublicKey);
      expect(signed).toBe(true);
      expect(params).toMatchObject({ method: 'alipay.trade.page.pay', app_id: alipay.appId, sign_type: 'RSA2', charset: 'utf-8', version: '1.0' });
      expect(params).toMatchObject({ notify_url: URLS.notifyUrl, return_url: URLS.returnUrl });
      expect(biz).toEqual({
        out_trade_no: p.outTradeNo,
        total_amount: '12.34',
        subject: p.subject,
        timeout_express: '15m',
        product_code: 'FAST_INSTANT_TRADE_PAY',
      });
      expect(exchange).toEqual({ request: expect.objectContaining({ method: 'alipay.trade.page.pay', biz_content: biz }), response: result });

      expect((await alipay.open(result.redirectUrl!)).status).toBe(200);
      expect(alipay.trade(p.outTradeNo)).toMatchObject({ status: 'WAIT_BUYER_PAY', totalFen: 1234, notifyUrl: URLS.notifyUrl, createdBy: 'alipay.trade.page.pay' });
    });

    it('page: a URL changed after signing fails the signature, ours and the gateway’s', async () => {
      const p = payment(1234);
      const { result } = await provider.start(p, 'page');
      const url = new URL(result.redirectUrl!);
      url.searchParams.set('biz_content', url.searchParams.get('biz_content')!.replace('"12.34"', '"0.01"'));

      expect(readSignedUrl(url.toString(), alipay.appPublicKey).signed).toBe(false);
      const opened = await alipay.open(url.toString());
      expect(opened.status).toBe(400);
      expect(opened.body).toContain('isv.invalid-signature');
      expect(alipay.trade(p.outTradeNo)).toBeUndefined();
    });

    it('wap: a signed GET URL for alipay.trade.wap.pay with QUICK_WAP_WAY and a way back', async () => {
      const p = payment(990);
      const { result } = await provider.start(p, 'wap');
      const { params, signed, biz } = readSignedUrl(result.redirectUrl!, alipay.appPublicKey);
      expect(signed).toBe(true);
      expect(params.method).toBe('alipay.trade.wap.pay');
      expect(biz).toMatchObject({ out_trade_no: p.outTradeNo, total_amount: '9.90', product_code: 'QUICK_WAP_WAY', quit_url: URLS.returnUrl });
      expect((await alipay.open(result.redirectUrl!)).status).toBe(200);
      expect(alipay.trade(p.outTradeNo)?.createdBy).toBe('alipay.trade.wap.pay');
    });

    it.each([
      [30, '30m'],
      [59.99, '59m'],
      [1.5, '1m'],
      [0.5, '1m'],
      [-5, '1m'],
    ])('timeout_express for %p minutes left is %p: whole minutes rounded down, at least 1m', async (minutesLeft, expected) => {
      const { result } = await provider.start(payment(100, minutesLeft), 'page');
      expect(readSignedUrl(result.redirectUrl!, alipay.appPublicKey).biz.timeout_express).toBe(expected);
    });

    it('qr: precreate gives the gateway’s QR code; the request was signed and carried the order', async () => {
      const p = payment(100000, 10);
      const { result, exchange } = await provider.start(p, 'qr');
      const trade = alipay.trade(p.outTradeNo)!;
      expect(result).toEqual({ qrCode: trade.qrCode });
      expect(result.qrCode).toMatch(/^https:\/\/qr\.alipay\.com\//);
      expect(trade).toMatchObject({ status: 'PRECREATED', totalFen: 100000, timeoutExpress: '10m', notifyUrl: URLS.notifyUrl });

      const sent = alipay.requests.at(-1)!;
      expect(sent).toMatchObject({ method: 'alipay.trade.precreate', signatureValid: true });
      expect(sent.bizContent).toEqual({ out_trade_no: p.outTradeNo, total_amount: '1000.00', subject: p.subject, timeout_express: '10m' });
      expect(exchange.response).toMatchObject({ code: '10000', qr_code: result.qrCode });
    });

    it('never puts the private key in an exchange', async () => {
      const keyBody = alipay.appPrivateKey.split('\n')[1];
      const p = payment();
      for (const method of ['page', 'wap', 'qr'] as const) {
        const { exchange } = await provider.start({ ...p, outTradeNo: `${p.outTradeNo}${method}` }, method);
        expect(JSON.stringify(exchange)).not.toContain(keyBody);
        expect(JSON.stringify(exchange)).not.toContain('PRIVATE KEY');
      }
    });

    it('qr: a precreate Alipay refuses throws AlipayCallError with Alipay’s reason and the exchange', async () => {
      const p = payment();
      await provider.start(p, 'qr');
      alipay.pay(p.outTradeNo);
      const refused = await provider.start(p, 'qr').catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AlipayCallError);
      expect((refused as AlipayCallError).message).toContain('ACQ.TRADE_HAS_SUCCESS');
      expect((refused as AlipayCallError).exchange.response).toMatchObject({ code: '40004', sub_code: 'ACQ.TRADE_HAS_SUCCESS' });
    });
  });

  describe('query', () => {
    it('not_found for an unscanned QR code, pending once scanned, succeeded once paid, with Alipay’s trade number and amount', async () => {
      const p = payment(2550);
      await provider.start(p, 'qr');
      expect(await provider.query(p)).toMatchObject({ status: 'not_found', providerTradeNo: null, amountFen: null });

      alipay.scan(p.outTradeNo);
      expect(await provider.query(p)).toMatchObject({ status: 'pending', amountFen: 2550 });

      alipay.pay(p.outTradeNo);
      const found = await provider.query(p);
      expect(found).toMatchObject({ status: 'succeeded', amountFen: 2550, providerTradeNo: alipay.trade(p.outTradeNo)!.tradeNo });
      expect(found.exchange).toMatchObject({
        request: { method: 'alipay.trade.query', biz_content: { out_trade_no: p.outTradeNo } },
        response: { code: '10000', trade_status: 'TRADE_SUCCESS', total_amount: '25.50' },
      });
    });

    it('closed once the trade is closed', async () => {
      const p = payment();
      await opened(p);
      expect((await provider.close(p)).closed).toBe(true);
      expect((await provider.query(p)).status).toBe('closed');
    });

    it('not_found for a trade Alipay never saw', async () => {
      expect((await provider.query(payment())).status).toBe('not_found');
    });
  });

  describe('refund', () => {
    it('partial then full with distinct out_request_no; a retry with the same out_request_no is one refund', async () => {
      const p = payment(10000);
      await paid(p);

      const first = await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R1`, amountFen: 3000, reason: '缺货' });
      expect(first).toMatchObject({ status: 'succeeded', failure: null });
      expect(first.exchange).toMatchObject({
        request: { method: 'alipay.trade.refund', biz_content: { out_trade_no: p.outTradeNo, refund_amount: '30.00', out_request_no: `${p.outTradeNo}-R1`, refund_reason: '缺货' } },
        response: { code: '10000', fund_change: 'Y', refund_fee: '30.00' },
      });
      expect(alipay.trade(p.outTradeNo)!.status).toBe('TRADE_SUCCESS');

      const rest = await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R2`, amountFen: 7000, reason: '退货' });
      expect(rest).toMatchObject({ status: 'succeeded', failure: null });
      expect(alipay.trade(p.outTradeNo)!.status).toBe('TRADE_CLOSED');

      const retry = await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R1`, amountFen: 3000, reason: '缺货' });
      expect(retry).toMatchObject({ status: 'succeeded', failure: null });
      // fund_change N is confirmed with the refund query before it counts as success.
      expect(retry.exchange.request).toEqual([
        expect.objectContaining({ method: 'alipay.trade.refund' }),
        expect.objectContaining({ method: 'alipay.trade.fastpay.refund.query', biz_content: { out_trade_no: p.outTradeNo, out_request_no: `${p.outTradeNo}-R1` } }),
      ]);
      expect(outRequestNos(alipay, p.outTradeNo)).toEqual([
        [`${p.outTradeNo}-R1`, 3000],
        [`${p.outTradeNo}-R2`, 7000],
      ]);
    });

    it('more than was paid: failed with Alipay’s sub_code and message, nothing refunded', async () => {
      const p = payment(5000);
      await paid(p);
      await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R1`, amountFen: 4000, reason: 'a' });
      const over = await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R2`, amountFen: 1001, reason: 'b' });
      expect(over.status).toBe('failed');
      expect(over.failure).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL 退款金额超限');
      expect(outRequestNos(alipay, p.outTradeNo)).toEqual([[`${p.outTradeNo}-R1`, 4000]]);
    });

    it('the same out_request_no with another amount is refused, not a second refund', async () => {
      const p = payment(5000);
      await paid(p);
      await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R1`, amountFen: 1000, reason: 'a' });
      const changed = await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R1`, amountFen: 2000, reason: 'a' });
      expect(changed).toMatchObject({ status: 'failed', failure: expect.stringContaining('ACQ.DISCORDANT_REPEAT_REQUEST') });
      expect(outRequestNos(alipay, p.outTradeNo)).toEqual([[`${p.outTradeNo}-R1`, 1000]]);
    });

    it.each([
      ['a trade Alipay never saw', 'ACQ.TRADE_NOT_EXIST', async (_p: PaymentRef) => undefined],
      ['an unpaid trade', 'ACQ.TRADE_STATUS_ERROR', opened],
    ])('%s: failed with %s, no exception', async (_name, subCode, prepare) => {
      const p = payment();
      await prepare(p);
      const outcome = await provider.refund(p, { outRequestNo: `${p.outTradeNo}-R1`, amountFen: 100, reason: 'x' });
      expect(outcome).toMatchObject({ status: 'failed', failure: expect.stringContaining(subCode) });
    });
  });

  describe('close', () => {
    it('closes a trade waiting for payment', async () => {
      const p = payment();
      await opened(p);
      const outcome = await provider.close(p);
      expect(outcome).toMatchObject({ closed: true, exchange: { request: { method: 'alipay.trade.close' }, response: { code: '10000' } } });
      expect(alipay.trade(p.outTradeNo)!.status).toBe('TRADE_CLOSED');
    });

    it('counts a trade Alipay never saw as closed', async () => {
      const outcome = await provider.close(payment());
      expect(outcome).toMatchObject({ closed: true, exchange: { response: { sub_code: 'ACQ.TRADE_NOT_EXIST' } } });
    });

    it('does not close a paid trade', async () => {
      const p = payment();
      await paid(p);
      expect(await provider.close(p)).toMatchObject({ closed: false, exchange: { response: { sub_code: 'ACQ.TRADE_STATUS_ERROR' } } });
      expect(alipay.trade(p.outTradeNo)!.status).toBe('TRADE_SUCCESS');
    });
  });

  describe('when the gateway cannot be reached or trusted', () => {
    it('an unreachable gateway gives error / failed / not closed, never an exception (QR start throws AlipayCallError)', async () => {
      const gone = await AlipayGatewayDouble.start();
      const config = gone.config(URLS);
      await gone.close();
      const offline = new AlipayProvider(config, () => NOW);
      const p = payment();

      expect(await offline.query(p)).toMatchObject({ status: 'error', exchange: { response: { error: expect.stringContaining('ECONNREFUSED') } } });
      const refund = await offline.refund(p, { outRequestNo: 'R1', amountFen: 100, reason: 'x' });
      expect(refund).toMatchObject({ status: 'failed', failure: expect.stringContaining('retry with the same out_request_no') });
      expect((await offline.close(p)).closed).toBe(false);
      await expect(offline.start(p, 'qr')).rejects.toBeInstanceOf(AlipayCallError);
      // Page URLs are signed locally and need no gateway.
      expect((await offline.start(p, 'page')).result.redirectUrl).toContain(config.gateway);
    });

    it('answers not signed by the configured Alipay key are not believed', async () => {
      const other = await AlipayGatewayDouble.start();
      try {
        const p = payment(700);
        await paid(p);
        const misled = new AlipayProvider({ ...alipay.config(URLS), alipayPublicKey: other.alipayPublicKey }, () => NOW);
        expect(await misled.query(p)).toMatchObject({ status: 'error', amountFen: null });
        expect(await misled.refund(p, { outRequestNo: 'R1', amountFen: 700, reason: 'x' })).toMatchObject({ status: 'failed' });
        expect((await misled.close(payment())).closed).toBe(false);
      } finally {
        await other.close();
      }
    });

    it('requests signed with a key Alipay does not know are refused by the gateway: error / failed', async () => {
      const other = await AlipayGatewayDouble.start();
      try {
        const p = payment();
        await paid(p);
        const impostor = new AlipayProvider({ ...alipay.config(URLS), privateKey: other.appPrivateKey }, () => NOW);
        expect((await impostor.query(p)).status).toBe('error');
        expect(alipay.requests.at(-1)).toMatchObject({ method: 'alipay.trade.query', signatureValid: false, answer: { sub_code: 'isv.invalid-signature' } });
        const refund = await impostor.refund(p, { outRequestNo: 'R1', amountFen: 100, reason: 'x' });
        expect(refund).toMatchObject({ status: 'failed', failure: expect.stringContaining('isv.invalid-signature') });
        expect(alipay.trade(p.outTradeNo)!.refunds).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('a wrong app id is refused by the gateway: error', async () => {
      const stranger = new AlipayProvider({ ...alipay.config(URLS), appId: '2021009999999999' }, () => NOW);
      const p = payment();
      await paid(p);
      expect((await stranger.query(p)).status).toBe('error');
      expect(alipay.requests.at(-1)!.answer).toMatchObject({ code: '40002', sub_code: 'isv.invalid-app-id' });
    });
  });

  describe('keys', () => {
    it('takes a PKCS1 key, and a PKCS8 key as the bare base64 Alipay’s tool prints', async () => {
      const pkcs1 = await AlipayGatewayDouble.start({ keyType: 'PKCS1' });
      try {
        expect(pkcs1.appPrivateKey).toContain('BEGIN RSA PRIVATE KEY');
        const p = payment();
        expect((await new AlipayProvider(pkcs1.config(URLS), () => NOW).start(p, 'qr')).result.qrCode).toBe(pkcs1.trade(p.outTradeNo)!.qrCode);
      } finally {
        await pkcs1.close();
      }
      const bare = alipay.appPrivateKey.split('\n').filter((line) => line && !line.startsWith('-----')).join('');
      const p = payment();
      expect((await new AlipayProvider({ ...alipay.config(URLS), privateKey: bare }, () => NOW).start(p, 'qr')).result.qrCode).toBeDefined();
    });

    it('refuses a key that is not one at construction, naming the variable', () => {
      expect(() => new AlipayProvider({ ...alipay.config(URLS), privateKey: 'not a key' }, () => NOW)).toThrow(/ALIPAY_PRIVATE_KEY/);
      expect(() => new AlipayProvider({ ...alipay.config(URLS), alipayPublicKey: 'not a key' }, () => NOW)).toThrow(/ALIPAY_PUBLIC_KEY/);
    });
  });

  describe('verifyNotification', () => {
    let p: PaymentRef;
    beforeAll(async () => {
      p = payment(8800);
      await paid(p);
    });

    it('accepts Alipay’s TRADE_SUCCESS notification: our trade, its amount in fen, Alipay’s trade number', () => {
      expect(provider.verifyNotification(alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }))).toEqual({
        valid: true,
        outTradeNo: p.outTradeNo,
        amountFen: 8800,
        event: 'succeeded',
        providerTradeNo: alipay.trade(p.outTradeNo)!.tradeNo,
        providerStatus: 'TRADE_SUCCESS',
      });
    });

    it.each([
      ['TRADE_FINISHED', 'succeeded'],
      ['TRADE_CLOSED', 'closed'],
      ['WAIT_BUYER_PAY', 'ignored'],
    ] as const)('%s means %s', (tradeStatus, event) => {
      expect(provider.verifyNotification(alipay.notification(p.outTradeNo, { tradeStatus }))).toMatchObject({ valid: true, event, providerStatus: tradeStatus });
    });

    it('accepts one that went through HTTP form encoding', async () => {
      let received = '';
      const server = createServer((req, res) => {
        req.on('data', (c: Buffer) => (received += c.toString('utf8')));
        req.on('end', () => res.end('success'));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
        expect(await alipay.deliver(url, alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }))).toEqual({ status: 200, body: 'success' });
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      expect(provider.verifyNotification(Object.fromEntries(new URLSearchParams(received)))).toMatchObject({ valid: true, amountFen: 8800 });
    });

    it.each([
      ['forged (signed with another key)', () => alipay.forgedNotification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }), /signature/],
      ['tampered amount', () => alipay.tamperedNotification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }, { total_amount: '0.01' }), /signature/],
      ['tampered status', () => alipay.tamperedNotification(p.outTradeNo, { tradeStatus: 'TRADE_CLOSED' }, { trade_status: 'TRADE_SUCCESS' }), /signature/],
      ['tampered out_trade_no', () => alipay.tamperedNotification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }, { out_trade_no: 'BF-SOMEONE-ELSE' }), /signature/],
      ['for another app', () => alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS', appId: '2021009999999999' }), /app_id 2021009999999999/],
      ['with three decimals', () => alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS', amount: '88.001' }), /total_amount/],
      ['with a non-amount', () => alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS', amount: 'abc' }), /total_amount/],
      ['with a negative amount', () => alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS', amount: '-88.00' }), /total_amount/],
      ['unsigned', () => ({ ...alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }), sign: '' }), /signature/],
      ['claiming RSA (SHA-1)', () => ({ ...alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }), sign_type: 'RSA' }), /sign_type/],
      ['empty', () => ({}), /sign_type/],
      ['with an unknown sign_type', () => ({ ...alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }), sign_type: 'SM2' }), /sign_type/],
      ['with a garbage signature', () => ({ ...alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' }), sign: '%%%not base64' }), /signature/],
    ])('rejects one %s, without throwing', (_name, make, reason) => {
      const verdict = provider.verifyNotification(make() as Record<string, string>);
      expect(verdict).toEqual({ valid: false, reason: expect.stringMatching(reason) });
    });

    it('rejects a correctly signed one without out_trade_no', () => {
      const { out_trade_no: _dropped, ...rest } = alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' });
      expect(provider.verifyNotification(alipay.signed(rest))).toEqual({ valid: false, reason: 'no out_trade_no' });
    });

    it.each(['sign', 'out_trade_no'])('rejects a form whose %s is repeated (parsed to an array), without throwing', (field) => {
      const form = alipay.notification(p.outTradeNo, { tradeStatus: 'TRADE_SUCCESS' });
      const repeated = { ...form, [field]: [form[field], form[field]] } as unknown as Record<string, string>;
      expect(provider.verifyNotification(repeated)).toMatchObject({ valid: false });
    });
  });
});
