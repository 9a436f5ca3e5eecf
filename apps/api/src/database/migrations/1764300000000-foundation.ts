import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, fk, timestamps } from './schema-kit';

export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'counties',
        columns: [col.str('code', 6, { isPrimary: true }), col.str('name', 20), col.str('name_en', 40), col.int('sort_order')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'categories',
        columns: [col.str('code', 32, { isPrimary: true }), col.str('name', 20), col.str('name_en', 40), col.int('sort_order')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          col.id(),
          col.str('phone', 20, { isUnique: true }),
          col.str('name', 50),
          col.str('password_hash', 200),
          col.str('role', 16),
          col.int('supplier_id', { isNullable: true }),
          ...timestamps(q),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'login_failures',
        columns: [col.id(), col.str('phone', 20), col.str('ip', 64), col.datetime('at')],
        indices: [{ columnNames: ['phone', 'at'] }, { columnNames: ['ip', 'at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificates',
        columns: [
          col.id(),
          col.str('no', 32, { isUnique: true }),
          col.str('subject_type', 16),
          col.int('subject_id'),
          col.str('status', 16),
          col.date('valid_from'),
          col.date('valid_until'),
          col.int('issued_by', { isNullable: true }),
          ...timestamps(q, ['created_at']),
        ],
        indices: [{ columnNames: ['subject_type', 'subject_id'] }, { columnNames: ['status', 'valid_until'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'suppliers',
        columns: [
          col.id(),
          col.str('name', 100),
          col.str('credit_code', 18, { isUnique: true }),
          col.str('entity_type', 24),
          col.str('county_code', 6),
          col.str('town', 50),
          col.str('village', 50, { isNullable: true }),
          col.str('address', 200),
          col.str('contact_name', 50),
          col.str('contact_phone', 20),
          col.str('legal_rep', 50),
          col.int('households_linked'),
          col.text('description'),
          col.str('status', 16),
          col.int('certificate_id', { isNullable: true }),
          ...timestamps(q),
        ],
        foreignKeys: [fk('county_code', 'counties', 'code'), fk('certificate_id', 'certificates')],
        indices: [{ columnNames: ['status', 'county_code'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'products',
        columns: [
          col.id(),
          col.int('supplier_id'),
          col.str('name', 100),
          col.str('category_code', 32),
          col.str('county_code', 6),
          col.str('origin_town', 50),
          col.str('origin_village', 50, { isNullable: true }),
          col.text('description'),
          col.str('status', 16),
          col.bool('listed'),
          col.int('certificate_id', { isNullable: true }),
          col.str('shelf_life', 50, { isNullable: true }),
          col.str('storage', 100, { isNullable: true }),
          col.text('images'),
          col.int('sales_count', { default: 0 }),
          ...timestamps(q),
        ],
        foreignKeys: [
          fk('supplier_id', 'suppliers'),
          fk('category_code', 'categories', 'code'),
          fk('county_code', 'counties', 'code'),
          fk('certificate_id', 'certificates'),
        ],
        indices: [
          { columnNames: ['supplier_id'] },
          { columnNames: ['status', 'listed'] },
          { columnNames: ['category_code'] },
          { columnNames: ['county_code'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'skus',
        columns: [
          col.id(),
          col.int('product_id'),
          col.str('spec', 100),
          col.str('unit', 16),
          col.int('weight_grams', { isNullable: true }),
          col.int('price_fen'),
          ...timestamps(q),
        ],
        foreignKeys: [fk('product_id', 'products')],
        indices: [{ columnNames: ['product_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'stock_locations',
        columns: [col.id(), col.str('kind', 16), col.int('supplier_id', { isNullable: true }), col.str('name', 100), ...timestamps(q, ['created_at'])],
        foreignKeys: [fk('supplier_id', 'suppliers')],
        indices: [{ columnNames: ['supplier_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'stock_levels',
        columns: [
          col.id(),
          col.int('sku_id'),
          col.int('location_id'),
          col.int('on_hand'),
          col.int('reserved', { default: 0 }),
          col.int('available'),
          col.int('low_stock_threshold', { default: 0 }),
          ...timestamps(q, ['updated_at']),
        ],
        foreignKeys: [fk('sku_id', 'skus'), fk('location_id', 'stock_locations')],
        indices: [{ columnNames: ['sku_id', 'location_id'], isUnique: true }, { columnNames: ['location_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'stock_movements',
        columns: [
          col.id(),
          col.int('sku_id'),
          col.int('location_id'),
          col.str('kind', 16),
          col.int('on_hand_delta'),
          col.int('reserved_delta'),
          col.int('actor_user_id', { isNullable: true }),
          col.str('reason', 200),
          ...timestamps(q, ['created_at']),
        ],
        foreignKeys: [fk('sku_id', 'skus'), fk('location_id', 'stock_locations')],
        indices: [{ columnNames: ['sku_id', 'location_id'] }],
      }),
    );
    await q.createIndex('users', new TableIndex({ columnNames: ['supplier_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'stock_movements',
      'stock_levels',
      'stock_locations',
      'skus',
      'products',
      'suppliers',
      'certificates',
      'login_failures',
      'users',
      'categories',
      'counties',
    ]) {
      await q.dropTable(table);
    }
  }
}
