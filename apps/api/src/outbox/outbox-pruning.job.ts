import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { repeat } from '../common/repeat';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from './outbox.service';

const EVERY_MS = 3600_000;

/** Keeps the outbox to recent events: every event ever written would otherwise stay forever. */
@Injectable()
export class OutboxPruningJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxPruningJob.name);
  private stop?: () => void;

  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.stop = repeat(EVERY_MS, () => this.outbox.prune(this.config.outboxRetentionDays), this.logger, 'outbox pruning', { runNow: true });
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
