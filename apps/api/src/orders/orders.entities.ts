import type { ActorKind, Channel, OrderStatus, RefundRequestStatus, ShippingAddress, TimelineReasonCode } from '@bangfu/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

/** What a supplier charges for shipping an order: a flat fee, free from an amount of goods. None set: free. */
@Entity('shipping_rules')
export class ShippingRuleEntity {
  @PrimaryColumn({ type: 'int' }) supplierId!: number;
  @Column({ type: 'int' }) flatFeeFen!: number;
  @Column({ type: 'int', nullable: true }) freeOverFen!: number | null;
  @UpdatedAt() updatedAt!: Date;
}

/** One press of "pay": the shopper's cart, split into one order per supplier, paid by one payment. */
@Entity('checkouts')
export class CheckoutEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) userId!: number;
  @Column({ type: 'varchar', length: 100 }) idempotencyKey!: string;
  /** sha256 of the request body, so a reused key with another body is refused. */
  @Column({ type: 'varchar', length: 64 }) requestHash!: string;
  @Column({ type: 'varchar', length: 16 }) channel!: Channel;
  @Column({ type: 'varchar', length: 64, nullable: true }) ref!: string | null;
  @Column({ type: 'int' }) totalFen!: number;
  @Column({ type: 'datetime' }) expiresAt!: Date;
  @CreatedAt() createdAt!: Date;
}

@Entity('orders')
export class OrderEntity {
  @PrimaryGeneratedColumn() id!: number;
  /** What people read and quote (order-number.ts); the id stays internal. */
  @Column({ type: 'varchar', length: 16, unique: true }) orderNo!: string;
  @Column({ type: 'int' }) checkoutId!: number;
  @Column({ type: 'int' }) userId!: number;
  @Column({ type: 'int' }) supplierId!: number;
  @Column({ type: 'varchar', length: 20 }) status!: OrderStatus;
  /** Where a refund that ends without refunding everything returns the order to. */
  @Column({ type: 'varchar', length: 20, nullable: true }) statusBeforeRefund!: OrderStatus | null;
  @Column({ type: 'int' }) itemsFen!: number;
  @Column({ type: 'int' }) shippingFen!: number;
  @Column({ type: 'int' }) totalFen!: number;
  @Column({ type: 'int' }) refundedFen!: number;
  @Column({ type: 'simple-json' }) address!: ShippingAddress;
  @Column({ type: 'varchar', length: 16 }) channel!: Channel;
  @Column({ type: 'varchar', length: 64, nullable: true }) ref!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) carrier!: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) trackingNo!: string | null;
  @Column({ type: 'datetime' }) paymentDueAt!: Date;
  @Column({ type: 'datetime', nullable: true }) paidAt!: Date | null;
  @Column({ type: 'datetime', nullable: true }) shippedAt!: Date | null;
  @Column({ type: 'datetime', nullable: true }) completedAt!: Date | null;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** A line as it was bought: name, spec and price are copied so later edits do not rewrite history. */
@Entity('order_lines')
export class OrderLineEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) orderId!: number;
  @Column({ type: 'int' }) skuId!: number;
  @Column({ type: 'int' }) productId!: number;
  /** The stock location the goods were reserved at. */
  @Column({ type: 'int' }) locationId!: number;
  @Column({ type: 'varchar', length: 100 }) productName!: string;
  @Column({ type: 'varchar', length: 100 }) skuSpec!: string;
  @Column({ type: 'int' }) unitPriceFen!: number;
  @Column({ type: 'int' }) quantity!: number;
  @Column({ type: 'int' }) lineTotalFen!: number;
  @Column({ type: 'int' }) refundedQuantity!: number;
}

/** Every state change of an order; the shopper's timeline. Never updated. */
@Entity('order_transitions')
export class OrderTransitionEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) orderId!: number;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus!: OrderStatus | null;
  @Column({ type: 'varchar', length: 20 }) toStatus!: OrderStatus;
  @Column({ type: 'varchar', length: 16 }) actor!: ActorKind;
  @Column({ type: 'int', nullable: true }) actorUserId!: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  /** Null on steps written before reasons had codes. */
  @Column({ type: 'varchar', length: 32, nullable: true }) reasonCode!: TimelineReasonCode | null;
  @Column({ type: 'simple-json', nullable: true }) reasonValues!: Record<string, string | number> | null;
  @Column({ type: 'datetime', precision: 3 }) at!: Date;
}

export interface RefundLine {
  lineId: number;
  quantity: number;
}

/** A shopper's after-sales request; the supplier decides, staff arbitrate an escalated one. */
@Entity('refund_requests')
export class RefundRequestEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) orderId!: number;
  @Column({ type: 'int' }) userId!: number;
  @Column({ type: 'varchar', length: 16 }) status!: RefundRequestStatus;
  @Column({ type: 'varchar', length: 500 }) reason!: string;
  @Column({ type: 'simple-json' }) photos!: string[];
  @Column({ type: 'simple-json' }) lines!: RefundLine[];
  @Column({ type: 'int' }) amountFen!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) decisionReason!: string | null;
  @Column({ type: 'int', nullable: true }) decidedBy!: number | null;
  @Column({ type: 'datetime', nullable: true }) resolvedAt!: Date | null;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const ORDERS_ENTITIES = [ShippingRuleEntity, CheckoutEntity, OrderEntity, OrderLineEntity, OrderTransitionEntity, RefundRequestEntity];
