import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DAY_MS, type PaymentMethod, type PaymentStartResponse, type PaymentStatus, type PaymentView } from '@bangfu/contracts';
import { randomBytes } from 'node:crypto';
import { LessThan, Like, type EntityManager } from 'typeorm';
import { defineProcess, type Transitions } from '../common/process';
import { AppError } from '../common/app-error';
import { chinaDate, Clock } from '../common/clock';
import { Database } from '../database/database';
import { addTo, findRow, insertRow, lockRows } from '../database/rows';
import type { Principal } from '../identity/auth.decorators';
import { PAYMENT_PROVIDER, ProviderCallError, type PaymentProvider, type PaymentRef, type ProviderExchange, type VerifiedNotification } from './payment-provider';
import { PAYMENT_SETTLEMENT, type Payer, type PaymentSettlement } from './payment-settlement';
import { PaymentEntity, PaymentEventEntity, PaymentRefundEntity } from './payments.entities';

export interface RefundOrder {
  paymentId: number;
  /** Stable per refund request, so a retry is the same refund at the provider. */
  outRequestNo: string;
  amountFen: number;
  reason: string;
}

export type NotificationReply = 'success' | 'failure';

/** How a refused notification's verdict begins, so pruning finds them. */
const REFUSED = 'refused:';
const PRUNE_BATCH = 500;
/** A refused notification keeps at most this much of what was posted: enough to see what it was, no more. */
const DIGEST_FIELDS = 40;
const DIGEST_KEY_CHARS = 64;
const DIGEST_VALUE_CHARS = 512;

/**
 * What is stored of a refused notification. Anyone can post to the notify route, so storing bodies whole
 * (up to the body limit) would let junk posts grow the database without bound.
 */
function digestOf(form: Record<string, string>): Record<string, string> {
  const entries = Object.entries(form);
  const kept = entries.slice(0, DIGEST_FIELDS).map(([k, v]) => [k.slice(0, DIGEST_KEY_CHARS), String(v).slice(0, DIGEST_VALUE_CHARS)] as const);
  const cut = entries.length > DIGEST_FIELDS || kept.some(([k, v], i) => k !== entries[i][0] || v !== String(entries[i][1]));
  const bytes = Buffer.byteLength(JSON.stringify(form));
  return { ...Object.fromEntries(kept), ...(cut ? { _truncated: `${entries.length} fields, ${bytes} bytes posted` } : {}) };
}

/**
 * A payment's lifecycle. Created with its checkout, pending once the shopper opened the cashier; it succeeds
 * or closes unpaid. Money that arrives after a close still counts: the orders then decide what to do with it.
 */
export const PAYMENT_PROCESS: Transitions<PaymentStatus> = {
  created: ['pending', 'succeeded', 'closed'],
  pending: ['succeeded', 'closed'],
  closed: ['succeeded'],
  failed: ['succeeded'],
  succeeded: [],
};

const payments = defineProcess<PaymentEntity, PaymentStatus>({
  entity: PaymentEntity,
  transitions: PAYMENT_PROCESS,
  noun: 'Payment',
  idKey: 'paymentId',
  conflict: 'PAYMENT_NOT_PAYABLE',
});

/** Still open: the shopper may pay it, or it may close. */
const isOpen = (status: PaymentStatus) => payments.can(status, 'closed');

/** What told us a payment's fate: a notification, our query, or our close call, and the provider's word. */
interface Source {
  kind: 'notify' | 'query' | 'close';
  status: string;
}

@Injectable()
export class PaymentsService implements OnModuleInit {
  private readonly logger = new Logger(PaymentsService.name);
  private settlement!: PaymentSettlement;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * The orders module settles payments and itself calls payments, so the settlement is looked up once both
   * exist rather than injected; without one the application does not start.
   */
  onModuleInit(): void {
    this.settlement = this.moduleRef.get<PaymentSettlement>(PAYMENT_SETTLEMENT, { strict: false });
  }

  /** A payment for a new checkout, inside the checkout's transaction. */
  async createForCheckout(m: EntityManager, checkout: { id: number; totalFen: number; expiresAt: Date }): Promise<PaymentEntity> {
    const stamp = chinaDate(this.clock.now()).replaceAll('-', '');
    const payment = m.create(PaymentEntity, {
      checkoutId: checkout.id,
      outTradeNo: `BF${stamp}${String(checkout.id).padStart(8, '0')}${randomBytes(10).toString('hex').toUpperCase()}`,
      provider: this.provider.name,
      status: 'created',
      amountFen: checkout.totalFen,
      refundedFen: 0,
      expiresAt: checkout.expiresAt,
      providerTradeNo: null,
      paidAt: null,
    });
    payment.id = await insertRow(m, PaymentEntity, payment);
    return payment;
  }

