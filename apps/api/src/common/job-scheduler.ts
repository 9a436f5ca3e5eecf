import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';

/**
 * The one way the API runs time-based work: every job every so often, never two runs of one job at once (a
 * run still going when the next is due is not started again), and at shutdown no new runs while those in
 * flight are awaited. Jobs are written to be safe on several instances at once (guarded claims), so nothing
 * here coordinates instances. Off when JOBS is false; tests run jobs by hand.
 *
 * Our own rather than @nestjs/schedule: its intervals neither skip overlapping runs nor wait for them at
 * shutdown, and those two are all this needs.
 */
@Injectable()
export class JobScheduler implements BeforeApplicationShutdown {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  every(name: string, ms: number, job: () => Promise<unknown>, options: { runNow?: boolean } = {}): void {
    if (!this.config.jobs) return;
    const logger = new Logger(name);
    let current: Promise<void> | null = null;
    const tick = () => {
      if (this.stopping || current) return;
      const run: Promise<void> = job()
        .then(() => undefined)
        .catch((error: unknown) => logger.error(error, `${name} failed`))
        .finally(() => {
          this.running.delete(run);
          current = null;
        });
      current = run;
      this.running.add(run);
    };
    if (options.runNow) tick();
    const timer = setInterval(tick, ms);
    timer.unref();
    this.timers.push(timer);
  }

  /** Jobs in flight; 0 once shutdown has drained them. */
  get inFlight(): number {
    return this.running.size;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all([...this.running]);
  }
}
