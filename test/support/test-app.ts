import type { NestExpressApplication } from '@nestjs/platform-express';
import { createConnection } from 'mysql2/promise';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig, type AppConfig, type DatabaseConfig } from '../../apps/api/src/config/config';
import { Database } from '../../apps/api/src/database/database';
import { openDatabase } from '../../apps/api/src/database/open-database';

/** `npm run test:mysql` sets TEST_DB=mysql; every suite then gets its own fresh MariaDB/MySQL database. */
export const TEST_DB = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
const MYSQL_SERVER = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

let sequence = 0;

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  config: AppConfig;
  db: Database;
  close(): Promise<void>;
}

/** A scratch folder and a database nobody else uses: a SQLite file in it, or a new MySQL schema. */
export interface ScratchDatabase {
  dir: string;
  dbName: string;
  databaseUrl: string;
  config: DatabaseConfig;
  discard(): Promise<void>;
}

export function scratchDatabase(): ScratchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-test-'));
  const dbName = `bangfu_t${process.pid}_${++sequence}_${Date.now() % 100000}`;
  const file = join(dir, 'test.sqlite');
  const databaseUrl = TEST_DB === 'mysql' ? `${MYSQL_SERVER}/${dbName}` : `sqlite:${file}`;
  return {
    dir,
    dbName,
    databaseUrl,
    config: TEST_DB === 'mysql' ? { kind: 'mysql', url: databaseUrl } : { kind: 'sqlite', file },
    async discard() {
      if (TEST_DB === 'mysql') await dropMysqlDatabase(dbName);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated database without the HTTP app, for tests of the data layer. */
export async function openTestDatabase(): Promise<{ db: Database; close(): Promise<void> }> {
  const scratch = scratchDatabase();
  const db = await openDatabase(scratch.config);
  return {
    db,
    async close() {
      await db.dataSource.destroy();
      await scratch.discard();
    },
  };
}

/** A fresh database (SQLite file or MySQL schema) and the real app on it, served over real HTTP. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const scratch = scratchDatabase();
  const { dir, databaseUrl } = scratch;
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      DATA_DIR: dir,
      WEB_DIST_DIR: join(dir, 'web'),
      // Suites open many accounts from 127.0.0.1; the sign-up throttle has its own test.
      REGISTRATIONS_PER_ADDRESS_PER_HOUR: '100000',
      SMS_CODES_PER_ADDRESS_PER_HOUR: '100000',
      ...env,
    },
    dir,
  );
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    db: app.get(Database),
    async close() {
      await app.close();
      await scratch.discard();
    },
  };
}

async function dropMysqlDatabase(name: string): Promise<void> {
  const connection = await createConnection({ uri: MYSQL_SERVER });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/** Registers an account (optionally with another role, written straight to the users table) and logs in. */
export async function signIn(
  t: TestApp,
  phone: string,
  role: 'shopper' | 'supplier' | 'staff' | 'admin' = 'shopper',
  password = 'secret-pass-1',
): Promise<{ token: string; userId: number }> {
  const registered = await t.http.post('/api/auth/register').send({ phone, password, name: `用户${phone.slice(-4)}` });
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  if (role !== 'shopper') await t.db.manager.query('UPDATE users SET role = ? WHERE phone = ?', [role, phone]);
  const login = await t.http.post('/api/auth/login').send({ phone, password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { token: login.body.accessToken, userId: login.body.user.id };
}
