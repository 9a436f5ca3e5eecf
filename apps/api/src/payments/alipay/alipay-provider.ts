import { fenToYuan, yuanToFen, type PaymentMethod } from '@bangfu/contracts';
import { AlipaySdk } from 'alipay-sdk';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { AlipayConfig } from '../../config/config';
import {
  ProviderCallError,
  type CloseOutcome,
  type PaymentProvider,
  type PaymentRef,
  type ProviderExchange,
  type QueryOutcome,
  type RefundOutcome,
  type StartedPayment,
  type VerifiedNotification,
} from '../payment-provider';

/**
 * start() has no failure outcome in the port, so a precreate Alipay refuses or never answers is thrown, carrying
 * what was sent and received so the caller can still keep it for the audit trail.
 */
export class AlipayCallError extends ProviderCallError {
  override name = 'AlipayCallError';
}

type Fields = Record<string, unknown>;

/** What one gateway call gave: Alipay's `…_response` object, or why there was none (network, bad signature). */
type Answer = { ok: true; data: Fields } | { ok: false; error: string };

const QUERY_STATUS: Record<string, QueryOutcome['status']> = {
  TRADE_SUCCESS: 'succeeded',
  TRADE_FINISHED: 'succeeded',
  WAIT_BUYER_PAY: 'pending',
  TRADE_CLOSED: 'closed',
};

const NOTIFY_EVENT: Record<string, 'succeeded' | 'closed'> = {
  TRADE_SUCCESS: 'succeeded',
  TRADE_FINISHED: 'succeeded',
  TRADE_CLOSED: 'closed',
};

const succeeded = (answer: Answer): answer is { ok: true; data: Fields } => answer.ok && answer.data.code === '10000';

const subCode = (answer: Answer) => (answer.ok ? answer.data.sub_code : undefined);

/** "ACQ.TRADE_NOT_EXIST 交易不存在", or the transport's error. */
function describe(answer: Answer): string {
  if (!answer.ok) return `no answer from Alipay: ${answer.error}`;
  const d = answer.data;
  return [d.sub_code ?? d.code, d.sub_msg ?? d.msg].filter((v) => v !== undefined && v !== '').join(' ');
}

/** Alipay's yuan text in fen, or null when it is not an amount. */
function fenOf(value: unknown): number | null {
  try {
    return typeof value === 'string' ? yuanToFen(value) : null;
  } catch {
    return null;
  }
}

/**
 * Keys arrive as PEM or as the bare base64 Alipay's key tool prints, sometimes with literal "\n" from a
 * one-line env file. The SDK needs PEM of its keyType and breaks on a trailing newline; a broken key should
 * stop the start, not the first payment.
 */
function privateKeyPem(key: string, keyType: AlipayConfig['keyType']): string {
  const type = keyType === 'PKCS8' ? 'pkcs8' : 'pkcs1';
  const source = key.replace(/\\n/g, '\n').trim();
  try {
    const parsed = source.startsWith('-----') ? createPrivateKey(source) : createPrivateKey({ key: Buffer.from(source, 'base64'), format: 'der', type });
    return parsed.export({ type, format: 'pem' }).toString().trim();
  } catch (error) {
    throw new Error(`ALIPAY_PRIVATE_KEY is not an RSA private key (${keyType}): ${(error as Error).message}`);
  }
}

function publicKeyPem(key: string): string {
  const source = key.replace(/\\n/g, '\n').trim();
  try {
    const parsed = source.startsWith('-----') ? createPublicKey(source) : createPublicKey({ key: Buffer.from(source, 'base64'), format: 'der', type: 'spki' });
    return parsed.export({ type: 'spki', format: 'pem' }).toString().trim();
  } catch (error) {
    throw new Error(`ALIPAY_PUBLIC_KEY is not an RSA public key: ${(error as Error).message}`);
  }
}

/**
 * Alipay through alipay-sdk 4 (open platform v1 gateway, RSA2). Every answer's signature is checked
 * (validateSign), and every method hands back what was sent and received, keys never included.
 */
