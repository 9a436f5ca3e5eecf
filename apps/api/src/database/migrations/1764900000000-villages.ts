import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, timestamps } from './schema-kit';

/** Village e-commerce points, whose codes checkout takes as the `ref` a sale is credited to. */
export class Villages1764900000000 implements MigrationInterface {
  name = 'Villages1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'village_points',
        columns: [
          col.id(),
          col.str('code', 16, { isUnique: true }),
          col.str('name', 100),
          col.str('county_code', 6),
          col.str('town', 50),
          col.str('village', 50),
          col.str('operator_phone', 20, { isNullable: true }),
          col.text('supplier_ids'),
          ...timestamps(q, ['created_at']),
        ],
        indices: [{ columnNames: ['county_code'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('village_points');
  }
}
