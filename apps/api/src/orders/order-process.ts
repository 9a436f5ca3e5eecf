import { Injectable } from '@nestjs/common';
import type { ActorKind, OrderStatus, TimelineReasonCode } from '@bangfu/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { defineProcess, type MoveOptions } from '../common/process';
import { insertRows } from '../database/rows';
import { OrderEntity, OrderTransitionEntity } from './orders.entities';

/**
 * The order lifecycle, the one place that says which status may follow which. A cancelled order can still
 * become paid (or go to refunding) when its payment arrives late; refunding returns to paid or shipped when
 * a refund is declined or covers only part of the order — only to the status it left (see RETURNS_FROM_REFUND).
 */
export const ORDER_PROCESS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['shipped', 'refunding'],
  shipped: ['completed', 'refunding'],
  completed: [],
  cancelled: ['paid', 'refunding'],
  refunding: ['refunded', 'paid', 'shipped'],
  refunded: [],
};

/**
 * Steps out of refunding that go back where the order was: refunding → shipped is the return of a shipped
 * order, never a shipment. Guarded on statusBeforeRefund, so goods cannot leave while a refund is open.
 */
const RETURNS_FROM_REFUND: ReadonlySet<OrderStatus> = new Set(['paid', 'shipped']);

/** Timestamps an order carries for the status it enters. */
const STAMPS: Partial<Record<OrderStatus, 'paidAt' | 'shippedAt' | 'completedAt'>> = {
  paid: 'paidAt',
  shipped: 'shippedAt',
  completed: 'completedAt',
};

export interface Actor {
  kind: ActorKind;
  userId: number | null;
}

/** What a step may set on the order besides its status. */
type StepFields = Partial<Pick<OrderEntity, 'carrier' | 'trackingNo' | 'statusBeforeRefund'>>;

export const SYSTEM: Actor = { kind: 'system', userId: null };

/** Why a step was taken: a code and values for the apps to word, and the same in English for `reason`. */
export interface StepReason {
  code: TimelineReasonCode;
  values: Record<string, string | number>;
  text: string | null;
}

const because = (code: TimelineReasonCode, values: StepReason['values'], text: string | null): StepReason => ({ code, values, text });

/** Every reason an order moves for; `note` is text a person typed. */
export const REASONS = {
  placed: () => because('placed', {}, null),
  paid: (tradeNo: string) => because('paid', { tradeNo }, `payment ${tradeNo}`),
  latePaid: (tradeNo: string) => because('late_paid', { tradeNo }, `late payment ${tradeNo}; goods still available`),
  paymentClosed: () => because('payment_closed', {}, 'payment closed unpaid'),
  expired: () => because('expired', {}, 'payment window expired'),
  cancelledByShopper: (note?: string) => because('cancelled_by_shopper', note ? { note } : {}, note ?? 'cancelled by the shopper'),
  shipped: (carrier: string, trackingNo: string) => because('shipped', { carrier, trackingNo }, `${carrier} ${trackingNo}`),
  receiptConfirmed: () => because('receipt_confirmed', {}, 'receipt confirmed'),
  autoCompleted: (days: number) => because('auto_completed', { days }, `no complaint within ${days} days of shipping`),
  refundRequested: (note: string) => because('refund_requested', { note }, note),
  escalated: () => because('escalated', {}, 'refund taken to the association'),
  refundRefused: (note: string) => because('refund_refused', { note }, `refund refused: ${note}`),
  refundDeclined: (note: string) => because('refund_declined', { note }, `refund declined by the association: ${note}`),
  refunded: (amountFen: number) => because('refunded', { amountFen }, `refunded ${amountFen} fen`),
  partlyRefunded: (amountFen: number) => because('partly_refunded', { amountFen }, `partly refunded: ${amountFen} fen`),
  lateNoStock: () => because('late_no_stock', {}, 'late payment without stock: refunding in full'),
} satisfies Record<string, (...args: never[]) => StepReason>;

function reasonColumns(reason: StepReason): Pick<OrderTransitionEntity, 'reason' | 'reasonCode' | 'reasonValues'> {
  return { reason: reason.text?.slice(0, 500) ?? null, reasonCode: reason.code, reasonValues: reason.values };
}

/** Who took a step and why: what the timeline shows for it. */
interface StepContext {
  actor: Actor;
  reason: StepReason;
}

const orderProcess = defineProcess<OrderEntity, OrderStatus, StepContext & { at: Date }>({
  entity: OrderEntity,
  transitions: ORDER_PROCESS,
  noun: 'Order',
  idKey: 'orderId',
  conflict: 'ORDER_STATE_CONFLICT',
  log: (m, steps, { actor, reason, at }) =>
    insertRows(
      m,
      OrderTransitionEntity,
      steps.map((step) => ({ orderId: step.id, fromStatus: step.from, toStatus: step.to, actor: actor.kind, actorUserId: actor.userId, ...reasonColumns(reason), at })),
    ),
});

/** The timestamp a step stamps and the guard it needs, besides the status. */
function options(from: OrderStatus, to: OrderStatus, extra: StepFields, at: Date): MoveOptions<OrderEntity> {
  // Back from a refund is not a new payment or shipment: paidAt and shippedAt keep their first value.
  const stamp = from === 'refunding' ? undefined : STAMPS[to];
  const returning = from === 'refunding' && RETURNS_FROM_REFUND.has(to);
  return { set: { ...extra, ...(stamp ? { [stamp]: at } : {}) }, guard: returning ? { statusBeforeRefund: to } : {} };
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderProcess.can(from, to);
}

@Injectable()
export class OrderTransitions {
  constructor(private readonly clock: Clock) {}

  /** The first step of every new order's timeline. */
  async recordCreated(m: EntityManager, orderIds: number[], actor: Actor): Promise<void> {
    const at = this.clock.now();
    await insertRows(
      m,
      OrderTransitionEntity,
      orderIds.map((orderId) => ({ orderId, fromStatus: null, toStatus: 'pending_payment' as const, actor: actor.kind, actorUserId: actor.userId, ...reasonColumns(REASONS.placed()), at })),
    );
  }

  /**
   * Moves an order from the status the caller saw to the next one with a guarded update, and records the
   * step. An illegal step, or one another request made first, is a 409; the caller's transaction rolls back.
   */
  move(m: EntityManager, order: Pick<OrderEntity, 'id' | 'status'>, to: OrderStatus, actor: Actor, reason: StepReason, extra: StepFields = {}): Promise<void> {
    return this.moveAll(m, [order], to, actor, reason, extra);
  }

  /** As move, for orders the caller saw in one status (one checkout's orders being paid): all move, or a 409. */
  moveAll(m: EntityManager, orders: Pick<OrderEntity, 'id' | 'status'>[], to: OrderStatus, actor: Actor, reason: StepReason, extra: StepFields = {}): Promise<void> {
    const at = this.clock.now();
    return orderProcess.move(m, orders, to, { actor, reason, at }, options(orders[0].status, to, extra, at));
  }

  /** As move, but answers false instead of throwing when the order is no longer where the caller saw it. */
  tryMove(m: EntityManager, order: Pick<OrderEntity, 'id' | 'status'>, to: OrderStatus, actor: Actor, reason: StepReason, extra: StepFields = {}): Promise<boolean> {
    const at = this.clock.now();
    return orderProcess.tryMove(m, order, to, { actor, reason, at }, options(order.status, to, extra, at));
  }
}
