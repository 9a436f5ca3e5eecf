import type { EntityManager, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { sqliteParameter } from './database';

/**
 * Plain statements for the hot paths (checkout, payment, stock). TypeORM's query builder spends more CPU
 * building a statement than the database spends running it; here the SQL of each shape is built once from the
 * entity metadata and cached, and values go through the driver's own conversions (dates, JSON), so rows read
 * and written here are the same as TypeORM's.
 */

/**
 * The tables of the hot paths: written only through this file. Every other table is written through TypeORM.
 * test/workspace/table-ownership.spec.ts keeps it so.
 */
export const HOT_TABLES: ReadonlySet<string> = new Set([
  'checkouts',
  'orders',
  'order_lines',
  'order_transitions',
  'payments',
  'payment_events',
  'stock_levels',
  'stock_movements',
  'throttle_buckets',
]);

export function isHot(m: EntityManager, entity: EntityTarget<ObjectLiteral>): boolean {
  return HOT_TABLES.has(m.dataSource.getMetadata(entity).tableName);
}

export interface RunResult {
  affected: number;
  /** The id of a row inserted alone (with several, the databases disagree on which one this is). */
  insertId: number;
}

/** A filter value: equality, or membership when an array. */
export type Filter<T> = { [K in keyof T]?: T[K] | readonly T[K][] };

const statements = new WeakMap<EntityMetadata, Map<string, string>>();
/** Shapes kept per entity: a list filter makes one per list length, and callers' lists may be of any length. */
const MAX_SHAPES = 256;

function cached(meta: EntityMetadata, shape: string, build: () => string): string {
  let byShape = statements.get(meta);
  if (!byShape) statements.set(meta, (byShape = new Map()));
  const known = byShape.get(shape);
  if (known !== undefined) return known;
  const sql = build();
  if (byShape.size < MAX_SHAPES) byShape.set(shape, sql);
  return sql;
}

async function withRunner<T>(m: EntityManager, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  if (m.queryRunner) return work(m.queryRunner);
  const runner = m.dataSource.createQueryRunner();
  try {
    return await work(runner);
  } finally {
    await runner.release();
  }
}

function bindable(m: EntityManager, params: readonly unknown[]): unknown[] {
  return m.dataSource.options.type === 'better-sqlite3' ? params.map(sqliteParameter) : [...params];
}

/** Runs a written statement (INSERT, UPDATE, DELETE) with `?` parameters. */
export function runSql(m: EntityManager, sql: string, params: readonly unknown[]): Promise<RunResult> {
  return withRunner(m, async (runner) => {
    const result = await runner.query(sql, bindable(m, params), true);
    // better-sqlite3 answers with the last row id, mysql2 with a result header.
    const raw = result.raw as number | bigint | { insertId?: number; affectedRows?: number } | undefined;
    const insertId = Number(typeof raw === 'object' ? raw?.insertId : raw) || 0;
    return { affected: result.affected ?? 0, insertId };
  });
}

/** Runs a query with `?` parameters and returns its rows as the driver gives them. */
export function selectSql<T>(m: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  return withRunner(m, async (runner) => (await runner.query(sql, bindable(m, params), true)).records as T[]);
}

function column(meta: EntityMetadata, property: string): ColumnMetadata {
  const found = meta.findColumnWithPropertyName(property);
  if (!found) throw new Error(`${meta.name} has no column ${property}`);
  return found;
}

function where<T>(m: EntityManager, meta: EntityMetadata, filter: Filter<T>): { sql: string; params: unknown[] } {
  const driver = m.dataSource.driver;
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [property, value] of Object.entries(filter)) {
    const col = column(meta, property);
    const name = driver.escape(col.databaseName);
    if (Array.isArray(value)) {
      if (value.length === 0) parts.push('1 = 0');
      else parts.push(`${name} IN (${value.map(() => '?').join(', ')})`);
      params.push(...value.map((v: unknown) => driver.preparePersistentValue(v, col)));
    } else {
      parts.push(`${name} = ?`);
      params.push(driver.preparePersistentValue(value, col));
    }
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}

/** Inserts one row and returns its id; columns not given take their defaults. */
export async function insertRow<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, values: Partial<T>): Promise<number> {
  return (await insert(m, entity, [values])).insertId;
}

/** Inserts rows that all give the same properties, in one statement. */
export async function insertRows<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  if (rows.length) await insert(m, entity, rows);
}

