import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, fk, timestamps } from './schema-kit';

export class Certification1764400000000 implements MigrationInterface {
  name = 'Certification1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'uploads',
        columns: [
          col.id(),
          col.int('owner_user_id'),
          col.str('purpose', 16),
          col.str('file_name', 200),
          col.str('content_type', 64),
          col.int('size'),
          col.str('storage_path', 300),
          ...timestamps(q, ['created_at']),
        ],
        foreignKeys: [fk('owner_user_id', 'users')],
        indices: [{ columnNames: ['owner_user_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'supplier_applications',
        columns: [
          col.id(),
          col.str('kind', 16),
          col.int('applicant_user_id'),
          col.int('supplier_id', { isNullable: true }),
          col.str('status', 24),
          col.str('name', 100),
          col.str('credit_code', 18),
          // Holds the credit code while the application is open, so two open applications cannot share one.
          col.str('open_credit_code', 18, { isNullable: true, isUnique: true }),
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
          col.text('documents'),
          col.str('reason', 500, { isNullable: true }),
          col.int('certificate_id', { isNullable: true }),
          col.int('decided_by', { isNullable: true }),
          col.datetime('decided_at', { isNullable: true }),
          col.datetime('submitted_at'),
          ...timestamps(q),
        ],
        foreignKeys: [
          fk('applicant_user_id', 'users'),
          fk('supplier_id', 'suppliers'),
          fk('county_code', 'counties', 'code'),
          fk('certificate_id', 'certificates'),
        ],
        indices: [{ columnNames: ['status', 'submitted_at'] }, { columnNames: ['applicant_user_id'] }, { columnNames: ['credit_code'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificate_sequences',
        columns: [col.str('subject_type', 16, { isPrimary: true }), col.int('year', { isPrimary: true }), col.int('last_no')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          col.id(),
          col.datetime('at'),
          col.int('actor_user_id', { isNullable: true }),
          col.str('action', 48),
          col.str('subject_type', 16),
          col.int('subject_id'),
          col.text('before', { isNullable: true }),
          col.text('after', { isNullable: true }),
          col.str('reason', 500, { isNullable: true }),
        ],
        indices: [{ columnNames: ['subject_type', 'subject_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'outbox',
        columns: [
          col.id(),
          col.str('topic', 48),
          col.str('aggregate_type', 16),
          col.int('aggregate_id'),
          col.text('payload'),
          col.int('attempts', { default: 0 }),
          col.datetime('available_at'),
          col.datetime('processed_at', { isNullable: true }),
          ...timestamps(q, ['created_at']),
        ],
        indices: [{ columnNames: ['processed_at', 'available_at'] }],
      }),
    );
    await q.addColumns('products', [
      new TableColumn({ name: 'review_reason', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'renewal_requested', type: 'boolean', default: false }),
      new TableColumn({ name: 'submitted_at', type: 'datetime', isNullable: true }),
    ]);
    await this.makeAuditLogAppendOnly(q);
  }

  /** The audit log is evidence: the database itself refuses to change or remove an entry. */
  private async makeAuditLogAppendOnly(q: QueryRunner): Promise<void> {
    if (q.dataSource.driver.options.type === 'better-sqlite3') {
      for (const op of ['UPDATE', 'DELETE']) {
        await q.query(
          `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        );
      }
      return;
    }
    for (const op of ['UPDATE', 'DELETE']) {
      await q.query(
        `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS audit_log_no_update');
    await q.query('DROP TRIGGER IF EXISTS audit_log_no_delete');
    await q.dropColumns('products', ['review_reason', 'renewal_requested', 'submitted_at']);
    for (const table of ['outbox', 'audit_log', 'certificate_sequences', 'supplier_applications', 'uploads']) {
      await q.dropTable(table);
    }
  }
}
