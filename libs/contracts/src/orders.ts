import { z } from 'zod';
import { IsoDate } from './certification';
import { listOf } from './errors';
import { Phone } from './identity';
import { ImageUrl } from './media';
import { PageQuery } from './paging';
import { PaymentView } from './payments';

export const ORDER_STATUSES = ['pending_payment', 'paid', 'shipped', 'completed', 'cancelled', 'refunding', 'refunded'] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const Channel = z.enum(['online', 'counter']);
export type Channel = z.infer<typeof Channel>;

/** Who moved an order: a person in one of these roles, or the system's own jobs. */
export const ActorKind = z.enum(['shopper', 'supplier', 'staff', 'system']);
export type ActorKind = z.infer<typeof ActorKind>;

/** Limits of one checkout. */
export const MAX_LINES_PER_CHECKOUT = 50;
export const MAX_QUANTITY_PER_LINE = 999;

export const ShippingAddress = z.object({
  name: z.string().trim().min(1).max(30),
  phone: Phone,
  province: z.string().trim().min(2).max(20),
  city: z.string().trim().min(1).max(20),
  district: z.string().trim().min(2).max(20),
  detail: z.string().trim().min(4).max(120),
});
export type ShippingAddress = z.infer<typeof ShippingAddress>;

/** Attribution code of a village e-commerce point or one of its livestreams, e.g. vp_xixiang_01. */
export const AttributionRef = z.string().regex(/^(vp|ls)_[A-Za-z0-9_-]{1,60}$/, 'must look like vp_… or ls_…');

export const CheckoutRequest = z
  .object({
    items: z
      .array(z.object({ skuId: z.number().int().positive(), quantity: z.number().int().min(1).max(MAX_QUANTITY_PER_LINE) }))
      .min(1)
      .max(MAX_LINES_PER_CHECKOUT),
    address: ShippingAddress,
    // A shopper's own checkout is always online: sales points sell through their paired kiosks, never by saying so.
    channel: z.literal('online', { error: 'must be online; counters sell through their kiosk' }).default('online'),
    ref: AttributionRef.optional(),
  })
  .refine((body) => new Set(body.items.map((i) => i.skuId)).size === body.items.length, {
    message: 'each SKU may appear once; add up its quantity instead',
    path: ['items'],
  });
export type CheckoutRequest = z.infer<typeof CheckoutRequest>;

export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9._:-]{8,100}$/, 'must be 8–100 letters, digits or ._:-');

/** What people read and quote for an order: its China date and 8 random digits, e.g. 2026120283920174. */
export const OrderNo = z.string().regex(/^\d{16}$/);

export const OrderSummary = z.object({
  id: z.number().int(),
  orderNo: OrderNo,
  checkoutId: z.number().int(),
  supplierId: z.number().int(),
  supplierName: z.string(),
  status: OrderStatus,
  itemsFen: z.number().int(),
  shippingFen: z.number().int(),
  totalFen: z.number().int(),
  refundedFen: z.number().int(),
  lineCount: z.number().int(),
  channel: Channel,
  /** The village point or livestream the sale is credited to. */
  ref: z.string().nullable(),
  /** Images of the first few products bought, for the order list. */
  thumbnailUrls: z.array(z.string()).max(4),
  createdAt: z.string(),
});
export type OrderSummary = z.infer<typeof OrderSummary>;

export const CheckoutResponse = z.object({
  checkoutId: z.number().int(),
  orders: z.array(OrderSummary.pick({ id: true, orderNo: true, supplierId: true, totalFen: true, status: true })),
  totalFen: z.number().int(),
  payment: PaymentView,
});
export type CheckoutResponse = z.infer<typeof CheckoutResponse>;

export const OrderLineView = z.object({
  id: z.number().int(),
  skuId: z.number().int(),
  productId: z.number().int(),
  productName: z.string(),
  skuSpec: z.string(),
  unitPriceFen: z.number().int(),
  quantity: z.number().int(),
  lineTotalFen: z.number().int(),
  refundedQuantity: z.number().int(),
});
export type OrderLineView = z.infer<typeof OrderLineView>;

/**
 * Why an order moved, as a stable code with its values, so each app words it in its reader's language.
 * `note` in the values is text a person typed (a refund reason, a refusal) and is shown as written.
 */
export const TimelineReasonCode = z.enum([
  'placed',
  'paid',
  'late_paid',
  'payment_closed',
  'expired',
  'cancelled_by_shopper',
  'shipped',
  'receipt_confirmed',
  'auto_completed',
  'refund_requested',
  'escalated',
  'refund_refused',
  'refund_declined',
  'refunded',
  'partly_refunded',
  'late_no_stock',
]);
export type TimelineReasonCode = z.infer<typeof TimelineReasonCode>;