  view(payment: PaymentEntity): PaymentView {
    return {
      id: payment.id,
      outTradeNo: payment.outTradeNo,
      provider: payment.provider,
      status: payment.status,
      amountFen: payment.amountFen,
      expiresAt: new Date(payment.expiresAt).toISOString(),
    };
  }

  async forCheckout(m: EntityManager, checkoutId: number): Promise<PaymentEntity> {
    const payment = await findRow(m, PaymentEntity, { checkoutId });
    if (!payment) throw new AppError(500, 'INTERNAL', `Checkout ${checkoutId} has no payment`);
    return payment;
  }

  async byOutTradeNo(outTradeNo: string): Promise<{ payment: PaymentEntity; ref: PaymentRef }> {
    const payment = await findRow(this.db.manager, PaymentEntity, { outTradeNo });
    if (!payment) throw AppError.notFound('Payment', outTradeNo);
    return { payment, ref: await this.ref(payment) };
  }

  async load(id: number): Promise<PaymentEntity> {
    const payment = await findRow(this.db.manager, PaymentEntity, { id });
    if (!payment) throw AppError.notFound('Payment', id);
    return payment;
  }

  /** The payer's own payment; anyone else's is not found. */
  async getOwn(user: Principal, id: number): Promise<PaymentView> {
    return this.view((await this.own(user, id)).payment);
  }

  async start(user: Principal, id: number, method: PaymentMethod): Promise<PaymentStartResponse> {
    const { payment, payer } = await this.own(user, id);
    if (!isOpen(payment.status)) {
      throw AppError.conflict('PAYMENT_NOT_PAYABLE', `Payment ${id} is ${payment.status}`, { status: payment.status });
    }
    if (new Date(payment.expiresAt) <= this.clock.now()) {
      throw AppError.conflict('PAYMENT_EXPIRED', `Payment ${id} expired at ${new Date(payment.expiresAt).toISOString()}`);
    }
    const started = await this.provider.start(this.refWith(payment, payer), method).catch(async (error: unknown) => {
      if (!(error instanceof ProviderCallError)) throw error;
      await this.db.transaction((m) => this.record(m, payment.id, `start.${method}`, error.exchange, `start failed: ${error.message}`));
      throw new AppError(502, 'PAYMENT_PROVIDER_UNAVAILABLE', 'The payment service did not answer; try again in a moment');
    });
    await this.db.transaction(async (m) => {
      await payments.tryMove(m, { id: payment.id, status: 'created' }, 'pending', undefined);
      await this.record(m, payment.id, `start.${method}`, started.exchange, 'started');
    });
    return started.result;
  }

  /**
   * A provider's notification. Trust nothing the provider did not sign, nor anything that is not ours or does
   * not match the amount; the same notification any number of times, even at once, changes things once.
   */
  async handleNotification(form: Record<string, string>): Promise<NotificationReply> {
    const checked = await this.check(this.provider.verifyNotification(form));
    if (!checked.accepted) {
      this.logger.warn({ outTradeNo: form.out_trade_no, reason: checked.reason }, 'payment notification refused');
      await this.db.transaction((m) => this.record(m, checked.paymentId, 'notify', { request: digestOf(form), response: 'failure' }, `${REFUSED} ${checked.reason}`));
      return 'failure';
    }
    const { payment, notice } = checked;
    const exchange = { request: form, response: 'success' };
    if (notice.event === 'ignored') {
      await this.db.transaction((m) => this.record(m, payment.id, 'notify', exchange, `ignored: ${notice.providerStatus}`));
    } else if (notice.event === 'closed') {
      await this.close(payment, exchange, { kind: 'notify', status: notice.providerStatus });
    } else {
      await this.succeed(payment, notice.providerTradeNo, exchange, { kind: 'notify', status: notice.providerStatus });
    }
    return 'success';
  }

  /** Records a payment as paid exactly once and lets the orders follow, in one transaction. */
  async succeed(payment: PaymentEntity, providerTradeNo: string | null, exchange: ProviderExchange, source: Source): Promise<void> {
    const after = await this.db.transaction(async (m) => {
      const now = this.clock.now();
      const claimed = await payments.enter(m, payment.id, 'succeeded', { set: { providerTradeNo, paidAt: now } });
      await this.record(m, payment.id, source.kind, exchange, `${claimed ? 'succeeded' : 'duplicate'} (${source.kind} ${source.status})`);
      if (!claimed) return undefined;
      return (await this.settlement.paymentSucceeded(m, { ...payment, status: 'succeeded', providerTradeNo, paidAt: now })) ?? undefined;
    });
    if (after) await after();
  }

