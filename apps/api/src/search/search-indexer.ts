import type { ReindexStatus } from '@bangfu/contracts';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { OutboxEventEntity } from '../outbox/outbox.entity';
import { OutboxService } from '../outbox/outbox.service';
import { SearchDocuments } from './search-documents';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { SynonymsService } from './synonyms.service';

const OUTBOX_BATCH = 200;
const REBUILD_BATCH = 500;
const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps the engine in step with the database: a full rebuild when needed, then the outbox events
 * after a cursor (at least once; applying an event twice does no harm). If the engine is down the
 * cursor stays put and the next try waits longer; writes never wait for search.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SearchIndexer.name);
  private cursor = 0;
  private timer?: NodeJS.Timeout;
  /** One drain or rebuild at a time. */
  private work: Promise<unknown> = Promise.resolve();
  private failures = 0;
  private retryAt = 0;
  private status: ReindexStatus = { state: 'idle', done: 0, total: 0, startedAt: null, finishedAt: null, error: null };

  constructor(
    private readonly documents: SearchDocuments,
    private readonly synonyms: SynonymsService,
    private readonly clock: Clock,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.prepare();
      await this.synonyms.apply();
      if (this.engine.name === 'embedded') {
        // An in-memory index starts empty: build it, replaying only events written from now on.
        this.cursor = await this.outbox.lastId();
        await this.rebuild();
      } else {
        this.cursor = await this.outbox.lastProcessedId();
      }
    } catch (error) {
      this.fail(error);
    }
    this.timer = setInterval(() => void this.syncNow().catch(() => undefined), this.config.searchSyncMs);
    this.timer.unref();
  }

  /** No new sync once shutdown begins; the drain or rebuild in flight finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.work.catch(() => undefined);
  }

  /** Applies pending outbox events now (the timer calls this; tests may too). Returns how many. */
  syncNow(): Promise<number> {
    if (this.clock.now().getTime() < this.retryAt) return Promise.resolve(0);
    return this.exclusive(() => this.drain());
  }

  /** Starts a full rebuild in the background; its progress is in reindexStatus(). */
  startReindex(): ReindexStatus {
    if (this.status.state !== 'running') {
      this.status = { state: 'running', done: 0, total: 0, startedAt: this.clock.now().toISOString(), finishedAt: null, error: null };
      void this.exclusive(() => this.rebuild()).catch(() => undefined);
    }
    return this.reindexStatus();
  }

  reindexStatus(): ReindexStatus {
    return { ...this.status };
  }

  /** Rebuilds the whole index from the database, reporting progress. */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    this.status = { ...this.status, state: 'running', done: 0, total: 0, startedAt: this.status.startedAt ?? this.clock.now().toISOString() };
    try {
      const done = await rebuildIndex(this.documents, this.engine, (done, total) => {
        this.status = { ...this.status, done, total };
        onProgress?.(done, total);
      });
      this.status = { ...this.status, state: 'done', finishedAt: this.clock.now().toISOString() };
      return done;
    } catch (error) {
      this.status = { ...this.status, state: 'failed', finishedAt: this.clock.now().toISOString(), error: String(error) };
      throw error;
    }
  }

  private async drain(): Promise<number> {
    let applied = 0;
    try {
      for (;;) {
        const events = await this.outbox.after(this.cursor, OUTBOX_BATCH);
        if (events.length === 0) break;
        await this.apply(events);
        const last = events[events.length - 1].id;
        await this.outbox.markProcessed(last);
        this.cursor = last;
        applied += events.length;
      }
      this.failures = 0;
      this.retryAt = 0;
      return applied;
    } catch (error) {
      this.fail(error);
      throw error;
    }
  }

  private async apply(events: OutboxEventEntity[]): Promise<void> {
    if (events.some((e) => e.topic === 'search.synonyms_changed')) await this.synonyms.apply();
    if (events.some((e) => e.topic === 'search.reindex_requested')) {
      await this.rebuild();
      return;
    }
    const productIds = new Set(events.filter((e) => e.aggregateType === 'product').map((e) => e.aggregateId));
    for (const event of events.filter((e) => e.aggregateType === 'supplier')) {
      for (const id of await this.documents.productIdsOfSupplier(event.aggregateId)) productIds.add(id);
    }
    const { documents, notPublic } = await this.documents.load([...productIds]);
    if (documents.length) await this.engine.upsert(documents);
    if (notPublic.length) await this.engine.remove(notPublic);
  }

  private fail(error: unknown): void {
    this.failures++;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures);
    this.retryAt = this.clock.now().getTime() + delay;
    this.logger.warn(`search sync failed (try ${this.failures}, next in ${delay} ms): ${String(error)}`);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.work.then(work);
    this.work = run.catch(() => undefined);
    return run;
  }
}

/** Empties the engine and fills it with every public product, in batches. Returns how many were indexed. */
export async function rebuildIndex(
  documents: SearchDocuments,
  engine: SearchEngine,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const total = await documents.countPublic();
  onProgress(0, total);
  await engine.clear();
  let done = 0;
  for (let afterId = 0; ; ) {
    const ids = await documents.publicIdsAfter(afterId, REBUILD_BATCH);
    if (ids.length === 0) return done;
    await engine.upsert((await documents.load(ids)).documents);
    done += ids.length;
    afterId = ids[ids.length - 1];
    onProgress(done, total);
  }
}
