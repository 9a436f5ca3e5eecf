import { openTestDatabase, TEST_DB } from '../../../../test/support/test-app';
import { ThrottleBucketEntity } from '../identity/throttle.entity';
import { UserEntity } from '../identity/user.entity';
import { PaymentEventEntity } from '../payments/payments.entities';
import type { Database } from './database';
import { addTo, findRow, findRows, insertRow, insertRows, lockRows, runSql, selectSql, updateRows } from './rows';

describe(`rows on ${TEST_DB}`, () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase());
  });
  afterAll(() => close());

  const event = (kind: string, paymentId: number | null) => ({
    paymentId,
    provider: 'dev' as const,
    kind,
    request: { form: { out_trade_no: 'BF1', total_amount: '12.50' }, list: [1, 2] },
    response: null,
    verdict: '已收到 received',
  });

  it('inserts several rows in one statement and reads them back as TypeORM would', async () => {
    await insertRows(db.manager, PaymentEventEntity, [event('notify', 7), event('query', null), event('close', 7)]);
    const mine = await findRows(db.manager, PaymentEventEntity, { kind: ['notify', 'query', 'close'] });
    const viaTypeorm = await db.manager.find(PaymentEventEntity, { where: mine.map((e) => ({ id: e.id })), order: { id: 'ASC' } });

    expect(mine.map((e) => e.kind)).toEqual(['notify', 'query', 'close']);
    expect(mine).toEqual(viaTypeorm);
    expect(mine[0]).toBeInstanceOf(PaymentEventEntity);
    expect(mine[0].request).toEqual({ form: { out_trade_no: 'BF1', total_amount: '12.50' }, list: [1, 2] });
    expect(mine[1].paymentId).toBeNull();
    expect(mine[0].createdAt).toBeInstanceOf(Date);
    expect(Math.abs(mine[0].createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('filters by equality and by membership, and an empty list matches nothing', async () => {
    const id = await insertRow(db.manager, PaymentEventEntity, event('filter-test', 41));
    expect((await findRow(db.manager, PaymentEventEntity, { kind: 'filter-test', paymentId: 41 }))?.id).toBe(id);
    expect(await findRow(db.manager, PaymentEventEntity, { kind: 'filter-test', paymentId: 42 })).toBeNull();
    expect(await findRows(db.manager, PaymentEventEntity, { id: [] })).toEqual([]);
  });

  it('updates only the rows the guard matches, stamps the update time and counts them', async () => {
    const ids = [];
    for (const phone of ['13700000001', '13700000002', '13700000003']) {
      ids.push(await insertRow(db.manager, UserEntity, { phone, name: '测试', passwordHash: 'x', role: 'shopper', supplierId: null }));
    }
    await runSql(db.manager, 'UPDATE users SET updated_at = ? WHERE id IN (?, ?, ?)', [db.kind === 'sqlite' ? '2020-01-01 00:00:00.000' : new Date('2020-01-01T00:00:00Z'), ...ids]);

    expect(await updateRows(db.manager, UserEntity, { id: ids, role: 'shopper' }, { role: 'supplier', supplierId: 9 })).toBe(3);
    // The same guarded step again finds nothing left to move.
    expect(await updateRows(db.manager, UserEntity, { id: ids, role: 'shopper' }, { role: 'supplier', supplierId: 9 })).toBe(0);

    const users = await findRows(db.manager, UserEntity, { id: ids });
    expect(users.map((u) => [u.role, u.supplierId])).toEqual([
      ['supplier', 9],
      ['supplier', 9],
      ['supplier', 9],
    ]);
    for (const u of users) expect(u.updatedAt.getUTCFullYear()).toBeGreaterThan(2020);
  });

  it('writes dates and integers as TypeORM does', async () => {
    const at = new Date('2026-11-28T15:04:05.000Z');
    const id = await insertRow(db.manager, PaymentEventEntity, { ...event('dated', 5), createdAt: at });
    expect((await findRow(db.manager, PaymentEventEntity, { id }))?.createdAt.toISOString()).toBe(at.toISOString());
    const viaTypeorm = await db.manager.findOneByOrFail(PaymentEventEntity, { id });
    expect(viaTypeorm.createdAt.toISOString()).toBe(at.toISOString());
    if (db.kind === 'sqlite') {
      // Stored as TypeORM stores it, so its own queries compare dates the same way; ids bound as INTEGER.
      const [row] = await selectSql<{ at: string; t: string }>(db.manager, 'SELECT created_at AS at, typeof(payment_id) AS t FROM payment_events WHERE id = ?', [id]);
      expect(row).toEqual({ at: '2026-11-28 15:04:05.000', t: 'integer' });
    }
  });

  it('moves a counter by a delta, never below zero nor above the column it is bounded by', async () => {
    await insertRow(db.manager, ThrottleBucketEntity, { bucket: 'counter-test', hits: 1, windowEndsMs: '3' });
    const hits = async () => (await findRow(db.manager, ThrottleBucketEntity, { bucket: 'counter-test' }))?.hits;
    expect(await addTo(db.manager, ThrottleBucketEntity, { bucket: 'counter-test' }, 'hits', 2, { atMost: 'windowEndsMs' })).toBe(1);
    expect(await hits()).toBe(3);
    expect(await addTo(db.manager, ThrottleBucketEntity, { bucket: 'counter-test' }, 'hits', 1, { atMost: 'windowEndsMs' })).toBe(0);
    expect(await addTo(db.manager, ThrottleBucketEntity, { bucket: 'counter-test' }, 'hits', -4)).toBe(0);
    expect(await addTo(db.manager, ThrottleBucketEntity, { bucket: 'counter-test' }, 'hits', -3)).toBe(1);
    expect(await hits()).toBe(0);
    await db.transaction((m) => lockRows(m, ThrottleBucketEntity, { bucket: 'counter-test' }));
    expect(await hits()).toBe(0);
  });
});
