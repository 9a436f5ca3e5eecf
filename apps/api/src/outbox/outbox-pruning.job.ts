import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/job-scheduler';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from './outbox.service';

const EVERY_MS = 3600_000;

/** Keeps the outbox to recent events: every event ever written would otherwise stay forever. */
@Injectable()
export class OutboxPruningJob implements OnApplicationBootstrap {
  constructor(
    private readonly outbox: OutboxService,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('outbox pruning', EVERY_MS, () => this.outbox.prune(this.config.outboxRetentionDays), { runNow: true });
  }
}
