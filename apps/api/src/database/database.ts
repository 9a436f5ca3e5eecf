import type { DataSource, EntityManager, EntityTarget, FindOptionsOrder, FindOptionsSelect, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { SqliteSerializer } from './sqlite-serializer';

const RETRYABLE_MYSQL_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 4;

/** The one way to run a unit of work, on either database. */
export class Database {
  private readonly serializer?: SqliteSerializer;

  constructor(readonly dataSource: DataSource) {
    if (this.kind === 'sqlite') {
      this.serializer = new SqliteSerializer();
      this.serializer.install(dataSource);
      bindIntegers(dataSource);
    }
  }

  get kind(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Runs work in one transaction: queued on SQLite, retried on MySQL deadlocks. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.serializer) return this.serializer.exclusive(() => this.dataSource.transaction(work));
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= MAX_ATTEMPTS || !code || !RETRYABLE_MYSQL_ERRORS.has(code)) throw error;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /** Runs work alone on SQLite without a transaction (schema changes, bulk loads that batch their own). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.serializer ? this.serializer.exclusive(work) : work();
  }

  /** Deletes the rows that match, a batch per transaction so no statement holds the table for long; answers how many. */
  async deleteInBatches<T extends { id: number }>(entity: EntityTarget<T>, where: FindOptionsWhere<T>, batchSize: number): Promise<number> {
    let deleted = 0;
    for (;;) {
      const batch = await this.manager.find(entity, { select: { id: true } as FindOptionsSelect<T>, where, order: { id: 'ASC' } as FindOptionsOrder<T>, take: batchSize });
      if (batch.length === 0) return deleted;
      await this.transaction((m) => m.delete(entity, batch.map((row) => row.id)));
      deleted += batch.length;
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}

type Escape = (sql: string, parameters: ObjectLiteral, native: ObjectLiteral) => [string, unknown[]];

/** better-sqlite3 binds every JS number as REAL; a whole number goes as BigInt so it binds as INTEGER. */
export function sqliteParameter(value: unknown): unknown {
  return Number.isSafeInteger(value) ? BigInt(value as number) : value;
}

/**
 * TypeORM's SQLite driver writes number parameters into the SQL text, so `WHERE id = 41` and `WHERE id = 42`
 * are different statements and better-sqlite3's statement cache misses nearly always. Passed as BigInt,
 * integers are bound as parameters instead; results still come back as plain numbers.
 */
function bindIntegers(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { escapeQueryWithParameters: Escape };
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql, parameters, native) =>
    escape(
      sql,
      parameters && Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, sqliteParameter(v)])),
      native,
    );
}
