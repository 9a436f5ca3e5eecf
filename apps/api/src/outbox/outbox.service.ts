import { DAY_MS } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { IsNull, LessThan, LessThanOrEqual, MoreThan, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Database } from '../database/database';
import { OutboxEventEntity, type OutboxAggregate } from './outbox.entity';

/** Topics the search indexer consumes; the payload names what changed, the indexer reloads the rest. */
export type OutboxTopic = 'product.changed' | 'supplier.changed' | 'search.synonyms_changed' | 'search.reindex_requested';

const PRUNE_BATCH = 1000;

@Injectable()
export class OutboxService {
  constructor(
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  /** Must be called inside the transaction that makes the change. */
  async emit(m: EntityManager, topic: OutboxTopic, aggregate: { type: OutboxAggregate; id: number }, payload: object = {}): Promise<void> {
    await m.insert(OutboxEventEntity, {
      topic,
      aggregateType: aggregate.type,
      aggregateId: aggregate.id,
      payload,
      attempts: 0,
      availableAt: this.clock.now(),
      processedAt: null,
    });
  }

  /** Events after `cursor`, oldest first: what a consumer has still to apply. */
  after(cursor: number, take: number): Promise<OutboxEventEntity[]> {
    return this.db.manager.find(OutboxEventEntity, { where: { id: MoreThan(cursor) }, order: { id: 'ASC' }, take });
  }

  /** Marks every event up to `lastId` applied, so pruning may take them and a restart resumes after them. */
  async markProcessed(lastId: number): Promise<void> {
    await this.db.transaction((m) => m.update(OutboxEventEntity, { id: LessThanOrEqual(lastId), processedAt: IsNull() }, { processedAt: this.clock.now() }));
  }

  async lastId(): Promise<number> {
    const [row] = await this.db.manager.find(OutboxEventEntity, { select: { id: true }, order: { id: 'DESC' }, take: 1 });
    return row?.id ?? 0;
  }

  /** The last event before the oldest one not yet applied: where a persistent index resumes. */
  async lastProcessedId(): Promise<number> {
    const [pending] = await this.db.manager.find(OutboxEventEntity, { select: { id: true }, where: { processedAt: IsNull() }, order: { id: 'ASC' }, take: 1 });
    return pending ? pending.id - 1 : this.lastId();
  }

  /**
   * Deletes events applied more than `days` ago, in batches so no statement holds the table for long.
   * Pending events stay whatever their age. Returns how many were deleted.
   */
  prune(days: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - days * DAY_MS);
    return this.db.deleteInBatches(OutboxEventEntity, { processedAt: LessThan(before) }, PRUNE_BATCH);
  }
}
