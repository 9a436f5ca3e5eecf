import { DAY_MS, type OrderDetail, type OrderLineView, type OrderSummary, type RefundRequestView, type TimelineEntry } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { SupplierEntity } from '../certification/certification.entities';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PaymentsService } from '../payments/payments.service';
import { OrderEntity, OrderLineEntity, OrderTransitionEntity, RefundRequestEntity } from './orders.entities';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function refundRequestView(r: RefundRequestEntity): RefundRequestView {
  return {
    id: r.id,
    orderId: r.orderId,
    status: r.status,
    reason: r.reason,
    photos: r.photos,
    lines: r.lines,
    amountFen: r.amountFen,
    decisionReason: r.decisionReason,
    createdAt: new Date(r.createdAt).toISOString(),
    resolvedAt: iso(r.resolvedAt),
  };
}

function summaryOf(o: OrderEntity, supplierName: string, lineCount: number): OrderSummary {
  return {
    id: o.id,
    checkoutId: o.checkoutId,
    supplierId: o.supplierId,
    supplierName,
    status: o.status,
    itemsFen: o.itemsFen,
    shippingFen: o.shippingFen,
    totalFen: o.totalFen,
    refundedFen: o.refundedFen,
    lineCount,
    channel: o.channel,
    ref: o.ref,
    createdAt: new Date(o.createdAt).toISOString(),
  };
}

/** Orders as the shopper and the supplier see them. */
@Injectable()
export class OrderViews {
  constructor(
    private readonly payments: PaymentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async summaries(m: EntityManager, orders: OrderEntity[]): Promise<OrderSummary[]> {
    if (orders.length === 0) return [];
    const ids = orders.map((o) => o.id);
    const [suppliers, counts] = await Promise.all([
      m.find(SupplierEntity, { where: { id: In([...new Set(orders.map((o) => o.supplierId))]) }, select: { id: true, name: true } }),
      m
        .createQueryBuilder(OrderLineEntity, 'l')
        .select('l.order_id', 'orderId')
        .addSelect('COUNT(*)', 'n')
        .where('l.order_id IN (:...ids)', { ids })
        .groupBy('l.order_id')
        .getRawMany<{ orderId: number; n: number | string }>(),
    ]);
    const names = new Map(suppliers.map((s) => [s.id, s.name]));
    const lineCounts = new Map(counts.map((c) => [Number(c.orderId), Number(c.n)]));
    return orders.map((o) => summaryOf(o, names.get(o.supplierId) ?? '', lineCounts.get(o.id) ?? 0));
  }

  async detail(m: EntityManager, order: OrderEntity): Promise<OrderDetail> {
    const [supplier, lines, steps, refunds, payment] = await Promise.all([
      m.findOne(SupplierEntity, { where: { id: order.supplierId }, select: { id: true, name: true } }),
      m.find(OrderLineEntity, { where: { orderId: order.id }, order: { id: 'ASC' } }),
      m.find(OrderTransitionEntity, { where: { orderId: order.id }, order: { id: 'ASC' } }),
      m.find(RefundRequestEntity, { where: { orderId: order.id }, order: { id: 'ASC' } }),
      this.payments.forCheckout(m, order.checkoutId),
    ]);
    const shippedAt = order.shippedAt ? new Date(order.shippedAt) : null;
    return {
      ...summaryOf(order, supplier?.name ?? '', lines.length),
      lines: lines.map(
        (l): OrderLineView => ({
          id: l.id,
          skuId: l.skuId,
          productId: l.productId,
          productName: l.productName,
          skuSpec: l.skuSpec,
          unitPriceFen: l.unitPriceFen,
          quantity: l.quantity,
          lineTotalFen: l.lineTotalFen,
          refundedQuantity: l.refundedQuantity,
        }),
      ),
      address: order.address,
      shipment: order.carrier && order.trackingNo && shippedAt ? { carrier: order.carrier, trackingNo: order.trackingNo, shippedAt: shippedAt.toISOString() } : null,
      paymentDueAt: order.status === 'pending_payment' ? iso(order.paymentDueAt) : null,
      autoCompleteAt:
        order.status === 'shipped' && shippedAt ? new Date(shippedAt.getTime() + this.config.autoCompleteDays * DAY_MS).toISOString() : null,
      timeline: steps.map(
        (s): TimelineEntry => ({
          from: s.fromStatus,
          to: s.toStatus,
          at: new Date(s.at).toISOString(),
          actor: s.actor,
          reason: s.reason,
          reasonCode: s.reasonCode,
          reasonValues: s.reasonValues ?? {},
        }),
      ),
      refundRequests: refunds.map(refundRequestView),
      paymentId: payment.id,
    };
  }
}
