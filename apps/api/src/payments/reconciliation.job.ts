import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { repeat } from '../common/repeat';
import { APP_CONFIG, type AppConfig } from '../config/config';
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
export class ReconciliationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconciliationJob.name);
  private stops: (() => void)[] = [];

  constructor(
    private readonly payments: PaymentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.stops = [
      repeat(EVERY_MS, () => this.payments.reconcile(), this.logger, 'payment reconciliation'),
      repeat(PRUNE_EVERY_MS, () => this.payments.pruneRefusedNotifications(REFUSED_NOTIFICATION_RETENTION_DAYS), this.logger, 'refused notification pruning', { runNow: true }),
    ];
  }

  onApplicationShutdown(): void {
    for (const stop of this.stops) stop();
  }
}
