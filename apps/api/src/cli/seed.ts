/**
 * Seeds the demo catalog into an empty database, with the app's configuration (DATABASE_URL, DATA_DIR):
 * `npm run seed`. A database that already has a catalog is refused.
 */
import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config/config';
import { openDatabase } from '../database/open-database';
import { DemoSeeder, type SeedResult } from '../demo/demo-seeder';
import { describeSeedResult } from '../demo/seed-if-empty';

async function main(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  const bar = new SingleBar(
    { format: ' {phase} |{bar}| {value}/{total} rows and files | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  let result: SeedResult;
  try {
    result = await new DemoSeeder(db, config.dataDir, (done, total, phase) => {
      const payload = { phase: phase.padEnd(12) };
      if (started) return bar.update(done, payload);
      bar.start(total, done, payload);
      started = true;
    }).seed();
  } finally {
    bar.stop();
    await db.dataSource.destroy();
  }
  if (result.status === 'refused') {
    process.stderr.write(`Refusing to seed: ${result.reason}. Seed only a new, empty database.\n`);
    return 1;
  }
  process.stdout.write(`${describeSeedResult(result)}\n`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`Seeding failed: ${message}\n`);
      process.exitCode = 1;
    },
  );
}
