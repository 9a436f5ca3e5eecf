import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { Database } from '../database/database';
import { ensureMysqlDatabase, revertLastMigration, runMigrations } from '../database/migrate';

/**
 * `npm run migrate`: brings the configured database's schema up to date and says what ran.
 * `npm run migrate:revert` (`--revert`): undoes the newest migration, one per call.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.database.kind === 'mysql') await ensureMysqlDatabase(config.database.url);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    const database = new Database(dataSource);
    if (process.argv.includes('--revert')) {
      const reverted = await revertLastMigration(database);
      process.stdout.write(reverted ? `Reverted: ${reverted}\n` : 'No migration has been applied.\n');
    } else {
      const applied = await runMigrations(database);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
