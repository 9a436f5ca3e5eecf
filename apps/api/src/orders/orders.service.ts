import { Injectable } from '@nestjs/common';
import { chinaDateTime, chinaDayBounds, fenToYuan, type AssociationOrderListQuery, type OrderDetail, type OrderList, type OrderListQuery, type ShipRequest, type SupplierOrderSummary } from '@bangfu/contracts';
import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { chinaDate } from '../common/clock';
import { Database } from '../database/database';
import { findRows, selectSql } from '../database/rows';
import type { Principal } from '../identity/auth.decorators';
import { InventoryService } from '../inventory/inventory.service';
import { PaymentsService } from '../payments/payments.service';
import { canTransition, OrderTransitions, REASONS, type Actor, type StepReason } from './order-process';
import { stockLines } from './stock-lines';
import { OrderViews } from './order-views';
import { OrderEntity, OrderLineEntity } from './orders.entities';

/** Whose orders a caller may see: a shopper's own, those sold by the caller's supplier, or (staff) all. */
export type OrderScope = { userId: number } | { supplierId: number } | { everyone: true };
export const EVERY_ORDER: OrderScope = { everyone: true };

/** What an order list may be narrowed by; shoppers and suppliers are given only status and dates. */
type OrderFilter = Omit<AssociationOrderListQuery, 'page' | 'pageSize'>;

export function scopeOf(user: Principal, as: 'shopper' | 'supplier'): OrderScope {
  return as === 'shopper' ? { userId: user.userId } : { supplierId: ownSupplier(user) };
}

/** The supplier a supplier account acts for. */
export function ownSupplier(user: Principal): number {
  if (user.supplierId === null) throw AppError.forbidden('Only a supplier account has supplier orders');
  return user.supplierId;
}

/** The order if the scope may see it; otherwise not found, so ids of others' orders reveal nothing. */
export async function findOrder(m: EntityManager, scope: OrderScope, id: number): Promise<OrderEntity> {
  const order = await m.findOneBy(OrderEntity, { id, ...('everyone' in scope ? {} : scope) });
  if (!order) throw AppError.notFound('Order', id);
  return order;
}

/**
 * China-date bounds as instants: from the start of `from` to the end of `to`. They are passed as
 * 'YYYY-MM-DD HH:MM:SS' (UTC) text, not as Dates: on SQLite a Date parameter becomes '… 16:00:00.000', which
 * sorts after a row stamped '… 16:00:00' by datetime('now'), so an order placed at China midnight fell on the
 * wrong day. Both databases compare this text correctly with their stored datetimes.
 */
function dayRange(from?: string, to?: string): { after?: string; before?: string } {
  const text = (at: Date | undefined) => at?.toISOString().slice(0, 19).replace('T', ' ');
  const { after, before } = chinaDayBounds(from, to);
  return { after: text(after), before: text(before) };
}

const CSV_HEADER = ['订单号 order', '下单时间 created (UTC+8)', '状态 status', '商品 product', '规格 spec', '单价 unit price', '数量 qty', '小计 line total', '运费 shipping', '订单金额 order total', '收货人 name', '电话 phone', '地址 address', '快递 carrier', '运单号 tracking'];

