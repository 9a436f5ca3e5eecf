import { TableColumnOptions, TableForeignKeyOptions, type QueryRunner } from 'typeorm';

/** Column builders shared by migrations so one migration file produces fitting DDL on SQLite and MySQL. */
export const col = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'int', ...extra }),
  str: (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    ...extra,
  }),
  text: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...extra }),
  bool: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'boolean', ...extra }),
  date: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'date', ...extra }),
  datetime: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...extra }),
};

/** created_at / updated_at with the defaults TypeORM's date columns expect on each database. */
export function timestamps(runner: QueryRunner, which: ('created_at' | 'updated_at')[] = ['created_at', 'updated_at']): TableColumnOptions[] {
  const mysql = runner.dataSource.driver.options.type !== 'better-sqlite3';
  return which.map((name) =>
    mysql
      ? { name, type: 'datetime', precision: 6, default: 'CURRENT_TIMESTAMP(6)', ...(name === 'updated_at' ? { onUpdate: 'CURRENT_TIMESTAMP(6)' } : {}) }
      : { name, type: 'datetime', default: "datetime('now')" },
  );
}

export const fk = (column: string, table: string, refColumn = 'id'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: [refColumn],
});
