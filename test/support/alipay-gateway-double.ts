import { createSign, createVerify, generateKeyPair, randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { AlipayConfig } from '../../apps/api/src/config/config';

/**
 * A stand-in for Alipay's open-platform gateway (the v1 `gateway.do` API) on 127.0.0.1, for tests only.
 *
 * It generates its own RSA2 keys (the app's pair and "Alipay's" pair), checks every request the way the gateway
 * does (app id, sign type, timestamp, the RSA-SHA256 signature over the sorted parameters) and answers in
 * Alipay's JSON shape, `{"alipay_trade_query_response":{…},"sign":"…"}`, signed over the exact text of the
 * `…_response` value with Alipay's private key. Refused requests get Alipay's error answers (code 40001/40002,
 * sub_code isv.*), business failures code 40004 with Alipay's ACQ.* sub_codes.
 *
 * Trades live in memory. Alipay only knows a trade once a buyer opened its page/wap pay URL (`open`) or its
 * precreated QR code was scanned (`scan`, or `pay`, which implies the scan); before that query and close answer
 * ACQ.TRADE_NOT_EXIST, as Alipay does. `pay` never sends a notification: a paid trade whose notification the
 * test does not deliver is the lost-notification case, which only `alipay.trade.query` reveals.
 *
 * Not modelled: time-outs (timeout_express is checked and kept, never enforced), certificates, AES content.
 * A refused page/wap URL answers HTTP 400 (Alipay shows an error page with status 200) so tests notice it.
 */

const generateRsa = promisify(generateKeyPair);

const GATEWAY_PATH = '/gateway.do';
const BUYER_ID = '2088102177846875';
const BUYER_LOGON_ID = 'buy***@example.com';
const SELLER_ID = '2088102177649450';

export type AlipayKeyType = 'PKCS1' | 'PKCS8';

/** The trade_status values Alipay sends in asynchronous notifications. */
export type NotifyTradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_FINISHED' | 'TRADE_CLOSED';

/** PRECREATED: a QR code was issued but not scanned yet, so the trade does not exist at Alipay. */
export type DoubleTradeStatus = 'PRECREATED' | 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED';

export interface DoubleRefund {
  outRequestNo: string;
  amountFen: number;
  reason: string;
  at: Date;
}

export interface DoubleTrade {
  outTradeNo: string;
  tradeNo: string;
  status: DoubleTradeStatus;
  totalFen: number;
  subject: string;
  /** The API that created it: alipay.trade.page.pay, alipay.trade.wap.pay or alipay.trade.precreate. */
  createdBy: string;
  productCode: string | null;
  timeoutExpress: string | null;
  notifyUrl: string | null;
  returnUrl: string | null;
  qrCode: string | null;
  createdAt: Date;
  paidAt: Date | null;
  closedAt: Date | null;
  refunds: DoubleRefund[];
}

export interface RecordedRequest {
  /** GET or POST: page/wap URLs are opened by a browser, the other APIs are POSTed by the SDK. */
  httpMethod: string;
  /** The Alipay API, e.g. alipay.trade.query; '' when missing. */
  method: string;
  /** Every parameter as received, the URL's and the form body's together, sign included. */
  params: Record<string, string>;
  bizContent: Record<string, unknown> | null;
  signatureValid: boolean;
  /** The gateway's verdict: the `…_response` object it answered (for page/wap, what it showed). */
  answer: Record<string, unknown>;
}

export interface NotificationOptions {
  tradeStatus: NotifyTradeStatus;
  /** total_amount exactly as sent (yuan text, may be malformed on purpose); defaults to the trade's amount. */
  amount?: string;
  /** app_id (and auth_app_id); defaults to the double's. */
  appId?: string;
}

type Answer = Record<string, unknown>;
type Biz = Record<string, unknown>;

const SUCCESS = { code: '10000', msg: 'Success' };
const missingArguments = (subCode: string, subMsg: string): Answer => ({ code: '40001', msg: 'Missing Required Arguments', sub_code: subCode, sub_msg: subMsg });
const invalidArguments = (subCode: string, subMsg: string): Answer => ({ code: '40002', msg: 'Invalid Arguments', sub_code: subCode, sub_msg: subMsg });
const businessFailure = (subCode: string, subMsg: string): Answer => ({ code: '40004', msg: 'Business Failed', sub_code: subCode, sub_msg: subMsg });
const tradeNotExist = () => businessFailure('ACQ.TRADE_NOT_EXIST', '交易不存在');
const invalidParameter = (detail: string) => businessFailure('ACQ.INVALID_PARAMETER', `参数无效: ${detail}`);

/** Alipay's amount rule, kept apart from our own money code on purpose: yuan, at most two decimals, 0.01–100000000. */
function parseAmount(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,9}(\.\d{1,2})?$/.test(value)) return null;
  const [whole, cents = ''] = value.split('.');
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  return fen >= 1 && fen <= 10_000_000_000 ? fen : null;
}

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** Alipay's clock is Beijing time, written yyyy-MM-dd HH:mm:ss. */
const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** Alipay's signing text: names sorted, empty values and the excluded names left out, `name=value` joined by &. */
function signingText(params: Record<string, string>, exclude: string[]): string {
  return Object.keys(params)
    .filter((k) => !exclude.includes(k) && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

const rsa2Sign = (text: string, privateKey: string) => createSign('RSA-SHA256').update(text, 'utf8').sign(privateKey, 'base64');

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export class AlipayGatewayDouble {
  /** Every request the gateway received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** http://127.0.0.1:<port>/gateway.do */
  readonly gateway: string;
  private readonly trades = new Map<string, DoubleTrade>();
  private readonly handlers: Record<string, (biz: Biz, params: Record<string, string>) => Answer> = {
    'alipay.trade.page.pay': (biz, params) => this.createTrade('alipay.trade.page.pay', biz, params),
    'alipay.trade.wap.pay': (biz, params) => this.createTrade('alipay.trade.wap.pay', biz, params),
    'alipay.trade.precreate': (biz, params) => this.createTrade('alipay.trade.precreate', biz, params),
    'alipay.trade.query': (biz) => this.queryTrade(biz),
    'alipay.trade.refund': (biz) => this.refundTrade(biz),
    'alipay.trade.fastpay.refund.query': (biz) => this.queryRefund(biz),
    'alipay.trade.close': (biz) => this.closeTrade(biz),
  };

  private constructor(
    private readonly server: Server,
    readonly appId: string,
    /** The format of appPrivateKey, to be passed as the SDK's keyType / ALIPAY_KEY_TYPE. */
    readonly keyType: AlipayKeyType,
    /** PEM; "-----BEGIN PRIVATE KEY-----" (PKCS8) or "-----BEGIN RSA PRIVATE KEY-----" (PKCS1) by keyType. */
    readonly appPrivateKey: string,
    /** PEM (SPKI): what the merchant uploads to Alipay; the gateway verifies requests with it. */
    readonly appPublicKey: string,
    /** PEM (SPKI): what the merchant configures to check Alipay's answers and notifications. */
    readonly alipayPublicKey: string,
    private readonly alipayPrivateKey: string,
    /** Signs forged notifications: a valid RSA2 key that is not Alipay's. */
    private readonly forgerPrivateKey: string,
  ) {
    this.gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}${GATEWAY_PATH}`;
  }

  /** Generates the keys and listens on a random port of 127.0.0.1. keyType defaults to PKCS8, Alipay's tool's format. */
  static async start(options: { appId?: string; keyType?: AlipayKeyType } = {}): Promise<AlipayGatewayDouble> {
    const keyType = options.keyType ?? 'PKCS8';
    const pair = (privateType: 'pkcs1' | 'pkcs8') =>
      generateRsa('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: privateType, format: 'pem' },
      });
    const [app, alipay, forger] = await Promise.all([pair(keyType === 'PKCS8' ? 'pkcs8' : 'pkcs1'), pair('pkcs8'), pair('pkcs8')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const double = new AlipayGatewayDouble(
      server,
      options.appId ?? '2021004100000001',
      keyType,
      app.privateKey,
      app.publicKey,
      alipay.publicKey,
      alipay.privateKey,
      forger.privateKey,
    );
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      double.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    });
    return double;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // The SDK keeps connections alive; without this close() would wait for them to time out.
    this.server.closeAllConnections();
    await closed;
  }

  /** An AlipayConfig pointing at this gateway with its keys. */
  config(urls: { notifyUrl?: string; returnUrl?: string } = {}): AlipayConfig {
    return {
      appId: this.appId,
      privateKey: this.appPrivateKey,
      alipayPublicKey: this.alipayPublicKey,
      gateway: this.gateway,
      keyType: this.keyType,
      notifyUrl: urls.notifyUrl ?? 'http://127.0.0.1/api/payments/alipay/notify',
      returnUrl: urls.returnUrl ?? 'http://127.0.0.1/orders',
    };
  }

  /** The ALIPAY_* environment variables that make loadConfig() use this gateway. */
  env(): Record<string, string> {
    return {
      ALIPAY_APP_ID: this.appId,
      ALIPAY_PRIVATE_KEY: this.appPrivateKey,
      ALIPAY_PUBLIC_KEY: this.alipayPublicKey,
      ALIPAY_GATEWAY: this.gateway,
      ALIPAY_KEY_TYPE: this.keyType,
    };
  }

  /** A copy of what Alipay holds for this out_trade_no, or undefined when it has never seen it. */
  trade(outTradeNo: string): DoubleTrade | undefined {
    const trade = this.trades.get(outTradeNo);
    return trade && { ...trade, refunds: trade.refunds.map((r) => ({ ...r })) };
  }

  /** A buyer's browser opening a page/wap pay URL (or any gateway URL): GET, redirects not followed. */
  async open(url: string): Promise<{ status: number; body: string }> {
    const res = await fetch(url, { redirect: 'manual' });
    return { status: res.status, body: await res.text() };
  }

  /** The buyer scans a precreated QR code: the trade now exists at Alipay, waiting for payment. */
  scan(outTradeNo: string): void {
    const trade = this.mustFind(outTradeNo);
    if (trade.status !== 'PRECREATED') throw new Error(`Trade ${outTradeNo} is ${trade.status}, not an unscanned QR code`);
    trade.status = 'WAIT_BUYER_PAY';
  }

  /** The buyer pays (a precreated QR code is scanned first). Sends nothing: deliver a notification, or don't. */
  pay(outTradeNo: string): void {
    const trade = this.mustFind(outTradeNo);
    if (trade.status !== 'PRECREATED' && trade.status !== 'WAIT_BUYER_PAY') throw new Error(`Trade ${outTradeNo} is ${trade.status}, it cannot be paid`);
    trade.status = 'TRADE_SUCCESS';
    trade.paidAt = new Date();
  }

  /**
   * An asynchronous notification form as Alipay POSTs it, signed like Alipay: every field but sign and sign_type,
   * sorted, RSA-SHA256 with Alipay's private key, base64. Fields come from the trade; for a trade the double never
   * saw, pass amount. Each call has a new notify_id; a retry by Alipay is the same form delivered again.
   */
  notification(outTradeNo: string, options: NotificationOptions): Record<string, string> {
    return this.signed(this.notificationFields(outTradeNo, options));
  }

  /** The same form signed with a key that is not Alipay's. */
  forgedNotification(outTradeNo: string, options: NotificationOptions): Record<string, string> {
    return this.signNotification(this.notificationFields(outTradeNo, options), this.forgerPrivateKey);
  }

  /** Any fields signed the way Alipay signs notifications (a previous sign is replaced), for forms built by hand. */
  signed(fields: Record<string, string>): Record<string, string> {
    return this.signNotification(fields, this.alipayPrivateKey);
  }

  /** A correctly signed notification whose fields are then changed, e.g. { total_amount: '0.01' }. */
  tamperedNotification(outTradeNo: string, options: NotificationOptions, changes: Record<string, string>): Record<string, string> {
    return { ...this.notification(outTradeNo, options), ...changes };
  }

  /** POSTs a notification form-encoded, as Alipay does; Alipay counts only the exact body `success` as received. */
  async deliver(url: string, form: Record<string, string>): Promise<{ status: number; body: string }> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams(form).toString(),
    });
    return { status: res.status, body: await res.text() };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.gateway);
    if (url.pathname !== GATEWAY_PATH) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (req.method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(await readBody(req))));
    const method = params.method ?? '';
    const signatureValid = this.requestSignatureValid(params);
    const { answer, bizContent } = this.process(method, params, signatureValid);
    this.requests.push({ httpMethod: req.method ?? '', method, params, bizContent, signatureValid, answer });

    if (method === 'alipay.trade.page.pay' || method === 'alipay.trade.wap.pay') {
      const ok = answer.code === '10000';
      const page = ok
        ? `<!doctype html><title>支付宝收银台</title><p>${escapeHtml(String(answer.out_trade_no))} ¥${escapeHtml(String(answer.total_amount))}</p>`
        : `<!doctype html><title>支付宝</title><p>错误代码 ${escapeHtml(String(answer.sub_code))}: ${escapeHtml(String(answer.sub_msg))}</p>`;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html;charset=utf-8' }).end(page);
      return;
    }
    const key = method in this.handlers ? `${method.replaceAll('.', '_')}_response` : 'error_response';
    // Alipay escapes "/" in its JSON; the signature covers the text exactly as sent.
    const json = JSON.stringify(answer).replaceAll('/', '\\/');
    const body = `{"${key}":${json},"sign":"${rsa2Sign(json, this.alipayPrivateKey)}"}`;
    res.writeHead(200, { 'content-type': 'text/html;charset=utf-8' }).end(body);
  }

  private requestSignatureValid(params: Record<string, string>): boolean {
    if (!params.sign) return false;
    return createVerify('RSA-SHA256').update(signingText(params, ['sign']), 'utf8').verify(this.appPublicKey, params.sign, 'base64');
  }

  /** The gateway's common checks, then the API itself. */
  private process(method: string, params: Record<string, string>, signatureValid: boolean): { answer: Answer; bizContent: Biz | null } {
    const refuse = (answer: Answer) => ({ answer, bizContent: null });
    if (!method) return refuse(missingArguments('isv.missing-method', '缺少方法名参数'));
    const handler = this.handlers[method];
    if (!handler) return refuse(invalidArguments('isv.invalid-method', '不存在的方法名'));
    if (!params.app_id) return refuse(missingArguments('isv.missing-app-id', '缺少AppID参数'));
    if (params.app_id !== this.appId) return refuse(invalidArguments('isv.invalid-app-id', '无效的AppID参数'));
    if (!params.sign) return refuse(missingArguments('isv.missing-signature', '缺少签名参数'));
    if (params.sign_type !== 'RSA2') return refuse(invalidArguments('isv.invalid-signature-type', '无效签名类型'));
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(params.timestamp ?? '')) return refuse(invalidArguments('isv.invalid-timestamp', '非法的时间戳参数'));
    if (!signatureValid) {
      return refuse(
        invalidArguments('isv.invalid-signature', `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${signingText(params, ['sign'])}`),
      );
    }
    let biz: unknown;
    try {
      biz = JSON.parse(params.biz_content ?? '{}');
    } catch {
      return refuse(invalidParameter('biz_content 不是 JSON'));
    }
    if (typeof biz !== 'object' || biz === null || Array.isArray(biz)) return refuse(invalidParameter('biz_content 不是 JSON 对象'));
    return { answer: handler(biz as Biz, params), bizContent: biz as Biz };
  }

  /** page.pay / wap.pay (the buyer opened the cashier) and precreate (a QR code, no trade until scanned). */
  private createTrade(method: string, biz: Biz, params: Record<string, string>): Answer {
    const outTradeNo = text(biz.out_trade_no);
    const totalFen = parseAmount(biz.total_amount);
    const subject = text(biz.subject);
    if (!outTradeNo || !subject) return invalidParameter('out_trade_no, subject 必填');
    if (totalFen === null) return invalidParameter(`total_amount ${String(biz.total_amount)}`);
    const productCode = text(biz.product_code);
    const expectedProduct = { 'alipay.trade.page.pay': 'FAST_INSTANT_TRADE_PAY', 'alipay.trade.wap.pay': 'QUICK_WAP_WAY' }[method];
    if (expectedProduct && productCode !== expectedProduct) return invalidParameter(`product_code 应为 ${expectedProduct}`);
    const timeoutExpress = text(biz.timeout_express);
    if (timeoutExpress && !/^([1-9]\d*[mhd]|1c)$/.test(timeoutExpress)) return invalidParameter(`timeout_express ${timeoutExpress}`);

    const existing = this.trades.get(outTradeNo);
    if (existing?.paidAt) return businessFailure('ACQ.TRADE_HAS_SUCCESS', '交易已被支付');
    if (existing?.status === 'TRADE_CLOSED') return businessFailure('ACQ.TRADE_HAS_CLOSE', '交易已经关闭');
    if (existing && (existing.totalFen !== totalFen || existing.subject !== subject)) return businessFailure('ACQ.CONTEXT_INCONSISTENT', '交易信息被篡改');

    const trade: DoubleTrade = existing ?? {
      outTradeNo,
      tradeNo: `${beijing(new Date()).slice(0, 10).replaceAll('-', '')}22001${String(randomInt(10 ** 9)).padStart(9, '0')}${String(this.trades.size).padStart(6, '0')}`,
      status: 'PRECREATED',
      totalFen,
      subject,
      createdBy: method,
      productCode,
      timeoutExpress,
      notifyUrl: null,
      returnUrl: null,
      qrCode: null,
      createdAt: new Date(),
      paidAt: null,
      closedAt: null,
      refunds: [],
    };
    trade.timeoutExpress = timeoutExpress;
    trade.notifyUrl = params.notify_url ?? trade.notifyUrl;
    trade.returnUrl = params.return_url ?? trade.returnUrl;
    this.trades.set(outTradeNo, trade);
    if (method === 'alipay.trade.precreate') {
      trade.qrCode ??= `https://qr.alipay.com/bax0${randomBytes(10).toString('hex')}`;
      return { ...SUCCESS, out_trade_no: outTradeNo, qr_code: trade.qrCode };
    }
    trade.status = 'WAIT_BUYER_PAY';
    return { ...SUCCESS, out_trade_no: outTradeNo, trade_no: trade.tradeNo, total_amount: yuan(totalFen) };
  }

  private queryTrade(biz: Biz): Answer {
    const trade = this.known(biz);
    if (!trade) return tradeNotExist();
    const paid = trade.paidAt ? yuan(trade.totalFen) : '0.00';
    return {
      ...SUCCESS,
      trade_no: trade.tradeNo,
      out_trade_no: trade.outTradeNo,
      buyer_logon_id: BUYER_LOGON_ID,
      trade_status: trade.status,
      total_amount: yuan(trade.totalFen),
      buyer_pay_amount: paid,
      point_amount: '0.00',
      invoice_amount: paid,
      receipt_amount: paid,
      ...(trade.paidAt ? { send_pay_date: beijing(trade.paidAt) } : {}),
      buyer_user_id: BUYER_ID,
    };
  }

  /** Idempotent per out_request_no; never more than was paid in all; a full refund closes the trade. */
  private refundTrade(biz: Biz): Answer {
    const trade = this.known(biz);
    if (!trade) return tradeNotExist();
    const amountFen = parseAmount(biz.refund_amount);
    if (amountFen === null) return invalidParameter(`refund_amount ${String(biz.refund_amount)}`);
    // Without out_request_no Alipay takes the out_trade_no: one refund per trade.
    const outRequestNo = text(biz.out_request_no) ?? trade.outTradeNo;
    const previous = trade.refunds.find((r) => r.outRequestNo === outRequestNo);
    if (previous) {
      if (previous.amountFen !== amountFen) return businessFailure('ACQ.DISCORDANT_REPEAT_REQUEST', '不一致的请求');
      return this.refundAnswer(trade, 'N');
    }
    if (!trade.paidAt) return businessFailure('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
    if (this.refundedFen(trade) + amountFen > trade.totalFen) return businessFailure('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '退款金额超限');
    trade.refunds.push({ outRequestNo, amountFen, reason: text(biz.refund_reason) ?? '', at: new Date() });
    if (this.refundedFen(trade) === trade.totalFen) {
      trade.status = 'TRADE_CLOSED';
      trade.closedAt = new Date();
    }
    return this.refundAnswer(trade, 'Y');
  }

  private refundAnswer(trade: DoubleTrade, fundChange: 'Y' | 'N'): Answer {
    return {
      ...SUCCESS,
      trade_no: trade.tradeNo,
      out_trade_no: trade.outTradeNo,
      buyer_logon_id: BUYER_LOGON_ID,
      fund_change: fundChange,
      // Alipay answers the trade's total refunded so far, not this request's amount.
      refund_fee: yuan(this.refundedFen(trade)),
      gmt_refund_pay: beijing(trade.refunds.at(-1)!.at),
      buyer_user_id: BUYER_ID,
    };
  }

  private queryRefund(biz: Biz): Answer {
    const trade = this.known(biz);
    if (!trade) return tradeNotExist();
    const outRequestNo = text(biz.out_request_no);
    if (!outRequestNo) return invalidParameter('out_request_no 必填');
    const refund = trade.refunds.find((r) => r.outRequestNo === outRequestNo);
    // Alipay answers 10000 with no refund fields when it has no such refund.
    if (!refund) return { ...SUCCESS };
    return {
      ...SUCCESS,
      trade_no: trade.tradeNo,
      out_trade_no: trade.outTradeNo,
      out_request_no: outRequestNo,
      total_amount: yuan(trade.totalFen),
      refund_amount: yuan(refund.amountFen),
      refund_status: 'REFUND_SUCCESS',
    };
  }

  /** Only a trade waiting for payment can be closed. */
  private closeTrade(biz: Biz): Answer {
    const trade = this.known(biz);
    if (!trade) return tradeNotExist();
    if (trade.status !== 'WAIT_BUYER_PAY') return businessFailure('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
    trade.status = 'TRADE_CLOSED';
    trade.closedAt = new Date();
    return { ...SUCCESS, trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo };
  }

  /** The trade named by trade_no or out_trade_no, if it exists at Alipay (an unscanned QR code does not). */
  private known(biz: Biz): DoubleTrade | undefined {
    const tradeNo = text(biz.trade_no);
    const outTradeNo = text(biz.out_trade_no);
    const trade = tradeNo ? [...this.trades.values()].find((t) => t.tradeNo === tradeNo) : outTradeNo ? this.trades.get(outTradeNo) : undefined;
    return trade?.status === 'PRECREATED' ? undefined : trade;
  }

  private mustFind(outTradeNo: string): DoubleTrade {
    const trade = this.trades.get(outTradeNo);
    if (!trade) throw new Error(`Alipay has no trade ${outTradeNo}: open its page/wap URL or precreate it first`);
    return trade;
  }

  private refundedFen(trade: DoubleTrade): number {
    return trade.refunds.reduce((sum, r) => sum + r.amountFen, 0);
  }

  private notificationFields(outTradeNo: string, options: NotificationOptions): Record<string, string> {
    const trade = this.trades.get(outTradeNo);
    const amount = options.amount ?? (trade && yuan(trade.totalFen));
    if (amount === undefined) throw new Error(`Alipay has no trade ${outTradeNo}: pass the amount for its notification`);
    const now = new Date();
    const appId = options.appId ?? this.appId;
    const fields: Record<string, string> = {
      notify_time: beijing(now),
      notify_type: 'trade_status_sync',
      notify_id: `${beijing(now).slice(0, 10).replaceAll('-', '')}${randomBytes(13).toString('hex')}`,
      app_id: appId,
      auth_app_id: appId,
      charset: 'utf-8',
      version: '1.0',
      sign_type: 'RSA2',
      trade_no: trade?.tradeNo ?? `${beijing(now).slice(0, 10).replaceAll('-', '')}22001${String(randomInt(10 ** 9)).padStart(9, '0')}999999`,
      out_trade_no: outTradeNo,
      trade_status: options.tradeStatus,
      total_amount: amount,
      subject: trade?.subject ?? '商品',
      buyer_id: BUYER_ID,
      buyer_logon_id: BUYER_LOGON_ID,
      seller_id: SELLER_ID,
      gmt_create: beijing(trade?.createdAt ?? now),
    };
    if (options.tradeStatus === 'TRADE_SUCCESS' || options.tradeStatus === 'TRADE_FINISHED' || trade?.paidAt) {
      Object.assign(fields, {
        gmt_payment: beijing(trade?.paidAt ?? now),
        receipt_amount: amount,
        buyer_pay_amount: amount,
        invoice_amount: amount,
        point_amount: '0.00',
        // JSON inside a form field: the SDK must check it undecoded (checkNotifySignV2), as Alipay signed it.
        fund_bill_list: JSON.stringify([{ amount, fundChannel: 'ALIPAYACCOUNT' }]),
      });
    }
    if (options.tradeStatus === 'TRADE_CLOSED') fields.gmt_close = beijing(trade?.closedAt ?? now);
    const lastRefund = trade?.refunds.at(-1);
    if (trade && lastRefund) {
      Object.assign(fields, { refund_fee: yuan(this.refundedFen(trade)), gmt_refund: `${beijing(lastRefund.at)}.000`, out_biz_no: lastRefund.outRequestNo });
    }
    return fields;
  }

  private signNotification(fields: Record<string, string>, privateKey: string): Record<string, string> {
    return { ...fields, sign: rsa2Sign(signingText(fields, ['sign', 'sign_type']), privateKey) };
  }
}
