import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { insertRow } from '../database/rows';
import { OutboxEventEntity, type OutboxAggregate } from './outbox.entity';

/** Topics the search indexer consumes; the payload names what changed, the indexer reloads the rest. */
export type OutboxTopic = 'product.changed' | 'supplier.changed' | 'search.synonyms_changed' | 'search.reindex_requested';

@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

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
}
