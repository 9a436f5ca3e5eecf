import { openTestDatabase, TEST_DB } from '../../../../test/support/test-app';
import { SkuEntity } from '../catalog/catalog.entities';
import type { Database } from './database';

describe(`Database on ${TEST_DB}`, () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase());
  });
  afterAll(() => close());

  it('migrates every entity column with the nullability the entity declares', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      for (const entity of db.dataSource.entityMetadatas) {
        const table = await runner.getTable(entity.tableName);
        expect(table).toBeDefined();
        const actual = table!.columns.map((c) => `${c.name}${c.isNullable ? '?' : ''}`).sort();
        const declared = entity.columns.map((c) => `${c.databaseName}${c.isNullable ? '?' : ''}`).sort();
        expect({ table: entity.tableName, columns: actual }).toEqual({ table: entity.tableName, columns: declared });
      }
    } finally {
      await runner.release();
    }
  });

  it('runs 50 concurrent transactions that all succeed', async () => {
    await db.manager.query(
      "INSERT INTO counties (code, name, name_en, sort_order) SELECT '999999', 'x', 'x', 99 WHERE NOT EXISTS (SELECT 1 FROM counties WHERE code = '999999')",
    );
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction(async (m) => {
          await m.query('UPDATE counties SET sort_order = sort_order + 1 WHERE code = ?', ['999999']);
          await new Promise((r) => setTimeout(r, i % 3));
          const [row] = await m.query('SELECT sort_order AS n FROM counties WHERE code = ?', ['999999']);
          return Number(row.n);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [row] = await db.manager.query('SELECT sort_order AS n FROM counties WHERE code = ?', ['999999']);
    expect(Number(row.n)).toBe(99 + 50);
  });

  it('rolls back a failed transaction without touching concurrent ones', async () => {
    const failing = db.transaction(async (m) => {
      await m.query("UPDATE counties SET name = 'rolled back' WHERE code = '999999'");
      await new Promise((r) => setTimeout(r, 5));
      throw new Error('boom');
    });
    const succeeding = db.transaction((m) => m.query("UPDATE counties SET name_en = 'kept' WHERE code = '999999'"));
    await expect(failing).rejects.toThrow('boom');
    await succeeding;
    const [row] = await db.manager.query("SELECT name, name_en FROM counties WHERE code = '999999'");
    expect(row).toEqual({ name: 'x', name_en: 'kept' });
  });

  it('guards counters with a single conditional update', async () => {
    const affected = await db.transaction((m) =>
      m.createQueryBuilder().update(SkuEntity).set({ priceFen: 1 }).where('id = :id AND price_fen >= :n', { id: -1, n: 1 }).execute(),
    );
    expect(affected.affected).toBe(0);
  });
});
