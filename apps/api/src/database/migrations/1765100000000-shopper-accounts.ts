import { randomInt } from 'node:crypto';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { chinaDate } from '@bangfu/contracts';
import { col, fk, timestamps } from './schema-kit';

/** SQLite keeps datetimes as UTC text without a zone. */
const utc = (value: string | Date) => (typeof value === 'string' && !/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? new Date(`${value.replace(' ', 'T')}Z`) : new Date(value));

/** Shoppers' SMS codes and address books, readable order numbers, and the home page the association sets. */
export class ShopperAccounts1765100000000 implements MigrationInterface {
  name = 'ShopperAccounts1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'sms_codes',
        columns: [
          col.id(),
          col.str('phone', 20),
          col.str('purpose', 16),
          col.str('code_hash', 64),
          col.datetime('expires_at'),
          col.datetime('spent_at', { isNullable: true }),
          col.int('wrong_tries', { default: 0 }),
          ...timestamps(q, ['created_at']),
        ],
        indices: [{ columnNames: ['phone', 'purpose'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'addresses',
        columns: [
          col.id(),
          col.int('user_id'),
          col.str('name', 30),
          col.str('phone', 20),
          col.str('province', 20),
          col.str('city', 20),
          col.str('district', 20),
          col.str('detail', 120),
          col.bool('is_default', { default: false }),
          ...timestamps(q),
        ],
        foreignKeys: [fk('user_id', 'users')],
        indices: [{ columnNames: ['user_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'home_settings',
        columns: [col.int('id', { isPrimary: true }), col.text('banners'), col.text('featured_product_ids'), ...timestamps(q, ['updated_at'])],
      }),
    );
    // Orders placed before numbers existed get one of the same shape: their China date and 8 random digits.
    await q.addColumn('orders', new TableColumn(col.str('order_no', 16, { default: "''" })));
    const orders: { id: number; created_at: string | Date }[] = await q.query('SELECT id, created_at FROM orders');
    const taken = new Set<string>();
    for (const order of orders) {
      let orderNo: string;
      do orderNo = chinaDate(utc(order.created_at)).replaceAll('-', '') + String(randomInt(0, 100_000_000)).padStart(8, '0');
      while (taken.has(orderNo));
      taken.add(orderNo);
      await q.query('UPDATE orders SET order_no = ? WHERE id = ?', [orderNo, order.id]);
    }
    await q.createIndex('orders', new TableIndex({ name: 'uq_orders_order_no', columnNames: ['order_no'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('orders', 'uq_orders_order_no');
    await q.dropColumn('orders', 'order_no');
    await q.dropTable('home_settings');
    await q.dropTable('addresses');
    await q.dropTable('sms_codes');
  }
}
