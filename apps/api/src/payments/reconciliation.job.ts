import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { repeat } from '../common/repeat';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PaymentsService } from './payments.service';

const EVERY_MS = 60_000;

/** Asks the provider about payments left open past their window, on every instance; settling is idempotent. */
@Injectable()
export class ReconciliationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconciliationJob.name);
  private stop?: () => void;

  constructor(
    private readonly payments: PaymentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.stop = repeat(EVERY_MS, () => this.payments.reconcile(), this.logger, 'payment reconciliation');
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
