import { createConnection } from 'mysql2/promise';
import type { Database } from './database';

const MIGRATION_LOCK = 'bangfu_migrations';

/** Applies pending migrations; on MySQL under a named lock so several instances may start at once. */
export async function runMigrations(database: Database): Promise<string[]> {
  const done = await underMigrationLock(database, (transaction) => database.dataSource.runMigrations({ transaction }));
  return done.map((m) => m.name);
}

/** Undoes the newest applied migration (`npm run migrate:revert`); answers its name, or null if none ran. */
export async function revertLastMigration(database: Database): Promise<string | null> {
  const { dataSource } = database;
  const applied: { name: string }[] = await dataSource.query(`SELECT name FROM ${dataSource.driver.escape('schema_migrations')} ORDER BY id DESC LIMIT 1`);
  if (applied.length === 0) return null;
  await underMigrationLock(database, (transaction) => dataSource.undoLastMigration({ transaction }));
  return applied[0].name;
}

/**
 * SQLite: alone on the connection, in one transaction. MySQL: DDL commits by itself, so no transaction, but
 * under a named lock so that only one instance changes the schema at a time.
 */
async function underMigrationLock<T>(database: Database, work: (transaction: 'all' | 'none') => Promise<T>): Promise<T> {
  if (database.kind === 'sqlite') return database.exclusive(() => work('all'));
  const runner = database.dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [{ got }] = await runner.query('SELECT GET_LOCK(?, 120) AS got', [MIGRATION_LOCK]);
    if (Number(got) !== 1) throw new Error('timed out waiting for another instance to finish migrating');
    try {
      return await work('none');
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** Creates the MySQL database named in the URL when the server does not have it yet. */
export async function ensureMysqlDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`DATABASE_URL: database name "${name}" must be letters, digits or _`);
  target.pathname = '/';
  const connection = await createConnection({ uri: target.toString() });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}
