import { DAY_MS } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { LessThan, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Database } from '../database/database';
import { insertRow } from '../database/rows';
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
    await insertRow(m, OutboxEventEntity, {
      topic,
      aggregateType: aggregate.type,
      aggregateId: aggregate.id,
      payload,
      attempts: 0,
      availableAt: this.clock.now(),
      processedAt: null,
    });
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
