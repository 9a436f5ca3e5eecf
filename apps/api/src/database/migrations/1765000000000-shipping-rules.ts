import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, fk, timestamps } from './schema-kit';

/** Shipping rules leave the suppliers table for one of their own, owned by the orders module that applies them. */
export class ShippingRules1765000000000 implements MigrationInterface {
  name = 'ShippingRules1765000000000';

  // Rows are carried in memory: on SQLite a column change rebuilds the suppliers table, which a table holding
  // rows that reference it would not allow.
  async up(q: QueryRunner): Promise<void> {
    const rules: { id: number; fee: number; free_over: number | null }[] = await q.query(
      'SELECT id, shipping_flat_fee_fen AS fee, shipping_free_over_fen AS free_over FROM suppliers WHERE shipping_flat_fee_fen <> 0 OR shipping_free_over_fen IS NOT NULL',
    );
    await q.dropColumn('suppliers', 'shipping_free_over_fen');
    await q.dropColumn('suppliers', 'shipping_flat_fee_fen');
    await q.createTable(
      new Table({
        name: 'shipping_rules',
        columns: [col.int('supplier_id', { isPrimary: true }), col.int('flat_fee_fen'), col.int('free_over_fen', { isNullable: true }), ...timestamps(q, ['updated_at'])],
        foreignKeys: [fk('supplier_id', 'suppliers')],
      }),
    );
    for (const rule of rules) {
      await q.query('INSERT INTO shipping_rules (supplier_id, flat_fee_fen, free_over_fen) VALUES (?, ?, ?)', [rule.id, rule.fee, rule.free_over]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const rules: { id: number; fee: number; free_over: number | null }[] = await q.query('SELECT supplier_id AS id, flat_fee_fen AS fee, free_over_fen AS free_over FROM shipping_rules');
    await q.dropTable('shipping_rules');
    await q.addColumns('suppliers', [
      new TableColumn(col.int('shipping_flat_fee_fen', { default: 0 })),
      new TableColumn(col.int('shipping_free_over_fen', { isNullable: true })),
    ]);
    for (const rule of rules) {
      await q.query('UPDATE suppliers SET shipping_flat_fee_fen = ?, shipping_free_over_fen = ? WHERE id = ?', [rule.fee, rule.free_over, rule.id]);
    }
  }
}
