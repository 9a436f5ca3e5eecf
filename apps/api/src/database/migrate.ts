import { createConnection } from 'mysql2/promise';
import type { Database } from './database';

const MIGRATION_LOCK = 'bangfu_migrations';

/** Applies pending migrations; on MySQL under a named lock so several instances may start at once. */
export async function runMigrations(database: Database): Promise<string[]> {
  const { dataSource } = database;
  if (database.kind === 'sqlite') {
    const done = await database.exclusive(() => dataSource.runMigrations({ transaction: 'all' }));
    return done.map((m) => m.name);
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [{ got }] = await runner.query('SELECT GET_LOCK(?, 120) AS got', [MIGRATION_LOCK]);
    if (Number(got) !== 1) throw new Error('timed out waiting for another instance to finish migrating');
    try {
      const done = await dataSource.runMigrations({ transaction: 'none' });
      return done.map((m) => m.name);
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
