import type { PaymentProviderName, PaymentStatus, RefundStatus } from '@bangfu/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

/** One payment per checkout; outTradeNo is what the provider knows it by. */
@Entity('payments')
export class PaymentEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) checkoutId!: number;
  @Column({ type: 'varchar', length: 64, unique: true }) outTradeNo!: string;
  @Column({ type: 'varchar', length: 16 }) provider!: PaymentProviderName;
  @Column({ type: 'varchar', length: 16 }) status!: PaymentStatus;
  @Column({ type: 'int' }) amountFen!: number;
  @Column({ type: 'int' }) refundedFen!: number;
  @Column({ type: 'datetime' }) expiresAt!: Date;
  @Column({ type: 'varchar', length: 64, nullable: true }) providerTradeNo!: string | null;
  @Column({ type: 'datetime', nullable: true }) paidAt!: Date | null;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** A refund sent to the provider; outRequestNo makes a retry the same refund, not a second one. */
@Entity('payment_refunds')
export class PaymentRefundEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) paymentId!: number;
  @Column({ type: 'varchar', length: 64, unique: true }) outRequestNo!: string;
  @Column({ type: 'int' }) amountFen!: number;
  @Column({ type: 'varchar', length: 16 }) status!: RefundStatus;
  @Column({ type: 'varchar', length: 200 }) reason!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) failure!: string | null;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** Every provider call and notification, with what we concluded: the payments audit trail. */
@Entity('payment_events')
export class PaymentEventEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int', nullable: true }) paymentId!: number | null;
  @Column({ type: 'varchar', length: 16 }) provider!: PaymentProviderName;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'simple-json' }) request!: object;
  @Column({ type: 'simple-json', nullable: true }) response!: object | null;
  @Column({ type: 'varchar', length: 200 }) verdict!: string;
  @CreatedAt() createdAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const PAYMENTS_ENTITIES = [PaymentEntity, PaymentRefundEntity, PaymentEventEntity];
