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

  it("moves each supplier's shipping rule to its own table and back", async () => {
    const { db, close } = await openTestDatabase();
    try {
      expect(await revertLastMigration(db)).toBe('ShopperAccounts1765100000000');
      expect(await revertLastMigration(db)).toBe('ShippingRules1765000000000');
      await db.manager.query(
        "INSERT INTO suppliers (id, name, credit_code, entity_type, county_code, town, address, contact_name, contact_phone, legal_rep, households_linked, description, status, shipping_flat_fee_fen, shipping_free_over_fen) VALUES (1, '甲', '91610700MA6YQ0001A', 'cooperative', '610723', '城关镇', '一路', '王', '13900000001', '王', 3, '', 'active', 800, 9900), (2, '乙', '91610700MA6YQ0002A', 'cooperative', '610723', '城关镇', '二路', '李', '13900000002', '李', 3, '', 'active', 0, NULL)",
      );
      await runMigrations(db);
      const rules = async () => (await db.manager.query('SELECT supplier_id, flat_fee_fen, free_over_fen FROM shipping_rules ORDER BY supplier_id')).map(Object.values).map((r: unknown[]) => r.map(Number));
      // A supplier still on the default (free) rule needs no row.
      expect(await rules()).toEqual([[1, 800, 9900]]);
      expect(await revertLastMigration(db)).toBe('ShopperAccounts1765100000000');
      expect(await revertLastMigration(db)).toBe('ShippingRules1765000000000');
      const back = await db.manager.query('SELECT id, shipping_flat_fee_fen AS fee, shipping_free_over_fen AS free_over FROM suppliers ORDER BY id');
      expect(back.map((r: Record<string, unknown>) => [Number(r.id), Number(r.fee), r.free_over === null ? null : Number(r.free_over)])).toEqual([
        [1, 800, 9900],
        [2, 0, null],
      ]);
      await runMigrations(db);
    } finally {
      await close();
    }
  });

  it('gives orders placed before order numbers existed a number of their China date', async () => {
    const { db, close } = await openTestDatabase();
    try {
      expect(await revertLastMigration(db)).toBe('ShopperAccounts1765100000000');
      await db.manager.query("INSERT INTO users (id, phone, name, password_hash, role) VALUES (1, '13900000009', '张', 'x', 'shopper')");
      await db.manager.query(
        "INSERT INTO suppliers (id, name, credit_code, entity_type, county_code, town, address, contact_name, contact_phone, legal_rep, households_linked, description, status) VALUES (1, '甲', '91610700MA6YQ0001A', 'cooperative', '610723', '城关镇', '一路', '王', '13900000001', '王', 3, '', 'active')",
      );
      await db.manager.query("INSERT INTO checkouts (id, user_id, idempotency_key, request_hash, channel, total_fen, expires_at) VALUES (1, 1, 'key-00001', 'h', 'online', 100, '2026-12-01 16:30:00')");
      for (const [id, createdAt] of [
        [1, '2026-12-01 15:59:00'],
        [2, '2026-12-01 16:01:00'],
      ]) {
        await db.manager.query(
          "INSERT INTO orders (id, checkout_id, user_id, supplier_id, status, items_fen, shipping_fen, total_fen, refunded_fen, address, channel, payment_due_at, created_at) VALUES (?, 1, 1, 1, 'cancelled', 100, 0, 100, 0, '{}', 'online', '2026-12-01 16:30:00', ?)",
          [id, createdAt],
        );
      }
      await runMigrations(db);
      const numbers: { order_no: string }[] = await db.manager.query('SELECT order_no FROM orders ORDER BY id');
      // 15:59 UTC is still 1 December in China; 16:01 UTC is already the 2nd.
      expect(numbers.map((n) => n.order_no)).toEqual([expect.stringMatching(/^20261201\d{8}$/), expect.stringMatching(/^20261202\d{8}$/)]);
    } finally {
      await close();
    }
  });
});
