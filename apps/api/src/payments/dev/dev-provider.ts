import { fenToYuan, yuanToFen, type PaymentMethod } from '@bangfu/contracts';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { CloseOutcome, PaymentProvider, PaymentRef, QueryOutcome, RefundOutcome, StartedPayment, VerifiedNotification } from '../payment-provider';

export const DEV_APP_ID = 'bangfu-dev';

/**
 * Stands in for Alipay on a developer's machine: its "cashier" is a page on our own API, and paying there
 * produces a signed notification in Alipay's shape that goes through the same notification path.
 */
export class DevPaymentProvider implements PaymentProvider {
  readonly name = 'dev' as const;

  constructor(
    private readonly secret: string,
    private readonly publicUrl: string,
  ) {}

  async start(payment: PaymentRef, method: PaymentMethod): Promise<StartedPayment> {
    const page = `${this.publicUrl}/api/payments/dev/page/${encodeURIComponent(payment.outTradeNo)}`;
    const result = method === 'qr' ? { qrCode: page } : { redirectUrl: page };
    return { result, exchange: { request: { method, outTradeNo: payment.outTradeNo, amountFen: payment.amountFen }, response: result } };
  }

  /** The form the dev cashier sends when the payer presses pay or gives up. */
  notification(payment: Pick<PaymentRef, 'outTradeNo' | 'amountFen'>, tradeStatus: 'TRADE_SUCCESS' | 'TRADE_CLOSED'): Record<string, string> {
    const form: Record<string, string> = {
      app_id: DEV_APP_ID,
      notify_id: randomUUID(),
      out_trade_no: payment.outTradeNo,
      trade_no: `DEV${payment.outTradeNo}`,
      total_amount: fenToYuan(payment.amountFen),
      trade_status: tradeStatus,
    };
    return { ...form, sign: this.sign(form) };
  }

  verifyNotification(form: Record<string, string>): VerifiedNotification {
    const { sign, ...fields } = form;
    const expected = Buffer.from(this.sign(fields));
    if (!sign || Buffer.byteLength(sign) !== expected.length || !timingSafeEqual(Buffer.from(sign), expected)) {
      return { valid: false, reason: 'bad signature' };
    }
    if (fields.app_id !== DEV_APP_ID) return { valid: false, reason: `app_id ${fields.app_id} is not ours` };
    let amountFen: number;
    try {
      amountFen = yuanToFen(fields.total_amount ?? '');
    } catch {
      return { valid: false, reason: `bad total_amount ${fields.total_amount}` };
    }
    const status = fields.trade_status ?? '';
    const event = status === 'TRADE_SUCCESS' ? 'succeeded' : status === 'TRADE_CLOSED' ? 'closed' : 'ignored';
    return { valid: true, outTradeNo: fields.out_trade_no ?? '', amountFen, event, providerTradeNo: fields.trade_no ?? null, providerStatus: status };
  }

  /** The dev cashier keeps no state of its own: an unpaid trade is one it has never seen. */
  async query(payment: PaymentRef): Promise<QueryOutcome> {
    return { status: 'not_found', providerTradeNo: null, amountFen: null, exchange: { request: { outTradeNo: payment.outTradeNo }, response: 'not_found' } };
  }

  async refund(payment: PaymentRef, refund: { outRequestNo: string; amountFen: number; reason: string }): Promise<RefundOutcome> {
    return { status: 'succeeded', failure: null, exchange: { request: { outTradeNo: payment.outTradeNo, ...refund }, response: 'refunded' } };
  }

  async close(payment: PaymentRef): Promise<CloseOutcome> {
    return { closed: true, exchange: { request: { outTradeNo: payment.outTradeNo }, response: 'closed' } };
  }

  private sign(fields: Record<string, string>): string {
    const text = Object.keys(fields)
      .sort()
      .map((k) => `${k}=${fields[k]}`)
      .join('&');
    return createHmac('sha256', this.secret).update(text).digest('base64');
  }
}
