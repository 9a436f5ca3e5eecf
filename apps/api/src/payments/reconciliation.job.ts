import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/job-scheduler';
import { PaymentsService } from './payments.service';

const EVERY_MS = 60_000;
const PRUNE_EVERY_MS = 3600_000;
/** Refused notifications are kept this long for looking into attacks or misconfiguration, then dropped. */
export const REFUSED_NOTIFICATION_RETENTION_DAYS = 7;

/**
 * Asks the provider about payments left open past their window, on every instance; settling is idempotent.
 * Hourly, drops refused notifications past their retention: anyone can post junk to the notify route.
 */
@Injectable()
export class ReconciliationJob implements OnApplicationBootstrap {
  constructor(
    private readonly payments: PaymentsService,
    private readonly jobs: JobScheduler,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('payment reconciliation', EVERY_MS, () => this.payments.reconcile());
    this.jobs.every('refused notification pruning', PRUNE_EVERY_MS, () => this.payments.pruneRefusedNotifications(REFUSED_NOTIFICATION_RETENTION_DAYS), { runNow: true });
  }
}