function insert<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<RunResult> {
  const meta = m.dataSource.getMetadata(entity);
  const driver = m.dataSource.driver;
  const properties = Object.keys(rows[0]).filter((p) => rows[0][p] !== undefined);
  const columns = properties.map((p) => column(meta, p));
  const sql = cached(meta, `insert ${properties.join(',')} ×${rows.length}`, () => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    return `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  });
  const params = rows.flatMap((row) => columns.map((c, i) => driver.preparePersistentValue((row as ObjectLiteral)[properties[i]] ?? null, c)));
  return runSql(m, sql, params);
}

/**
 * Sets properties on the rows the filter matches, stamping the update-date column, and answers how many rows
 * changed; a filter on the current status makes it a guarded step.
 */
export async function updateRows<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, filter: Filter<T>, set: Partial<T>): Promise<number> {
  const meta = m.dataSource.getMetadata(entity);
  const driver = m.dataSource.driver;
  const properties = Object.keys(set).filter((p) => set[p] !== undefined);
  const columns = properties.map((p) => column(meta, p));
  const condition = where(m, meta, filter);
  const sql = cached(meta, `update ${properties.join(',')} where ${condition.sql}`, () => {
    const assignments = columns.map((c) => `${driver.escape(c.databaseName)} = ?`);
    if (meta.updateDateColumn) assignments.push(`${driver.escape(meta.updateDateColumn.databaseName)} = CURRENT_TIMESTAMP`);
    return `UPDATE ${driver.escape(meta.tableName)} SET ${assignments.join(', ')} WHERE ${condition.sql}`;
  });
  const params = [...columns.map((c, i) => driver.preparePersistentValue((set as ObjectLiteral)[properties[i]], c)), ...condition.params];
  return (await runSql(m, sql, params)).affected;
}

/**
 * Adds `by` (negative to take away) to a counter on the rows the filter matches, in one guarded statement: a
 * counter never goes below zero, nor above the column named `atMost`. Answers how many rows changed.
 */
export async function addTo<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  filter: Filter<T>,
  counter: keyof T & string,
  by: number,
  options: { atMost?: keyof T & string } = {},
): Promise<number> {
  const meta = m.dataSource.getMetadata(entity);
  const driver = m.dataSource.driver;
  const name = driver.escape(column(meta, counter).databaseName);
  const ceiling = options.atMost ? driver.escape(column(meta, options.atMost).databaseName) : null;
  const condition = where(m, meta, filter);
  const sql = cached(meta, `add ${counter} ≤ ${options.atMost ?? ''} where ${condition.sql}`, () => {
    const stamp = meta.updateDateColumn ? `, ${driver.escape(meta.updateDateColumn.databaseName)} = CURRENT_TIMESTAMP` : '';
    return `UPDATE ${driver.escape(meta.tableName)} SET ${name} = ${name} + ?${stamp} WHERE ${condition.sql} AND ${name} + ? >= 0${ceiling ? ` AND ${name} + ? <= ${ceiling}` : ''}`;
  });
  return (await runSql(m, sql, [by, ...condition.params, by, ...(ceiling ? [by] : [])])).affected;
}

/**
 * Locks the rows the filter matches until the transaction ends (a no-op update: MySQL locks what it updates;
 * SQLite runs one transaction at a time anyway), so work on them after this runs after other writers'.
 */
export async function lockRows<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, filter: Filter<T>): Promise<void> {
  const meta = m.dataSource.getMetadata(entity);
  const condition = where(m, meta, filter);
  const id = m.dataSource.driver.escape(meta.primaryColumns[0].databaseName);
  const sql = cached(meta, `lock where ${condition.sql}`, () => `UPDATE ${m.dataSource.driver.escape(meta.tableName)} SET ${id} = ${id} WHERE ${condition.sql}`);
  await runSql(m, sql, condition.params);
}

/** The entities the filter matches, in id order unless told otherwise, with the driver's conversions applied. */
export async function findRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  filter: Filter<T>,
  options: { limit?: number } = {},
): Promise<T[]> {
  const meta = m.dataSource.getMetadata(entity);
  const driver = m.dataSource.driver;
  const condition = where(m, meta, filter);
  const limit = options.limit ? ` LIMIT ${Math.floor(options.limit)}` : '';
  const sql = cached(meta, `select where ${condition.sql}${limit}`, () => {
    const order = meta.primaryColumns.map((c) => driver.escape(c.databaseName)).join(', ');
    return `SELECT * FROM ${driver.escape(meta.tableName)} WHERE ${condition.sql} ORDER BY ${order}${limit}`;
  });
  const records = await selectSql<Record<string, unknown>>(m, sql, condition.params);
  return records.map((record) => {
    const row = meta.create() as ObjectLiteral;
    for (const col of meta.columns) row[col.propertyName] = driver.prepareHydratedValue(record[col.databaseName], col);
    return row as T;
  });
}

export async function findRow<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, filter: Filter<T>): Promise<T | null> {
  return (await findRows(m, entity, filter, { limit: 1 }))[0] ?? null;
}
