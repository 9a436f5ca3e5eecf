import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config/config';
import { openDatabase } from '../database/open-database';
import { OutboxService } from '../outbox/outbox.service';
import { Clock } from '../common/clock';
import { createEngine } from '../search/create-engine';
import { SearchDocuments } from '../search/search-documents';
import { rebuildIndex } from '../search/search-indexer';
import { SynonymGroupEntity } from '../search/synonym-group.entity';
import { TextNormalizer } from '../search/text/text-normalizer';

/**
 * `npm run reindex`: rebuilds the search index from the database with a progress bar. With Meilisearch
 * that is the shared index itself; the embedded index lives in each server, so they are also asked,
 * through the outbox, to rebuild theirs.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  const bar = new SingleBar({ format: ' indexing |{bar}| {value}/{total} products | ETA {eta_formatted}', hideCursor: true }, Presets.shades_classic);
  try {
    const groups = (await db.manager.find(SynonymGroupEntity)).map((g) => g.words);
    const text = new TextNormalizer(groups.length ? groups : undefined);
    const engine = createEngine(config, text);
    await engine.prepare();
    await engine.setSynonyms?.(text.synonyms.groups.map((g) => [...g]));
    const started = Date.now();
    const indexed = await rebuildIndex(new SearchDocuments(db, text), engine, (done, total) => {
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
    });
    bar.stop();
    process.stdout.write(`Indexed ${indexed} products with the ${engine.name} engine in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    if (engine.name === 'embedded') {
      await db.transaction((m) => new OutboxService(new Clock(), db).emit(m, 'search.reindex_requested', { type: 'search', id: 0 }));
      process.stdout.write('Running servers will rebuild their embedded index within a few seconds.\n');
    }
  } finally {
    bar.stop();
    await db.dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Reindex failed: ${message}\n`);
  process.exit(1);
});