/** A leading =, +, - or @ would run as a formula in a spreadsheet: such text is kept as text. */
function formulaGuard(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Orders read per query while exporting: memory stays flat however many the supplier has. */
const EXPORT_BATCH = 500;

@Injectable()
export class OrdersService {
  constructor(
    private readonly db: Database,
    private readonly views: OrderViews,
    private readonly transitions: OrderTransitions,
    private readonly inventory: InventoryService,
    private readonly payments: PaymentsService,
  ) {}

  /**
   * Sales by the day and month the money came in (China dates): every paid order counts, refunded ones too, as
   * the payment happened; cancelled, unpaid orders never do.
   */
  async supplierSummary(supplierId: number, today: string): Promise<SupplierOrderSummary> {
    const { after: dayStart } = dayRange(today);
    const { after: monthStart } = dayRange(`${today.slice(0, 7)}-01`);
    const [sales] = await selectSql<{ todayOrders: number | string | null; todayFen: number | string | null; monthOrders: number | string; monthFen: number | string | null }>(
      this.db.manager,
      `SELECT SUM(CASE WHEN paid_at >= ? THEN 1 ELSE 0 END) AS todayOrders, SUM(CASE WHEN paid_at >= ? THEN total_fen ELSE 0 END) AS todayFen,
              COUNT(*) AS monthOrders, SUM(total_fen) AS monthFen
         FROM orders WHERE supplier_id = ? AND paid_at IS NOT NULL AND paid_at >= ?`,
      [dayStart, dayStart, supplierId, monthStart],
    );
    const [ship] = await selectSql<{ n: number | string }>(this.db.manager, "SELECT COUNT(*) AS n FROM orders WHERE supplier_id = ? AND status = 'paid'", [supplierId]);
    return {
      today: { orders: Number(sales?.todayOrders ?? 0), salesFen: Number(sales?.todayFen ?? 0) },
      month: { orders: Number(sales?.monthOrders ?? 0), salesFen: Number(sales?.monthFen ?? 0) },
      toShip: Number(ship?.n ?? 0),
    };
  }

  async list(scope: OrderScope, query: OrderFilter & Pick<OrderListQuery, 'page' | 'pageSize'>): Promise<OrderList> {
    const m = this.db.manager;
    const [rows, total] = await this.filtered(m, scope, query)
      .orderBy('o.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.views.summaries(m, rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(scope: OrderScope, id: number): Promise<OrderDetail> {
    return this.views.detail(this.db.manager, await findOrder(this.db.manager, scope, id));
  }

  /** An unpaid order is cancelled with the rest of its checkout, since one payment covers them all. */
  async cancel(user: Principal, id: number, reason: string | undefined): Promise<OrderDetail> {
    const order = await findOrder(this.db.manager, scope(user), id);
    if (!canTransition(order.status, 'cancelled')) {
      throw AppError.conflict('ILLEGAL_TRANSITION', `Order ${id} is ${order.status}; only an unpaid order can be cancelled`, { from: order.status, to: 'cancelled' });
    }
    const cancelled = await this.cancelCheckout(order.checkoutId, { kind: 'shopper', userId: user.userId }, REASONS.cancelledByShopper(reason));
    if (cancelled === 0) {
      // Paid, expired or cancelled by another request since it was read: a conflict, not a silent success.
      const now = await findOrder(this.db.manager, scope(user), id);
      throw AppError.conflict('ILLEGAL_TRANSITION', `Order ${id} is ${now.status}; only an unpaid order can be cancelled`, { from: now.status, to: 'cancelled' });
    }
    await this.payments.closeUnpaid(order.checkoutId);
    return this.get(scope(user), id);
  }

  /** As cancelUnpaid, in a transaction of its own. */
  cancelCheckout(checkoutId: number, actor: Actor, reason: StepReason): Promise<number> {
    return this.db.transaction((m) => this.cancelUnpaid(m, checkoutId, actor, reason));
  }

  /**
   * Cancels every still-unpaid order of a checkout and releases its goods; returns how many this call
   * cancelled. Each order is claimed with a guarded update, so a second caller at the same moment releases nothing.
   * The goods of all claimed orders are released in one call, which takes the stock rows in the global order
   * (by SKU) as checkout does: released order by order, two suppliers' rows were locked in the opposite order
   * and concurrent cancels and checkouts deadlocked on MySQL. The payment is held first, as paying holds it.
   */
  async cancelUnpaid(m: EntityManager, checkoutId: number, actor: Actor, reason: StepReason): Promise<number> {
    await this.payments.holdForCheckout(m, checkoutId);
    const orders = (await findRows(m, OrderEntity, { checkoutId, status: 'pending_payment' })).sort((a, b) => a.id - b.id);
    if (orders.length === 0) return 0;
    const lines = await findRows(m, OrderLineEntity, { orderId: orders.map((o) => o.id) });
    const cancelled: number[] = [];
    for (const order of orders) {
      if (await this.transitions.tryMove(m, order, 'cancelled', actor, reason)) cancelled.push(order.id);
    }
    if (cancelled.length === 0) return 0;
    await this.inventory.release(m, stockLines(lines.filter((l) => cancelled.includes(l.orderId))), {
      actorUserId: actor.userId,
      reason: `${cancelled.length === 1 ? 'order' : 'orders'} ${cancelled.join(', ')} cancelled: ${reason.text}`,
    });
    return cancelled.length;
  }

  async confirmReceipt(user: Principal, id: number): Promise<OrderDetail> {
    await this.db.transaction(async (m) => {
      const order = await findOrder(m, scope(user), id);
      await this.transitions.move(m, order, 'completed', { kind: 'shopper', userId: user.userId }, REASONS.receiptConfirmed());
    });
    return this.get(scope(user), id);
  }

  async ship(user: Principal, id: number, body: ShipRequest): Promise<OrderDetail> {
    const supplier = scopeOf(user, 'supplier');
    await this.db.transaction(async (m) => {
      const order = await findOrder(m, supplier, id);
      // Only a paid order ships: one with a refund open waits for the refund to be decided.
      if (order.status !== 'paid') {
        throw AppError.conflict('ILLEGAL_TRANSITION', `Order ${id} is ${order.status}; only a paid order can be shipped`, { orderId: id, from: order.status, to: 'shipped' });
      }
      // The timeline shows the tracking number as it is stored (upper case), not as it was typed.
      const trackingNo = body.trackingNo.toUpperCase();
      await this.transitions.move(m, order, 'shipped', { kind: 'supplier', userId: user.userId }, REASONS.shipped(body.carrier, trackingNo), {
        carrier: body.carrier,
        trackingNo,
      });
    });
    return this.get(supplier, id);
  }

  /**
   * One row per order line, for the supplier's spreadsheet; amounts in yuan as accountants expect. Streamed
   * in batches of orders (by id), so every order is in the file, however many. The BOM lets Excel read UTF-8.
   */
  exportCsv(user: Principal, query: Omit<OrderListQuery, 'page' | 'pageSize'>): Readable {
    const supplier = scopeOf(user, 'supplier');
    const csv = stringify({ bom: true, record_delimiter: '\r\n', cast: { string: formulaGuard } });
    pipeline(Readable.from(this.csvRows(supplier, query)), csv, () => undefined);
    return csv;
  }

  private async *csvRows(scope: OrderScope, query: Omit<OrderListQuery, 'page' | 'pageSize'>): AsyncGenerator<(string | number)[]> {
    const m = this.db.manager;
    yield CSV_HEADER;
    for (let after = 0; ; ) {
      const batch = await this.filtered(m, scope, query).andWhere('o.id > :after', { after }).orderBy('o.id', 'ASC').take(EXPORT_BATCH).getMany();
      if (batch.length === 0) return;
      after = batch[batch.length - 1].id;
      const lines = await m
        .createQueryBuilder(OrderLineEntity, 'l')
        .where('l.order_id IN (:...ids)', { ids: batch.map((o) => o.id) })
        .orderBy('l.id')
        .getMany();
      const linesOf = new Map<number, OrderLineEntity[]>();
      for (const line of lines) linesOf.set(line.orderId, [...(linesOf.get(line.orderId) ?? []), line]);
      for (const order of batch) {
        const a = order.address;
        const local = chinaDateTime(order.createdAt);
        for (const line of linesOf.get(order.id) ?? []) {
          yield [
            order.id,
            local,
            order.status,
            line.productName,
            line.skuSpec,
            fenToYuan(line.unitPriceFen),
            line.quantity,
            fenToYuan(line.lineTotalFen),
            fenToYuan(order.shippingFen),
            fenToYuan(order.totalFen),
            a.name,
            a.phone,
            `${a.province}${a.city}${a.district}${a.detail}`,
            order.carrier ?? '',
            order.trackingNo ?? '',
          ];
        }
      }
    }
  }

  csvName(query: { from?: string; to?: string }, today: Date): string {
    return `orders-${query.from ?? 'all'}-${query.to ?? chinaDate(today)}.csv`;
  }

  private filtered(m: EntityManager, scope: OrderScope, query: OrderFilter) {
    const q = m.createQueryBuilder(OrderEntity, 'o');
    if ('userId' in scope) q.andWhere('o.user_id = :userId', scope);
    if ('supplierId' in scope) q.andWhere('o.supplier_id = :supplierId', scope);
    if (query.supplierId) q.andWhere('o.supplier_id = :onlySupplierId', { onlySupplierId: query.supplierId });
    if (query.ref) q.andWhere('o.ref = :ref', { ref: query.ref });
    if (query.channel) q.andWhere('o.channel = :channel', { channel: query.channel });
    if (query.status) q.andWhere('o.status = :status', { status: query.status });
    const { after, before } = dayRange(query.from, query.to);
    if (after) q.andWhere('o.created_at >= :after', { after });
    if (before) q.andWhere('o.created_at < :before', { before });
    return q;
  }
}

function scope(user: Principal): OrderScope {
  return scopeOf(user, 'shopper');
}
