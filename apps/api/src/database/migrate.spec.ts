import { openTestDatabase, TEST_DB } from '../../../../test/support/test-app';
import { MIGRATIONS } from './data-source';
import { revertLastMigration, runMigrations } from './migrate';

describe(`migrations on ${TEST_DB}`, () => {
  it('revert one at a time, newest first, down to none, and run again to the newest', async () => {
    const { db, close } = await openTestDatabase();
    try {
      const runner = db.dataSource.createQueryRunner();
      const entityTables = db.dataSource.entityMetadatas.map((e) => e.tableName);
      // The entities' tables that exist now.
      const tables = async () => {
        const present: string[] = [];
        for (const table of entityTables) if (await runner.hasTable(table)) present.push(table);
        return present;
      };
      expect(await tables()).toContain('village_points');
      const names = MIGRATIONS.map((m) => m.name).reverse();
      const reverted: (string | null)[] = [];
      for (let i = 0; i < names.length; i++) reverted.push(await revertLastMigration(db));
      expect(reverted).toEqual(names);
      expect(await revertLastMigration(db)).toBeNull();
      expect(await tables()).toEqual([]);
      expect(await runMigrations(db)).toHaveLength(MIGRATIONS.length);
      expect(await tables()).toEqual(entityTables);
      await runner.release();
    } finally {
      await close();
    }
  });
});
