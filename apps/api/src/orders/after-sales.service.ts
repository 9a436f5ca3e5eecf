import { Injectable, Logger } from '@nestjs/common';
import type { ArbitrationDecision, RefundListQuery, RefundRequestCreate, RefundRequestList, RefundRequestStatus, RefundRequestView } from '@bangfu/contracts';
import { In, LessThan, MoreThan, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { defineProcess, type Transitions } from '../common/process';
import { Database } from '../database/database';
import { addTo } from '../database/rows';
import type { Principal } from '../identity/auth.decorators';
import { ProductsService } from '../catalog/products.service';
import { InventoryService } from '../inventory/inventory.service';
import { PaymentsService } from '../payments/payments.service';
import { OrderTransitions, REASONS, SYSTEM, type Actor, type StepReason } from './order-process';
import { stockLines } from './stock-lines';
import { refundRequestView } from './order-views';
import { OrderEntity, OrderLineEntity, RefundRequestEntity, type RefundLine } from './orders.entities';
import { findOrder, scopeOf, type OrderScope } from './orders.service';

/**
 * A refund request's lifecycle. The shopper's request is agreed (refunding) or refused; a refused one may be
 * taken to the association, who agree or decline; an agreed refund is refunded, or failed at the provider and
 * then sent again until it goes through.
 */
export const REFUND_REQUEST_PROCESS: Transitions<RefundRequestStatus> = {
  requested: ['refunding', 'rejected'],
  rejected: ['escalated'],
  escalated: ['refunding', 'declined'],
  refunding: ['refunded', 'failed'],
  failed: ['refunded'],
  refunded: [],
  declined: [],
};

const refundRequests = defineProcess<RefundRequestEntity, RefundRequestStatus>({
  entity: RefundRequestEntity,
  transitions: REFUND_REQUEST_PROCESS,
  noun: 'Refund request',
  conflict: 'REFUND_STATE_CONFLICT',
});

/** A refund that failed at the provider, or stalled, is tried again after this long. */
const RETRY_AFTER_MS = 5 * 60_000;

/**
 * After-sales: the shopper asks for money back on a paid or shipped order (all of it or some lines), the
 * supplier agrees or refuses, and a refused shopper may take it to association staff, whose word is final.
 * While a request is open the order is refunding; a refused or partial refund returns it where it was.
 */
@Injectable()
export class AfterSalesService {
  private readonly logger = new Logger(AfterSalesService.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly transitions: OrderTransitions,
    private readonly inventory: InventoryService,
    private readonly payments: PaymentsService,
    private readonly products: ProductsService,
  ) {}

  async request(user: Principal, orderId: number, body: RefundRequestCreate): Promise<RefundRequestView> {
    return this.db.transaction(async (m) => {
      const order = await findOrder(m, { userId: user.userId }, orderId);
      const lines = await m.find(OrderLineEntity, { where: { orderId }, order: { id: 'ASC' } });
      const statusBeforeRefund = order.status;
      await this.transitions.move(m, order, 'refunding', { kind: 'shopper', userId: user.userId }, REASONS.refundRequested(body.reason), { statusBeforeRefund });
      const wanted = this.wantedLines(lines, body.lines);
      return refundRequestView(await this.insert(m, order, user.userId, body.reason, body.photos, wanted, this.amountOf(order, lines, wanted), 'requested'));
    });
  }

  async listForSupplier(user: Principal, query: RefundListQuery): Promise<RefundRequestList> {
    const supplier = scopeOf(user, 'supplier') as { supplierId: number };
    const q = this.db.manager.createQueryBuilder(RefundRequestEntity, 'r').innerJoin(OrderEntity, 'o', 'o.id = r.order_id').where('o.supplier_id = :supplierId', supplier);
    if (query.status) q.andWhere('r.status = :status', { status: query.status });
    return this.page(q.orderBy('r.id', 'DESC'), query);
  }

  /** Escalated requests by default, oldest first: the association's queue. */
  async listForStaff(query: RefundListQuery): Promise<RefundRequestList> {
    const q = this.db.manager.createQueryBuilder(RefundRequestEntity, 'r').where('r.status = :status', { status: query.status ?? 'escalated' });
    return this.page(q.orderBy('r.id', 'ASC'), query);
  }

  private async page(q: SelectQueryBuilder<RefundRequestEntity>, query: RefundListQuery): Promise<RefundRequestList> {
    const [rows, total] = await q.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map(refundRequestView), total };
  }

  /** The supplier agrees: the money goes back through the payment provider. */
  async accept(user: Principal, requestId: number): Promise<RefundRequestView> {
    const supplier = scopeOf(user, 'supplier');
    await this.db.transaction(async (m) => {
      const request = await this.requestIn(m, supplier, requestId);
      // A request whose refund failed at the provider may be accepted again: that retries the same refund.
      if (request.status === 'failed') return;
      await this.decide(m, request, 'requested', 'refunding', user.userId, null);
    });
    return this.execute(requestId, { kind: 'supplier', userId: user.userId });
  }

  async reject(user: Principal, requestId: number, reason: string): Promise<RefundRequestView> {
    const supplier = scopeOf(user, 'supplier');
    return this.db.transaction(async (m) => {
      const request = await this.requestIn(m, supplier, requestId);
      await this.decide(m, request, 'requested', 'rejected', user.userId, reason);
      await this.returnOrder(m, request.orderId, { kind: 'supplier', userId: user.userId }, REASONS.refundRefused(reason));
      return refundRequestView(await m.findOneByOrFail(RefundRequestEntity, { id: requestId }));
    });
  }

  /** The shopper takes a refused request to the association. */
  async escalate(user: Principal, orderId: number, requestId: number): Promise<RefundRequestView> {
    return this.db.transaction(async (m) => {
      const order = await findOrder(m, { userId: user.userId }, orderId);
      const request = await m.findOneBy(RefundRequestEntity, { id: requestId, orderId });
      if (!request) throw AppError.notFound('Refund request', requestId);
      // A later request may have refunded some of the same goods since: this one's lines and amount are stale.
      const later = await m.findOne(RefundRequestEntity, { where: { orderId, id: MoreThan(requestId) }, select: { id: true } });
      if (later) {
        throw AppError.conflict('REFUND_STATE_CONFLICT', `Refund request ${requestId} was followed by request ${later.id}; only the latest request can be escalated`, {
          status: request.status,
          laterRequestId: later.id,
        });
      }
      await this.transitions.move(m, order, 'refunding', { kind: 'shopper', userId: user.userId }, REASONS.escalated(), { statusBeforeRefund: order.status });
      await this.decide(m, request, 'rejected', 'escalated', null, request.decisionReason);
      return refundRequestView(await m.findOneByOrFail(RefundRequestEntity, { id: requestId }));
    });
  }

  async arbitrate(user: Principal, requestId: number, decision: ArbitrationDecision): Promise<RefundRequestView> {
    const staff: Actor = { kind: 'staff', userId: user.userId };
    await this.db.transaction(async (m) => {
      const request = await m.findOneBy(RefundRequestEntity, { id: requestId });
      if (!request) throw AppError.notFound('Refund request', requestId);
      await this.decide(m, request, 'escalated', decision.refund ? 'refunding' : 'declined', user.userId, decision.reason);
      if (!decision.refund) await this.returnOrder(m, request.orderId, staff, REASONS.refundDeclined(decision.reason));
    });
    return decision.refund ? this.execute(requestId, staff) : refundRequestView(await this.db.manager.findOneByOrFail(RefundRequestEntity, { id: requestId }));
  }

  /** A payment came after its order was cancelled and the goods are gone: the whole amount goes back. */
  async refundLatePayment(m: EntityManager, order: OrderEntity): Promise<number> {
    const lines = await m.find(OrderLineEntity, { where: { orderId: order.id } });
    const request = await this.insert(
      m,
      order,
      order.userId,
      'late payment: the goods were released when the payment window closed and are no longer in stock',
      [],
      lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
      order.totalFen,
      'refunding',
    );
    await this.transitions.move(m, order, 'refunding', SYSTEM, REASONS.lateNoStock());
    return request.id;
  }

  async executeAll(requestIds: number[]): Promise<void> {
    for (const id of requestIds) await this.execute(id);
  }

  /**
   * Sends an agreed refund to the provider and, once it is through, books it on the order exactly once.
   * Safe to call again: the provider sees the same out_request_no, the booking is a guarded update.
   * The actor is who agreed (supplier or staff); retries and late-payment refunds are the system's.
   */
  async execute(requestId: number, actor: Actor = SYSTEM): Promise<RefundRequestView> {
    const request = await this.db.manager.findOneByOrFail(RefundRequestEntity, { id: requestId });
    if (!refundRequests.can(request.status, 'refunded')) return refundRequestView(request);
    const order = await this.db.manager.findOneByOrFail(OrderEntity, { id: request.orderId });
    const payment = await this.payments.forCheckout(this.db.manager, order.checkoutId);
    const outcome = await this.payments.refund({
      paymentId: payment.id,
      outRequestNo: `${payment.outTradeNo}R${request.id}`,
      amountFen: request.amountFen,
      reason: request.reason,
    });
    await this.db.transaction(async (m) => {
      if (outcome.status === 'failed') {
        await refundRequests.tryMove(m, { id: requestId, status: 'refunding' }, 'failed', undefined);
        return;
      }
      if (await refundRequests.enter(m, requestId, 'refunded', { set: { resolvedAt: this.clock.now() } })) await this.book(m, request, actor);
    });
    if (outcome.status === 'failed') this.logger.warn({ requestId, failure: outcome.failure }, 'refund failed at the provider; it will be retried');
    return refundRequestView(await this.db.manager.findOneByOrFail(RefundRequestEntity, { id: requestId }));
  }

  /** Refunds that failed or stalled, tried again by the orders job. */
  async retryStalled(): Promise<number> {
    const due = () => ({ status: In(refundRequests.sources('refunded')), updatedAt: LessThan(new Date(this.clock.now().getTime() - RETRY_AFTER_MS)) });
    const stalled = await this.db.manager.find(RefundRequestEntity, { where: due(), take: 100 });
    let retried = 0;
    for (const request of stalled) {
      // Claimed first by stamping updated_at, so another instance running this job skips it: two sends of one
      // refund at once would hold its amount on the payment twice.
      const claimed = await this.db.transaction((m) =>
        m.update(RefundRequestEntity, { id: request.id, ...due() }, { status: request.status, updatedAt: this.clock.now() }),
      );
      if (!claimed.affected) continue;
      retried++;
      try {
        await this.execute(request.id);
      } catch (error) {
        // One refund that cannot go through must not hold up the others; it is tried again next time.
        this.logger.error({ requestId: request.id, err: error }, 'refund retry failed');
      }
    }
    return retried;
  }

  /** Records the refunded goods and money on the order, puts unshipped goods back, and moves the order on. */
  private async book(m: EntityManager, request: RefundRequestEntity, actor: Actor): Promise<void> {
    const order = await m.findOneByOrFail(OrderEntity, { id: request.orderId });
    const lines = await m.find(OrderLineEntity, { where: { orderId: order.id } });
    for (const wanted of request.lines) await addTo(m, OrderLineEntity, { id: wanted.lineId }, 'refundedQuantity', wanted.quantity, { atMost: 'quantity' });
    await addTo(m, OrderEntity, { id: order.id }, 'refundedFen', request.amountFen, { atMost: 'totalFen' });
    // Goods still in the warehouse (paid, not shipped) go back on sale; shipped goods are with the shopper.
    if (order.statusBeforeRefund === 'paid') {
      await this.inventory.restock(
        m,
        stockLines(request.lines.flatMap((w) => lines.filter((l) => l.id === w.lineId).map((l) => ({ ...l, quantity: w.quantity })))),
        { actorUserId: request.decidedBy, reason: `refund ${request.id} of order ${order.id}` },
      );
    }
    await this.products.addSales(
      m,
      request.lines.flatMap((w) => lines.filter((l) => l.id === w.lineId).map((l) => ({ productId: l.productId, quantity: -w.quantity }))),
    );
    const everything = order.refundedFen + request.amountFen >= order.totalFen;
    if (everything || !order.statusBeforeRefund) await this.transitions.move(m, order, 'refunded', actor, REASONS.refunded(request.amountFen));
    else await this.transitions.move(m, order, order.statusBeforeRefund, actor, REASONS.partlyRefunded(request.amountFen), { statusBeforeRefund: null });
  }

  private async returnOrder(m: EntityManager, orderId: number, actor: Actor, reason: StepReason): Promise<void> {
    const order = await m.findOneByOrFail(OrderEntity, { id: orderId });
    if (order.status !== 'refunding' || !order.statusBeforeRefund) return;
    await this.transitions.move(m, order, order.statusBeforeRefund, actor, reason, { statusBeforeRefund: null });
  }

  /** Moves a request on from the status the caller expects; a request no longer there is a 409. */
  private decide(
    m: EntityManager,
    request: RefundRequestEntity,
    from: RefundRequestStatus,
    to: RefundRequestStatus,
    decidedBy: number | null,
    reason: string | null,
  ): Promise<void> {
    const resolved = to === 'rejected' || to === 'declined' ? { resolvedAt: this.clock.now() } : {};
    return refundRequests.move(m, { id: request.id, status: from }, to, undefined, { set: { decisionReason: reason, ...(decidedBy ? { decidedBy } : {}), ...resolved } });
  }

  private wantedLines(lines: OrderLineEntity[], asked: RefundLine[] | undefined): RefundLine[] {
    if (!asked) {
      const rest = lines.map((l) => ({ lineId: l.id, quantity: l.quantity - l.refundedQuantity })).filter((l) => l.quantity > 0);
      if (rest.length === 0) throw AppError.conflict('NOTHING_TO_REFUND', 'Everything in this order has been refunded already');
      return rest;
    }
    const byId = new Map(lines.map((l) => [l.id, l]));
    const seen = new Set<number>();
    asked.forEach((want, i) => {
      const line = byId.get(want.lineId);
      if (!line || seen.has(want.lineId)) throw AppError.invalid(`lines.${i}.lineId`, `is not a line of this order, or appears twice`);
      seen.add(want.lineId);
      if (want.quantity > line.quantity - line.refundedQuantity) {
        throw AppError.invalid(`lines.${i}.quantity`, `must be at most ${line.quantity - line.refundedQuantity}`);
      }
    });
    return asked;
  }

  /** The lines' price; a request that refunds everything left also returns the rest of the order (shipping). */
  private amountOf(order: OrderEntity, lines: OrderLineEntity[], wanted: RefundLine[]): number {
    const want = new Map(wanted.map((w) => [w.lineId, w.quantity]));
    const clearsOrder = lines.every((l) => l.quantity - l.refundedQuantity === (want.get(l.id) ?? 0));
    if (clearsOrder) return order.totalFen - order.refundedFen;
    return lines.reduce((sum, l) => sum + l.unitPriceFen * (want.get(l.id) ?? 0), 0);
  }

  private async insert(
    m: EntityManager,
    order: OrderEntity,
    userId: number,
    reason: string,
    photos: string[],
    lines: RefundLine[],
    amountFen: number,
    status: RefundRequestStatus,
  ): Promise<RefundRequestEntity> {
    const request = m.create(RefundRequestEntity, {
      orderId: order.id,
      userId,
      status,
      reason,
      photos,
      lines,
      amountFen,
      decisionReason: null,
      decidedBy: null,
      resolvedAt: null,
    });
    return m.save(request);
  }

  private async requestIn(m: EntityManager, scope: OrderScope, requestId: number): Promise<RefundRequestEntity> {
    const request = await m.findOneBy(RefundRequestEntity, { id: requestId });
    if (!request) throw AppError.notFound('Refund request', requestId);
    await findOrder(m, scope, request.orderId);
    return request;
  }
}
