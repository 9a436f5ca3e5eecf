import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { findRows } from '../database/rows';
import { ProductsService } from '../catalog/products.service';
import { InventoryService } from '../inventory/inventory.service';
import type { Payer, PaymentSettlement } from '../payments/payment-settlement';
import type { PaymentEntity } from '../payments/payments.entities';
import { AfterSalesService } from './after-sales.service';
import { OrderTransitions, REASONS, SYSTEM } from './order-process';
import { CheckoutEntity, OrderEntity, OrderLineEntity } from './orders.entities';
import { OrdersService } from './orders.service';
import { stockLines } from './stock-lines';

/** How orders follow their checkout's payment. */
@Injectable()
export class OrderSettlement implements PaymentSettlement {
  constructor(
    private readonly inventory: InventoryService,
    private readonly transitions: OrderTransitions,
    private readonly afterSales: AfterSalesService,
    private readonly orders: OrdersService,
    private readonly db: Database,
    private readonly products: ProductsService,
  ) {}

  async payerOf(checkoutId: number): Promise<Payer | null> {
    const manager = this.db.manager;
    const checkout = await manager.findOneBy(CheckoutEntity, { id: checkoutId });
    if (!checkout) return null;
    const rows: { n: number | string | null }[] = await manager
      .createQueryBuilder(OrderLineEntity, 'l')
      .innerJoin(OrderEntity, 'o', 'o.id = l.order_id')
      .select('SUM(l.quantity)', 'n')
      .where('o.checkout_id = :checkoutId', { checkoutId })
      .getRawMany();
    return { userId: checkout.userId, subject: `帮扶集市订单 ${Number(rows[0]?.n ?? 0)} 件商品` };
  }

  /**
   * Unpaid orders become paid and their held goods sold. An order cancelled before the money came (a late
   * payment) takes its goods again if they are still there; if not, it goes straight to a refund.
   */
  async paymentSucceeded(m: EntityManager, payment: PaymentEntity): Promise<(() => Promise<void>) | void> {
    const orders = await findRows(m, OrderEntity, { checkoutId: payment.checkoutId });
    const allLines = await findRows(m, OrderLineEntity, { orderId: orders.map((o) => o.id) });
    const linesOf = (order: OrderEntity) => allLines.filter((l) => l.orderId === order.id);
    const cause = { actorUserId: null, reason: `payment ${payment.outTradeNo}` };
    // The usual case: every order of the checkout waits for this payment; they move and sell together.
    const unpaid = orders.filter((o) => o.status === 'pending_payment');
    if (unpaid.length) {
      await this.transitions.moveAll(m, unpaid, 'paid', SYSTEM, REASONS.paid(payment.outTradeNo));
      await this.inventory.sellReserved(m, stockLines(unpaid.flatMap(linesOf)), cause);
    }
    const sold = unpaid.flatMap(linesOf);
    const refunds: number[] = [];
    for (const order of orders.filter((o) => o.status === 'cancelled')) {
      if (await this.takeAgain(m, linesOf(order), cause)) {
        await this.transitions.move(m, order, 'paid', SYSTEM, REASONS.latePaid(payment.outTradeNo));
        sold.push(...linesOf(order));
      } else {
        refunds.push(await this.afterSales.refundLatePayment(m, order));
      }
    }
    await this.products.addSales(m, sold);
    if (refunds.length) return () => this.afterSales.executeAll(refunds);
  }

  /** The payment ended unpaid: its orders are cancelled and their goods released. */
  async paymentClosed(m: EntityManager, payment: PaymentEntity): Promise<void> {
    await this.orders.cancelUnpaid(m, payment.checkoutId, SYSTEM, REASONS.paymentClosed());
  }

  /** Sells the goods again from free stock, all lines or none (a savepoint undoes a partial take). */
  private async takeAgain(m: EntityManager, lines: OrderLineEntity[], cause: { actorUserId: null; reason: string }): Promise<boolean> {
    try {
      await m.transaction((inner) => this.inventory.sellUnreserved(inner, stockLines(lines), cause));
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'STOCK_INSUFFICIENT') return false;
      throw error;
    }
  }
}
