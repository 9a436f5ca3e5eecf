import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection shared by every request, so two requests' transactions
 * would interleave on it ("cannot start a transaction within a transaction", or one request's write
 * committed or rolled back by another's). Work runs here one unit at a time; a unit re-enters freely.
 */
export class SqliteSerializer {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<true>();

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return work();
    const run = this.tail.then(() => this.inside.run(true, work));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Routes every statement of the shared query runner through the queue; lone transactions are refused. */
  install(dataSource: DataSource): void {
    const runner: QueryRunner = dataSource.driver.createQueryRunner('master');
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    const startTransaction = runner.startTransaction.bind(runner);
    Object.assign(runner, {
      query: (...args: unknown[]) => this.exclusive(() => query(...args)),
      startTransaction: (...args: Parameters<QueryRunner['startTransaction']>) => {
        if (!this.inside.getStore()) {
          throw new Error('SQLite transactions must run through Database.transaction()');
        }
        return startTransaction(...args);
      },
    });
  }
}
