import type { DatabaseConfig } from '../config/config';
import { createDataSource } from './data-source';
import { Database } from './database';
import { ensureMysqlDatabase, runMigrations } from './migrate';
import { syncReferenceData } from './reference-data';

/** Connects, creating the MySQL database if needed, and brings the schema and reference rows up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'mysql') await ensureMysqlDatabase(config.url);
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  const database = new Database(dataSource);
  await runMigrations(database);
  await syncReferenceData(database);
  return database;
}
