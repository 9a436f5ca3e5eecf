import type { PaymentMethod, PaymentProviderName, PaymentStartResponse } from '@bangfu/contracts';

/** What a provider needs to know of one of our payments. */
export interface PaymentRef {
  outTradeNo: string;
  amountFen: number;
  expiresAt: Date;
  /** Shown to the payer, e.g. 帮扶集市订单 3 件商品. */
  subject: string;
  providerTradeNo: string | null;
}

/** The request sent and the answer received, kept in payment_events for audit. */
export interface ProviderExchange {
  request: unknown;
  response: unknown;
}

/** A provider call that got no usable answer (network, bad signature); start() throws it. */
export class ProviderCallError extends Error {
  constructor(
    message: string,
    readonly exchange: ProviderExchange,
  ) {
    super(message);
    this.name = 'ProviderCallError';
  }
}

export interface StartedPayment {
  result: PaymentStartResponse;
  exchange: ProviderExchange;
}

/**
 * A notification after the provider's own checks (signature, our app id). The payments service still checks
 * that outTradeNo is ours and the amount matches before it believes anything.
 */
export type VerifiedNotification =
  | { valid: false; reason: string }
  | {
      valid: true;
      outTradeNo: string;
      amountFen: number;
      /** succeeded: money taken; closed: the trade ended unpaid (or fully refunded); ignored: nothing to do. */
      event: 'succeeded' | 'closed' | 'ignored';
      providerTradeNo: string | null;
      /** The provider's own state name, e.g. TRADE_SUCCESS, for the audit trail. */
      providerStatus: string;
    };

export interface QueryOutcome {
  /** not_found: the provider has never seen the trade (an Alipay QR never scanned, a page never opened). */
  status: 'succeeded' | 'pending' | 'closed' | 'not_found' | 'error';
  providerTradeNo: string | null;
  amountFen: number | null;
  exchange: ProviderExchange;
}

export interface RefundOutcome {
  status: 'succeeded' | 'failed';
  failure: string | null;
  exchange: ProviderExchange;
}

export interface CloseOutcome {
  /** True when the trade is closed at the provider or never existed there. */
  closed: boolean;
  exchange: ProviderExchange;
}

/** One payment service (Alipay, or the dev stand-in); the payments service never knows which. */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  start(payment: PaymentRef, method: PaymentMethod): Promise<StartedPayment>;
  /** Checks a notification's authenticity; never throws on bad input, answers valid: false instead. */
  verifyNotification(form: Record<string, string>): VerifiedNotification;
  query(payment: PaymentRef): Promise<QueryOutcome>;
  /** The same outRequestNo twice is one refund at the provider. */
  refund(payment: PaymentRef, refund: { outRequestNo: string; amountFen: number; reason: string }): Promise<RefundOutcome>;
  close(payment: PaymentRef): Promise<CloseOutcome>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');
