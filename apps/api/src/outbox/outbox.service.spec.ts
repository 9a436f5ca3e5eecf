import { openTestDatabase, TEST_DB } from '../../../../test/support/test-app';
import { Clock } from '../common/clock';
import type { Database } from '../database/database';
import { findRows, updateRows } from '../database/rows';
import { OutboxEventEntity } from './outbox.entity';
import { OutboxService } from './outbox.service';

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
}

describe(`OutboxService.prune on ${TEST_DB}`, () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase());
  });
  afterAll(() => close());

  it('deletes applied events past the retention and keeps recent and pending ones', async () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const outbox = new OutboxService(new FixedClock(now), db);
    for (let i = 0; i < 2_005; i++) {
      await db.transaction((m) => outbox.emit(m, 'product.changed', { type: 'product', id: 100_000 + i }));
    }
    const mine = await findRows(db.manager, OutboxEventEntity, { aggregateId: Array.from({ length: 2_005 }, (_, i) => 100_000 + i) });
    const emitted = mine.map((e) => e.id);
    const old = emitted.slice(0, 2_001); // more than two prune batches
    const recent = emitted.slice(2_001, 2_003);
    const pending = emitted.slice(2_003);
    await updateRows(db.manager, OutboxEventEntity, { id: old }, { processedAt: new Date('2026-11-20T11:59:59Z') });
    await updateRows(db.manager, OutboxEventEntity, { id: recent }, { processedAt: new Date('2026-11-21T12:00:01Z') });

    expect(await outbox.prune(7)).toBe(2_001);

    const left = await findRows(db.manager, OutboxEventEntity, { id: emitted });
    expect(left.map((e) => e.id)).toEqual([...recent, ...pending]);
    expect(await outbox.prune(7)).toBe(0);
  }, 60_000);
});
