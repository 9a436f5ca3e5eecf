import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from './schema-kit';

/** Order steps carry a reason code and its values, so apps word reasons in their reader's language. */
export class TimelineReasons1764700000000 implements MigrationInterface {
  name = 'TimelineReasons1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('order_transitions', [
      new TableColumn(col.str('reason_code', 32, { isNullable: true })),
      new TableColumn(col.text('reason_values', { isNullable: true })),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('order_transitions', 'reason_values');
    await q.dropColumn('order_transitions', 'reason_code');
  }
}
