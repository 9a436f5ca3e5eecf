import { DAY_MS, type OrderDetail, type OrderLineView, type OrderSummary, type RefundRequestView, type TimelineEntry } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { ProductEntity } from '../catalog/catalog.entities';
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

const THUMBNAILS = 4;

/** Facts of an order's lines its summary shows: how many, and pictures of the first few products. */
interface LinesAtGlance {
  count: number;
  thumbnailUrls: string[];
}

function summaryOf(o: OrderEntity, supplierName: string, lines: LinesAtGlance): OrderSummary {
  return {
    id: o.id,
    orderNo: o.orderNo,
    checkoutId: o.checkoutId,
    supplierId: o.supplierId,
    supplierName,
    status: o.status,
    itemsFen: o.itemsFen,
    shippingFen: o.shippingFen,
    totalFen: o.totalFen,
    refundedFen: o.refundedFen,
    lineCount: lines.count,
    channel: o.channel,
    ref: o.ref,
    thumbnailUrls: lines.thumbnailUrls,
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
    const [suppliers, lines] = await Promise.all([
      m.find(SupplierEntity, { where: { id: In([...new Set(orders.map((o) => o.supplierId))]) }, select: { id: true, name: true } }),
      m.find(OrderLineEntity, { where: { orderId: In(ids) }, select: { id: true, orderId: true, productId: true }, order: { id: 'ASC' } }),
    ]);
    const names = new Map(suppliers.map((s) => [s.id, s.name]));
    const glances = await this.linesAtGlance(m, lines);
    return orders.map((o) => summaryOf(o, names.get(o.supplierId) ?? '', glances.get(o.id) ?? { count: 0, thumbnailUrls: [] }));
  }

  private async linesAtGlance(m: EntityManager, lines: Pick<OrderLineEntity, 'orderId' | 'productId'>[]): Promise<Map<number, LinesAtGlance>> {
    const products = lines.length ? await m.find(ProductEntity, { where: { id: In([...new Set(lines.map((l) => l.productId))]) }, select: { id: true, images: true } }) : [];
    const imageOf = new Map(products.map((p) => [p.id, p.images[0]]));
    const glances = new Map<number, LinesAtGlance & { products: Set<number> }>();
    for (const line of lines) {
      const glance = glances.get(line.orderId) ?? { count: 0, thumbnailUrls: [], products: new Set<number>() };
      glance.count += 1;
      const image = imageOf.get(line.productId);
      if (image && !glance.products.has(line.productId) && glance.thumbnailUrls.length < THUMBNAILS) glance.thumbnailUrls.push(image);
      glance.products.add(line.productId);
      glances.set(line.orderId, glance);
    }
    return new Map([...glances].map(([orderId, { count, thumbnailUrls }]) => [orderId, { count, thumbnailUrls }]));
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
      ...summaryOf(order, supplier?.name ?? '', (await this.linesAtGlance(m, lines)).get(order.id) ?? { count: 0, thumbnailUrls: [] }),
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
