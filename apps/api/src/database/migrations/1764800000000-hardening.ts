import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from './schema-kit';

/**
 * Login and sign-up throttling counts in fixed-window buckets taken atomically, instead of a row per failure;
 * the upload quota reads an account's uploads of the last day by index.
 */
export class Hardening1764800000000 implements MigrationInterface {
  name = 'Hardening1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'throttle_buckets',
        columns: [col.str('bucket', 100, { isPrimary: true }), col.int('hits'), { name: 'window_ends_ms', type: 'bigint' }],
      }),
    );
    await q.dropTable('login_failures');
    await q.createIndex('uploads', new TableIndex({ name: 'idx_uploads_owner_created', columnNames: ['owner_user_id', 'created_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('uploads', 'idx_uploads_owner_created');
    await q.createTable(
      new Table({
        name: 'login_failures',
        columns: [col.id(), col.str('phone', 20), col.str('ip', 64), col.datetime('at')],
        indices: [{ columnNames: ['phone', 'at'] }, { columnNames: ['ip', 'at'] }],
      }),
    );
    await q.dropTable('throttle_buckets');
  }
}
