import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, fk, timestamps } from './schema-kit';

export class Orders1764600000000 implements MigrationInterface {
  name = 'Orders1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('suppliers', [
      new TableColumn(col.int('shipping_flat_fee_fen', { default: 0 })),
      new TableColumn(col.int('shipping_free_over_fen', { isNullable: true })),
    ]);
    await q.createTable(
      new Table({
        name: 'checkouts',
        columns: [
          col.id(),
          col.int('user_id'),
          col.str('idempotency_key', 100),
          col.str('request_hash', 64),
          col.str('channel', 16),
          col.str('ref', 64, { isNullable: true }),
          col.int('total_fen'),
          col.datetime('expires_at'),
          ...timestamps(q, ['created_at']),
        ],
        foreignKeys: [fk('user_id', 'users')],
        indices: [{ columnNames: ['user_id', 'idempotency_key'], isUnique: true }, { columnNames: ['ref'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'orders',
        columns: [
          col.id(),
          col.int('checkout_id'),
          col.int('user_id'),
          col.int('supplier_id'),
          col.str('status', 20),
          col.str('status_before_refund', 20, { isNullable: true }),
          col.int('items_fen'),
          col.int('shipping_fen'),
          col.int('total_fen'),
          col.int('refunded_fen', { default: 0 }),
          col.text('address'),
          col.str('channel', 16),
          col.str('ref', 64, { isNullable: true }),
          col.str('carrier', 16, { isNullable: true }),
          col.str('tracking_no', 30, { isNullable: true }),
          col.datetime('payment_due_at'),
          col.datetime('paid_at', { isNullable: true }),
          col.datetime('shipped_at', { isNullable: true }),
          col.datetime('completed_at', { isNullable: true }),
          ...timestamps(q),
        ],
        foreignKeys: [fk('checkout_id', 'checkouts'), fk('user_id', 'users'), fk('supplier_id', 'suppliers')],
        indices: [
          { columnNames: ['checkout_id'] },
          { columnNames: ['user_id', 'created_at'] },
          { columnNames: ['supplier_id', 'status', 'created_at'] },
          { columnNames: ['status', 'payment_due_at'] },
          { columnNames: ['status', 'shipped_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'order_lines',
        columns: [
          col.id(),
          col.int('order_id'),
          col.int('sku_id'),
          col.int('product_id'),
          col.int('location_id'),
          col.str('product_name', 100),
          col.str('sku_spec', 100),
          col.int('unit_price_fen'),
          col.int('quantity'),
          col.int('line_total_fen'),
          col.int('refunded_quantity', { default: 0 }),
        ],
        foreignKeys: [fk('order_id', 'orders'), fk('sku_id', 'skus')],
        indices: [{ columnNames: ['order_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'order_transitions',
        columns: [
          col.id(),
          col.int('order_id'),
          col.str('from_status', 20, { isNullable: true }),
          col.str('to_status', 20),
          col.str('actor', 16),
          col.int('actor_user_id', { isNullable: true }),
          col.str('reason', 500, { isNullable: true }),
          col.datetime('at', { precision: 3 }),
        ],
        foreignKeys: [fk('order_id', 'orders')],
        indices: [{ columnNames: ['order_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'refund_requests',
        columns: [
          col.id(),
          col.int('order_id'),
          col.int('user_id'),
          col.str('status', 16),
          col.str('reason', 500),
          col.text('photos'),
          col.text('lines'),
          col.int('amount_fen'),
          col.str('decision_reason', 500, { isNullable: true }),
          col.int('decided_by', { isNullable: true }),
          col.datetime('resolved_at', { isNullable: true }),
          ...timestamps(q),
        ],
        foreignKeys: [fk('order_id', 'orders'), fk('user_id', 'users')],
        indices: [{ columnNames: ['order_id'] }, { columnNames: ['status'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'payments',
        columns: [
          col.id(),
          col.int('checkout_id'),
          col.str('out_trade_no', 64, { isUnique: true }),
          col.str('provider', 16),
          col.str('status', 16),
          col.int('amount_fen'),
          col.int('refunded_fen', { default: 0 }),
          col.datetime('expires_at'),
          col.str('provider_trade_no', 64, { isNullable: true }),
          col.datetime('paid_at', { isNullable: true }),
          ...timestamps(q),
        ],
        foreignKeys: [fk('checkout_id', 'checkouts')],
        indices: [{ columnNames: ['checkout_id'] }, { columnNames: ['status', 'expires_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'payment_refunds',
        columns: [
          col.id(),
          col.int('payment_id'),
          col.str('out_request_no', 64, { isUnique: true }),
          col.int('amount_fen'),
          col.str('status', 16),
          col.str('reason', 200),
          col.str('failure', 200, { isNullable: true }),
          ...timestamps(q),
        ],
        foreignKeys: [fk('payment_id', 'payments')],
        indices: [{ columnNames: ['payment_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'payment_events',
        columns: [
          col.id(),
          col.int('payment_id', { isNullable: true }),
          col.str('provider', 16),
          col.str('kind', 32),
          col.text('request'),
          col.text('response', { isNullable: true }),
          col.str('verdict', 200),
          ...timestamps(q, ['created_at']),
        ],
        indices: [{ columnNames: ['payment_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['payment_events', 'payment_refunds', 'payments', 'refund_requests', 'order_transitions', 'order_lines', 'orders', 'checkouts']) {
      await q.dropTable(table);
    }
    await q.dropColumn('suppliers', 'shipping_free_over_fen');
    await q.dropColumn('suppliers', 'shipping_flat_fee_fen');
  }
}
