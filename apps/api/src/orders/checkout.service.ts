import { Inject, Injectable } from '@nestjs/common';
import { shippingFeeFen, type CheckoutRequest, type CheckoutResponse } from '@bangfu/contracts';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CatalogService, type PurchasableSku } from '../catalog/catalog.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from '../database/database';
import { isUniqueViolation } from '../database/errors';
import { findRow, findRows, insertRow, insertRows } from '../database/rows';
import type { Principal } from '../identity/auth.decorators';
import { InventoryService } from '../inventory/inventory.service';
import { VillagesService } from '../villages/villages.service';
import { PaymentsService } from '../payments/payments.service';
import { OrderTransitions } from './order-process';
import { orderNumber } from './order-number';
import { CheckoutEntity, OrderEntity, OrderLineEntity } from './orders.entities';

/** Largest amount one checkout may come to: ¥1,000,000. */
const MAX_CHECKOUT_FEN = 100_000_000;

interface SupplierGroup {
  supplierId: number;
  lines: { sku: PurchasableSku; quantity: number; locationId: number }[];
  itemsFen: number;
  shippingFen: number;
}

/**
 * Turns a cart into one order per supplier under one checkout, holds the goods and opens one payment, all in
 * one transaction. The Idempotency-Key makes a retried request return the first result instead of buying twice.
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly inventory: InventoryService,
    private readonly payments: PaymentsService,
    private readonly transitions: OrderTransitions,
    private readonly villages: VillagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async checkout(user: Principal, idempotencyKey: string, body: CheckoutRequest): Promise<{ created: boolean; result: CheckoutResponse }> {
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    try {
      return { created: true, result: await this.db.transaction((m) => this.place(m, user, idempotencyKey, requestHash, body)) };
    } catch (error) {
      // The key's checkout row is written first, so a key used before fails here: by its unique index, or by a
      // refusal of lines that were fine the first time. Either way a key already used answers with its first
      // result (or 422), and only a key never used gets the error.
      if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
      const earlier = await this.replay(user.userId, idempotencyKey, requestHash);
      if (!earlier) throw error;
      return { created: false, result: earlier };
    }
  }

  private async place(m: EntityManager, user: Principal, idempotencyKey: string, requestHash: string, body: CheckoutRequest): Promise<CheckoutResponse> {
    // A sale is credited only to a registered village point or livestream. A code the shopper brought from an
    // old or made-up link credits nobody, but does not stand between the shopper and the goods.
    const ref = body.ref && (await this.villages.isKnownRef(m, body.ref)) ? body.ref : null;
    const groups = await this.group(m, user, body);
    const totalFen = groups.reduce((sum, g) => sum + g.itemsFen + g.shippingFen, 0);
    if (totalFen > MAX_CHECKOUT_FEN) {
      throw AppError.invalid('items', `come to ${totalFen} fen; one checkout may be at most ${MAX_CHECKOUT_FEN} fen`);
    }
    const now = this.clock.now();
    // Whole seconds: MySQL's datetime keeps no fraction, and a replay must show the same instant.
    const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + this.config.paymentWindowMinutes * 60_000);
    // The checkout row goes first: its unique key makes a concurrent same-key request wait here, then fail.
    const checkoutId = await insertRow(m, CheckoutEntity, {
      userId: user.userId,
      idempotencyKey,
      requestHash,
      channel: body.channel,
      ref,
      totalFen,
      expiresAt,
    });
    const orders: CheckoutResponse['orders'] = [];
    const lines: Partial<OrderLineEntity>[] = [];
    for (const [position, group] of groups.entries()) {
      const orderNo = orderNumber(this.config.jwtSecret, checkoutId, position, now);
      const orderId = await insertRow(m, OrderEntity, {
        checkoutId,
        orderNo,
        userId: user.userId,
        supplierId: group.supplierId,
        status: 'pending_payment',
        statusBeforeRefund: null,
        itemsFen: group.itemsFen,
        shippingFen: group.shippingFen,
        totalFen: group.itemsFen + group.shippingFen,
        refundedFen: 0,
        address: body.address,
        channel: body.channel,
        ref,
        paymentDueAt: expiresAt,
      });
      for (const { sku, quantity, locationId } of group.lines) {
        lines.push({
          orderId,
          skuId: sku.skuId,
          productId: sku.productId,
          locationId,
          productName: sku.productName,
          skuSpec: sku.spec,
          unitPriceFen: sku.priceFen,
          quantity,
          lineTotalFen: sku.priceFen * quantity,
          refundedQuantity: 0,
        });
      }
      orders.push({ id: orderId, orderNo, supplierId: group.supplierId, totalFen: group.itemsFen + group.shippingFen, status: 'pending_payment' });
    }
    await insertRows(m, OrderLineEntity, lines);
    await this.transitions.recordCreated(
      m,
      orders.map((o) => o.id),
      { kind: 'shopper', userId: user.userId },
    );
    const payment = await this.payments.createForCheckout(m, { id: checkoutId, totalFen, expiresAt });
    // Stock last: the rows stay locked until commit, so hold them as briefly as possible.
    await this.inventory.reserve(
      m,
      groups.flatMap((g) => g.lines.map((l) => ({ skuId: l.sku.skuId, locationId: l.locationId, quantity: l.quantity }))),
      { actorUserId: user.userId, reason: `checkout ${checkoutId}` },
    );
    return { checkoutId, orders, totalFen, payment: this.payments.view(payment) };
  }

  /**
   * Checks every line and splits the cart by supplier, with each supplier's shipping fee. A supplier's own
   * goods are refused: buying them would only inflate the sales the association reports.
   */
  private async group(m: EntityManager, user: Principal, body: CheckoutRequest): Promise<SupplierGroup[]> {
    const skus = await this.catalog.purchasable(
      m,
      body.items.map((i) => i.skuId),
    );
    const groups = new Map<number, SupplierGroup>();
    body.items.forEach((item, index) => {
      const sku = skus.get(item.skuId);
      if (!sku) throw new AppError(404, 'NOT_FOUND', `SKU ${item.skuId} not found`, [{ field: `items.${index}.skuId`, message: 'no such SKU' }]);
      if (sku.unavailable || sku.warehouseId === null) {
        throw AppError.conflict('SKU_UNAVAILABLE', `${sku.productName} ${sku.spec} cannot be bought now: ${sku.unavailable ?? 'no stock location'}`, {
          skuId: item.skuId,
          field: `items.${index}.skuId`,
        });
      }
      if (sku.supplierId === user.supplierId) {
        throw AppError.conflict('OWN_PRODUCT', `${sku.productName} is sold by this account's own supplier`, { skuId: item.skuId, field: `items.${index}.skuId` });
      }
      const group = groups.get(sku.supplierId) ?? { supplierId: sku.supplierId, lines: [], itemsFen: 0, shippingFen: 0 };
      group.lines.push({ sku, quantity: item.quantity, locationId: sku.warehouseId });
      group.itemsFen += sku.priceFen * item.quantity;
      groups.set(sku.supplierId, group);
    });
    return [...groups.values()].map((g) => ({ ...g, shippingFen: shippingFeeFen(g.lines[0].sku.shipping, g.itemsFen) }));
  }

  /** The first answer to this key, or null if there is none; the same key with another body is refused. */
  private async replay(userId: number, idempotencyKey: string, requestHash: string): Promise<CheckoutResponse | null> {
    const m = this.db.manager;
    const checkout = await findRow(m, CheckoutEntity, { userId, idempotencyKey });
    if (!checkout) return null;
    if (checkout.requestHash !== requestHash) {
      throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request body');
    }
    const orders = await findRows(m, OrderEntity, { checkoutId: checkout.id });
    const payment = await this.payments.forCheckout(m, checkout.id);
    return {
      checkoutId: checkout.id,
      orders: orders.map((o) => ({ id: o.id, orderNo: o.orderNo, supplierId: o.supplierId, totalFen: o.totalFen, status: o.status })),
      totalFen: checkout.totalFen,
      payment: this.payments.view(payment),
    };
  }
}