export class AlipayProvider implements PaymentProvider {
  readonly name = 'alipay' as const;
  private readonly sdk: AlipaySdk;

  constructor(
    private readonly config: AlipayConfig,
    private readonly now: () => Date,
  ) {
    this.sdk = new AlipaySdk({
      appId: config.appId,
      privateKey: privateKeyPem(config.privateKey, config.keyType),
      keyType: config.keyType,
      alipayPublicKey: publicKeyPem(config.alipayPublicKey),
      gateway: config.gateway,
      signType: 'RSA2',
      // Results keep Alipay's own names (out_trade_no, sub_code), as in its documentation and our audit trail.
      camelcase: false,
    });
  }

  /**
   * page and wap answer a signed GET URL of the gateway (redirectUrl): any client can open it, where a POST
   * form would need an HTML page to host it. qr asks Alipay for a QR code (precreate) and throws AlipayCallError
   * when it gets none.
   */
  async start(payment: PaymentRef, method: PaymentMethod): Promise<StartedPayment> {
    const order = {
      out_trade_no: payment.outTradeNo,
      total_amount: fenToYuan(payment.amountFen),
      subject: payment.subject,
      timeout_express: this.timeoutExpress(payment.expiresAt),
    };
    switch (method) {
      case 'page':
        return this.pageUrl('alipay.trade.page.pay', { ...order, product_code: 'FAST_INSTANT_TRADE_PAY' });
      case 'wap':
        return this.pageUrl('alipay.trade.wap.pay', { ...order, product_code: 'QUICK_WAP_WAY', quit_url: this.config.returnUrl });
      case 'qr':
        return this.precreate(order);
    }
  }

  verifyNotification(form: Record<string, string>): VerifiedNotification {
    const invalid = (reason: string): VerifiedNotification => ({ valid: false, reason });
    try {
      // The SDK would take RSA (SHA-1) too if the form asked for it; Alipay signs our notifications with RSA2.
      if (form.sign_type !== 'RSA2') return invalid(`sign_type ${String(form.sign_type)} is not RSA2`);
      if (!this.sdk.checkNotifySignV2(form)) return invalid('signature does not verify with the Alipay public key');
      if (form.app_id !== this.config.appId) return invalid(`app_id ${String(form.app_id)} is not ours`);
      if (typeof form.out_trade_no !== 'string' || !form.out_trade_no) return invalid('no out_trade_no');
      const amountFen = fenOf(form.total_amount);
      if (amountFen === null) return invalid(`total_amount ${String(form.total_amount)} is not a yuan amount`);
      const status = typeof form.trade_status === 'string' ? form.trade_status : '';
      return {
        valid: true,
        outTradeNo: form.out_trade_no,
        amountFen,
        event: NOTIFY_EVENT[status] ?? 'ignored',
        providerTradeNo: typeof form.trade_no === 'string' && form.trade_no ? form.trade_no : null,
        providerStatus: status,
      };
    } catch (error) {
      return invalid(`unreadable notification: ${(error as Error).message}`);
    }
  }

  async query(payment: PaymentRef): Promise<QueryOutcome> {
    const { answer, exchange } = await this.exec('alipay.trade.query', { out_trade_no: payment.outTradeNo });
    const unknown = { providerTradeNo: null, amountFen: null, exchange };
    if (!succeeded(answer)) return { ...unknown, status: subCode(answer) === 'ACQ.TRADE_NOT_EXIST' ? 'not_found' : 'error' };
    const d = answer.data;
    const status = QUERY_STATUS[String(d.trade_status)];
    const amountFen = fenOf(d.total_amount);
    if (!status || amountFen === null) return { ...unknown, status: 'error' };
    return { status, providerTradeNo: typeof d.trade_no === 'string' ? d.trade_no : null, amountFen, exchange };
  }