export const TimelineEntry = z.object({
  from: OrderStatus.nullable(),
  to: OrderStatus,
  at: z.string(),
  actor: ActorKind,
  /** The same reason in English words, for logs and for clients that do not know the code. */
  reason: z.string().nullable(),
  reasonCode: TimelineReasonCode.nullable(),
  reasonValues: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Shipment = z.object({ carrier: z.string(), trackingNo: z.string(), shippedAt: z.string() });

export const RefundRequestStatus = z.enum(['requested', 'rejected', 'escalated', 'refunding', 'refunded', 'failed', 'declined']);
export type RefundRequestStatus = z.infer<typeof RefundRequestStatus>;

export const RefundRequestView = z.object({
  id: z.number().int(),
  orderId: z.number().int(),
  status: RefundRequestStatus,
  reason: z.string(),
  photos: z.array(z.string()),
  lines: z.array(z.object({ lineId: z.number().int(), quantity: z.number().int() })),
  amountFen: z.number().int(),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type RefundRequestView = z.infer<typeof RefundRequestView>;

export const OrderDetail = OrderSummary.extend({
  lines: z.array(OrderLineView),
  address: ShippingAddress,
  shipment: Shipment.nullable(),
  paymentDueAt: z.string().nullable(),
  autoCompleteAt: z.string().nullable(),
  timeline: z.array(TimelineEntry),
  refundRequests: z.array(RefundRequestView),
  paymentId: z.number().int(),
});
export type OrderDetail = z.infer<typeof OrderDetail>;

export const OrderListQuery = PageQuery.extend({
  status: OrderStatus.optional(),
  /** China calendar dates, inclusive. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;

/** Association staff see every supplier's orders, and may narrow them to a supplier or an attribution. */
export const AssociationOrderListQuery = OrderListQuery.extend({
  supplierId: z.coerce.number().int().positive().optional(),
  ref: AttributionRef.optional(),
  channel: Channel.optional(),
});
export type AssociationOrderListQuery = z.infer<typeof AssociationOrderListQuery>;

export const OrderList = z.object({ items: z.array(OrderSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type OrderList = z.infer<typeof OrderList>;

export const CancelRequest = z.object({ reason: z.string().trim().min(1).max(200).optional() });
export type CancelRequest = z.infer<typeof CancelRequest>;

export const CARRIERS = ['SF', 'EMS', 'YTO', 'ZTO', 'STO', 'YUNDA', 'JD', 'JT', 'CHINAPOST'] as const;
export const Carrier = z.enum(CARRIERS);
export type Carrier = z.infer<typeof Carrier>;

export const ShipRequest = z.object({
  carrier: Carrier,
  trackingNo: z.string().trim().regex(/^[A-Za-z0-9]{8,30}$/, 'must be 8–30 letters or digits'),
});
export type ShipRequest = z.infer<typeof ShipRequest>;

export const RefundRequestCreate = z.object({
  reason: z.string().trim().min(2).max(500),
  photos: z.array(ImageUrl).max(6).default([]),
  /** Lines and quantities to refund; absent means the whole order. */
  lines: z
    .array(z.object({ lineId: z.number().int().positive(), quantity: z.number().int().min(1).max(MAX_QUANTITY_PER_LINE) }))
    .min(1)
    .max(MAX_LINES_PER_CHECKOUT)
    .optional(),
});
export type RefundRequestCreate = z.infer<typeof RefundRequestCreate>;

export const RefundRequestList = listOf(RefundRequestView);
export type RefundRequestList = z.infer<typeof RefundRequestList>;

export const RefundListQuery = PageQuery.extend({ status: RefundRequestStatus.optional() });
export type RefundListQuery = z.infer<typeof RefundListQuery>;

export const RefundDecision = z.object({ reason: z.string().trim().min(2).max(500) });
export type RefundDecision = z.infer<typeof RefundDecision>;

export const ArbitrationDecision = z.object({ refund: z.boolean(), reason: z.string().trim().min(2).max(500) });
export type ArbitrationDecision = z.infer<typeof ArbitrationDecision>;

export const ShippingRule = z
  .object({
    flatFeeFen: z.number().int().min(0).max(100_000),
    /** Orders whose goods total reaches this ship free; null means never free. */
    freeOverFen: z.number().int().min(1).max(100_000_000).nullable(),
  });
export type ShippingRule = z.infer<typeof ShippingRule>;

/** The fee one supplier's order pays under its rule. */
export function shippingFeeFen(rule: ShippingRule, itemsFen: number): number {
  return rule.freeOverFen !== null && itemsFen >= rule.freeOverFen ? 0 : rule.flatFeeFen;
}

/** A supplier's sales at a glance: orders paid today and this month (China dates), and those waiting to ship. */
export const SupplierOrderSummary = z.object({
  today: z.object({ orders: z.number().int(), salesFen: z.number().int() }),
  month: z.object({ orders: z.number().int(), salesFen: z.number().int() }),
  toShip: z.number().int(),
});
export type SupplierOrderSummary = z.infer<typeof SupplierOrderSummary>;