  /** Records a payment as closed unpaid exactly once; the orders release their goods. */
  async close(payment: PaymentEntity, exchange: ProviderExchange, source: Source): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const claimed = await payments.enter(m, payment.id, 'closed');
      await this.record(m, payment.id, source.kind, exchange, `${claimed ? 'closed' : 'no change'} (${source.kind} ${source.status})`);
      if (!claimed) return false;
      await this.settlement.paymentClosed(m, { ...payment, status: 'closed' });
      return true;
    });
  }

  /**
   * Sends a refund to the provider. The amount is set aside on the payment first (never more than was paid),
   * given back if the provider refuses; a retry with the same outRequestNo after success does nothing more.
   */
  async refund(order: RefundOrder): Promise<{ status: 'succeeded' | 'failed'; failure: string | null }> {
    const prepared = await this.db.transaction(async (m) => {
      const existing = await m.findOneBy(PaymentRefundEntity, { outRequestNo: order.outRequestNo });
      if (existing?.status === 'succeeded') return { done: true as const };
      if (existing && existing.amountFen !== order.amountFen) {
        throw AppError.conflict('REFUND_MISMATCH', `Refund ${order.outRequestNo} was for ${existing.amountFen} fen, not ${order.amountFen}`);
      }
      // A refund whose call never reported back still holds its amount: send it again, hold nothing more.
      if (existing?.status === 'requested') return { done: false as const, payment: await m.findOneByOrFail(PaymentEntity, { id: order.paymentId }) };
      const held = await addTo(m, PaymentEntity, { id: order.paymentId, status: 'succeeded' }, 'refundedFen', order.amountFen, { atMost: 'amountFen' });
      if (!held) {
        throw AppError.conflict('REFUND_EXCEEDS_PAYMENT', `Payment ${order.paymentId} cannot refund ${order.amountFen} fen more`);
      }
      if (existing) {
        // Guarded, so two retries of one failed refund cannot both hold its amount; the loser's hold rolls back.
        const reopened = await m.update(PaymentRefundEntity, { id: existing.id, status: 'failed' }, { status: 'requested', failure: null });
        if (!reopened.affected) throw AppError.conflict('REFUND_IN_PROGRESS', `Refund ${order.outRequestNo} is already being sent`);
      } else {
        await m.insert(PaymentRefundEntity, {
          paymentId: order.paymentId,
          outRequestNo: order.outRequestNo,
          amountFen: order.amountFen,
          status: 'requested',
          reason: order.reason.slice(0, 200),
          failure: null,
        });
      }
      return { done: false as const, payment: await m.findOneByOrFail(PaymentEntity, { id: order.paymentId }) };
    });
    if (prepared.done) return { status: 'succeeded', failure: null };
    const outcome = await this.provider.refund(await this.ref(prepared.payment), {
      outRequestNo: order.outRequestNo,
      amountFen: order.amountFen,
      reason: order.reason,
    });
    await this.db.transaction(async (m) => {
      await m.update(PaymentRefundEntity, { outRequestNo: order.outRequestNo }, { status: outcome.status, failure: outcome.failure?.slice(0, 200) ?? null });
      if (outcome.status === 'failed') {
        await addTo(m, PaymentEntity, { id: order.paymentId }, 'refundedFen', -order.amountFen);
      }
      await this.record(m, order.paymentId, 'refund', outcome.exchange, outcome.status === 'succeeded' ? `refunded ${order.amountFen}` : `refund failed: ${outcome.failure}`);
    });
    return { status: outcome.status, failure: outcome.failure };
  }

  /** Asks the provider to close an unpaid payment whose checkout was cancelled; a late payment still wins. */
  /**
   * Locks a checkout's payment row for the rest of the transaction (a no-op guarded update; SQLite runs one
   * transaction at a time anyway). Cancelling takes it before reading the orders, as a payment's success does
   * by claiming it, so a cancel and a payment of one checkout run one after the other and each sees the other's result.
   */
  async holdForCheckout(m: EntityManager, checkoutId: number): Promise<void> {
    await lockRows(m, PaymentEntity, { checkoutId });
  }

  async closeUnpaid(checkoutId: number): Promise<void> {
    const payment = await this.db.manager.findOneBy(PaymentEntity, { checkoutId });
    if (!payment || !isOpen(payment.status)) return;
    const outcome = await this.provider.close(await this.ref(payment));
    if (outcome.closed) await this.close(payment, outcome.exchange, { kind: 'close', status: 'closed' });
    else await this.db.transaction((m) => this.record(m, payment.id, 'close', outcome.exchange, 'close refused'));
  }

  /**
   * Payments still open past their window: the provider is asked what happened, which catches lost
   * notifications; the ones it never saw paid are closed there and here.
   */
  async reconcile(limit = 200): Promise<{ checked: number; succeeded: number; closed: number }> {
    const due = await this.db.manager
      .createQueryBuilder(PaymentEntity, 'p')
      .where('p.status IN (:...open) AND p.expires_at < :now', { open: payments.sources('closed'), now: this.clock.now() })
      .orderBy('p.id')
      .take(limit)
      .getMany();
    const tally = { checked: due.length, succeeded: 0, closed: 0 };
    for (const payment of due) {
      const ref = await this.ref(payment);
      const found = await this.provider.query(ref);
      if (found.status === 'succeeded' && found.amountFen === payment.amountFen) {
        await this.succeed(payment, found.providerTradeNo, found.exchange, { kind: 'query', status: 'TRADE_SUCCESS' });
        tally.succeeded++;
      } else if (found.status === 'pending' || found.status === 'not_found' || found.status === 'closed') {
        const closing = found.status === 'closed' ? { closed: true, exchange: found.exchange } : await this.provider.close(ref);
        if (closing.closed && (await this.close(payment, closing.exchange, { kind: 'query', status: found.status }))) tally.closed++;
      } else {
        await this.db.transaction((m) => this.record(m, payment.id, 'query', found.exchange, `query ${found.status}`));
      }
    }
    return tally;
  }

  /** A notification may be acted on only if it is authentic, ours and for the right amount. */
  private async check(
    notice: VerifiedNotification,
  ): Promise<{ accepted: true; payment: PaymentEntity; notice: Extract<VerifiedNotification, { valid: true }> } | { accepted: false; reason: string; paymentId: number | null }> {
    if (!notice.valid) return { accepted: false, reason: notice.reason, paymentId: null };
    const payment = await findRow(this.db.manager, PaymentEntity, { outTradeNo: notice.outTradeNo });
    if (!payment) return { accepted: false, reason: `unknown out_trade_no ${notice.outTradeNo}`, paymentId: null };
    if (notice.amountFen !== payment.amountFen) {
      return { accepted: false, reason: `amount ${notice.amountFen} fen does not match ${payment.amountFen} fen`, paymentId: payment.id };
    }
    return { accepted: true, payment, notice };
  }

  /** The payment with its payer, who must be the caller; anyone else's is not found. */
  private async own(user: Principal, id: number): Promise<{ payment: PaymentEntity; payer: Payer }> {
    const payment = await findRow(this.db.manager, PaymentEntity, { id });
    const payer = payment && (await this.settlement.payerOf(payment.checkoutId));
    if (!payment || !payer || payer.userId !== user.userId) throw AppError.notFound('Payment', id);
    return { payment, payer };
  }

  private async ref(payment: PaymentEntity): Promise<PaymentRef> {
    return this.refWith(payment, await this.settlement.payerOf(payment.checkoutId));
  }

  private refWith(payment: PaymentEntity, payer: Payer | null): PaymentRef {
    return {
      outTradeNo: payment.outTradeNo,
      amountFen: payment.amountFen,
      expiresAt: new Date(payment.expiresAt),
      subject: payer?.subject ?? '帮扶集市订单',
      providerTradeNo: payment.providerTradeNo,
    };
  }

  /** Deletes refused notifications older than `days`, in batches; accepted ones are the payments' record and stay. */
  pruneRefusedNotifications(days: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - days * DAY_MS);
    return this.db.deleteInBatches(PaymentEventEntity, { kind: 'notify', verdict: Like(`${REFUSED}%`), createdAt: LessThan(before) }, PRUNE_BATCH);
  }

  private record(m: EntityManager, paymentId: number | null, kind: string, exchange: ProviderExchange, verdict: string): Promise<unknown> {
    return insertRow(m, PaymentEventEntity, {
      paymentId,
      provider: this.provider.name,
      kind,
      // Kept as JSON whatever its shape: a form, an SDK result or a bare reply word.
      request: { value: exchange.request },
      response: { value: exchange.response },
      verdict: verdict.slice(0, 200),
    });
  }
}
