import type { EntityManager } from 'typeorm';
import type { PaymentEntity } from './payments.entities';

/** Who pays a checkout and how the payment is described to them. */
export interface Payer {
  userId: number;
  subject: string;
}

export const PAYMENT_SETTLEMENT = Symbol('PAYMENT_SETTLEMENT');

/**
 * What the rest of the marketplace does when a payment settles. The orders module provides it,
 * so payments never reach into orders' tables. Both run inside the transaction that records the payment's
 * new status; paymentSucceeded may return work to do once that transaction has committed (a refund).
 */
export interface PaymentSettlement {
  payerOf(checkoutId: number): Promise<Payer | null>;
  paymentSucceeded(m: EntityManager, payment: PaymentEntity): Promise<(() => Promise<void>) | void>;
  paymentClosed(m: EntityManager, payment: PaymentEntity): Promise<void>;
}