  async refund(payment: PaymentRef, refund: { outRequestNo: string; amountFen: number; reason: string }): Promise<RefundOutcome> {
    const first = await this.exec('alipay.trade.refund', {
      out_trade_no: payment.outTradeNo,
      refund_amount: fenToYuan(refund.amountFen),
      out_request_no: refund.outRequestNo,
      refund_reason: refund.reason,
    });
    if (!first.answer.ok) {
      return {
        status: 'failed',
        failure: `${describe(first.answer)} (the refund may still have happened: retry with the same out_request_no)`,
        exchange: first.exchange,
      };
    }
    if (!succeeded(first.answer)) return { status: 'failed', failure: describe(first.answer), exchange: first.exchange };
    if (first.answer.data.fund_change === 'Y') return { status: 'succeeded', failure: null, exchange: first.exchange };

    // fund_change N (always so for a repeated out_request_no): Alipay says to confirm with the refund query.
    const check = await this.exec('alipay.trade.fastpay.refund.query', { out_trade_no: payment.outTradeNo, out_request_no: refund.outRequestNo });
    const exchange = { request: [first.exchange.request, check.exchange.request], response: [first.exchange.response, check.exchange.response] };
    if (succeeded(check.answer) && check.answer.data.refund_status === 'REFUND_SUCCESS') return { status: 'succeeded', failure: null, exchange };
    const why = succeeded(check.answer) ? `refund_status ${String(check.answer.data.refund_status ?? 'absent')}` : describe(check.answer);
    return { status: 'failed', failure: `refund not confirmed by alipay.trade.fastpay.refund.query: ${why}`, exchange };
  }

  async close(payment: PaymentRef): Promise<CloseOutcome> {
    const { answer, exchange } = await this.exec('alipay.trade.close', { out_trade_no: payment.outTradeNo });
    return { closed: succeeded(answer) || subCode(answer) === 'ACQ.TRADE_NOT_EXIST', exchange };
  }

  /**
   * Whole minutes left, rounded down so Alipay stops taking money no later than our reservation ends;
   * Alipay's shortest is 1m (a payment started in its last minute may be paid late; orders handle that).
   */
  private timeoutExpress(expiresAt: Date): string {
    return `${Math.max(1, Math.floor((expiresAt.getTime() - this.now().getTime()) / 60_000))}m`;
  }

  private pageUrl(method: string, bizContent: Fields): StartedPayment {
    const urls = { notify_url: this.config.notifyUrl, return_url: this.config.returnUrl };
    const redirectUrl = this.sdk.pageExec(method, 'GET', { bizContent, notifyUrl: urls.notify_url, returnUrl: urls.return_url });
    return { result: { redirectUrl }, exchange: { request: { method, ...urls, biz_content: bizContent }, response: { redirectUrl } } };
  }

  private async precreate(bizContent: Fields): Promise<StartedPayment> {
    const { answer, exchange } = await this.exec('alipay.trade.precreate', bizContent, { notify_url: this.config.notifyUrl });
    if (succeeded(answer) && typeof answer.data.qr_code === 'string') return { result: { qrCode: answer.data.qr_code }, exchange };
    throw new AlipayCallError(`alipay.trade.precreate gave no QR code: ${describe(answer)}`, exchange);
  }

  /** One gateway call; transport errors and answers whose signature fails become { ok: false }, never a throw. */
  private async exec(method: string, bizContent: Fields, common: { notify_url?: string } = {}): Promise<{ answer: Answer; exchange: ProviderExchange }> {
    const request = { method, ...common, biz_content: bizContent };
    try {
      // An undefined notifyUrl would be signed and sent as the text "undefined".
      const params = common.notify_url ? { bizContent, notifyUrl: common.notify_url } : { bizContent };
      const data: Fields = await this.sdk.exec(method, params, { validateSign: true });
      return { answer: { ok: true, data }, exchange: { request, response: data } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { answer: { ok: false, error: message }, exchange: { request, response: { error: message } } };
    }
  }
}
