import { DAY_MS } from '@bangfu/contracts';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../common/clock';
import { JobScheduler } from '../common/job-scheduler';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from '../database/database';
import { PaymentsService } from '../payments/payments.service';
import { AfterSalesService } from './after-sales.service';
import { OrderTransitions, REASONS, SYSTEM } from './order-process';
import { OrderEntity } from './orders.entities';
import { OrdersService } from './orders.service';

const EVERY_MS = 60_000;
const BATCH = 200;

/**
 * Time-based order work: unpaid checkouts past their window are cancelled and their goods released, shipped
 * orders complete themselves after the receipt period, failed refunds are retried. Every step claims its
 * order with a guarded update, so any number of instances may run this at once.
 */
@Injectable()
export class OrderJobsService implements OnApplicationBootstrap {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly transitions: OrderTransitions,
    private readonly afterSales: AfterSalesService,
    private readonly payments: PaymentsService,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('order jobs', EVERY_MS, () => this.runAll(), { runNow: true });
  }

  async runAll(): Promise<{ expired: number; completed: number; refundsRetried: number }> {
    return { expired: await this.expireUnpaid(), completed: await this.autoComplete(), refundsRetried: await this.afterSales.retryStalled() };
  }

  /** Cancels unpaid orders whose payment window has passed; returns how many this call cancelled. */
  async expireUnpaid(): Promise<number> {
    let cancelled = 0;
    for (;;) {
      const due: { checkoutId: number | string }[] = await this.db.manager
        .createQueryBuilder(OrderEntity, 'o')
        .select('DISTINCT o.checkout_id', 'checkoutId')
        .where("o.status = 'pending_payment' AND o.payment_due_at < :now", { now: this.clock.now() })
        .orderBy('o.checkout_id')
        .limit(BATCH)
        .getRawMany();
      for (const { checkoutId } of due) {
        const n = await this.orders.cancelCheckout(Number(checkoutId), SYSTEM, REASONS.expired());
        cancelled += n;
        if (n) await this.payments.closeUnpaid(Number(checkoutId));
      }
      if (due.length < BATCH) return cancelled;
    }
  }

  /** Completes shipped orders whose receipt period has run out. */
  async autoComplete(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.autoCompleteDays * DAY_MS);
    let completed = 0;
    for (;;) {
      const due = await this.db.manager
        .createQueryBuilder(OrderEntity, 'o')
        .select(['o.id', 'o.status'])
        .where("o.status = 'shipped' AND o.shipped_at < :cutoff", { cutoff })
        .orderBy('o.id')
        .take(BATCH)
        .getMany();
      for (const order of due) {
        const moved = await this.db.transaction((m) =>
          this.transitions.tryMove(m, order, 'completed', SYSTEM, REASONS.autoCompleted(this.config.autoCompleteDays)),
        );
        if (moved) completed++;
      }
      if (due.length < BATCH) return completed;
    }
  }
}
