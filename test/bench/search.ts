/**
 * Embedded search benchmark: index build time, heap and in-process latency of a fixed query mix,
 * on the 2,210 demo products and on 100× as many generated from them.
 *
 *   node --expose-gc test/bench/run.js test/bench/search.ts
 *
 * Prints one JSON array on stdout (progress goes to stderr). Options: --rounds-small=N --rounds-large=N --scale=N.
 */
import { countyNameOf, categoryNameOf } from '@bangfu/contracts';
import { performance } from 'node:perf_hooks';
import { generateCatalog, type DemoCatalog } from '../../apps/api/src/demo/generate-catalog';
import { BRAND_SUFFIXES, COUNTY_PROFILES } from '../../apps/api/src/demo/vocabulary';
import { EmbeddedSearchEngine } from '../../apps/api/src/search/embedded/embedded-engine';
import type { SearchDocument, SearchEngine } from '../../apps/api/src/search/search-engine';
import { TextNormalizer } from '../../apps/api/src/search/text/text-normalizer';
import { QUERY_MIX, SUGGEST_MIX, type BenchQuery } from './query-mix';

interface Latency {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  queries: number;
}

interface BenchResult {
  engine: string;
  docs: number;
  buildMs: number;
  /** V8 heap in use after a collection, with only the engine (and the text pipeline) left. */
  heapMB: number;
  /** Typed arrays live outside the V8 heap: counted here so nothing hides. */
  arrayBuffersMB: number;
  inProcess: Latency;
  suggest: Latency;
}

const PAGE_SIZE = 20;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(3));
  const text = new TextNormalizer();
  const catalog = generateCatalog();
  progress(`catalog: ${catalog.products.length} products`);
  const results = [
    await run(text, () => demoDocuments(text, catalog), options.roundsSmall),
    await run(text, () => scaledDocuments(text, catalog, options.scale), options.roundsLarge),
  ];
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

/** Indexes the documents, keeping nothing but the engine when the heap is weighed. */
async function run(text: TextNormalizer, makeDocuments: () => SearchDocument[], rounds: number): Promise<BenchResult> {
  const engine = new EmbeddedSearchEngine(text);
  const { docs, buildMs } = await indexInto(engine, timed('documents', makeDocuments));
  const { heapMB, arrayBuffersMB } = memoryInUse();
  progress(`${docs} docs: built in ${Math.round(buildMs)} ms, heap ${heapMB} MB + ${arrayBuffersMB} MB array buffers`);

  const inProcess = await measure(rounds, QUERY_MIX, (query) => searchOnce(engine, text, query));
  const suggest = await measure(rounds, SUGGEST_MIX, (prefix) => engine.suggest(prefix, 10));
  progress(`${docs} docs: search p50 ${inProcess.p50Ms} p95 ${inProcess.p95Ms} p99 ${inProcess.p99Ms} ms`);
  return { engine: engine.name, docs, buildMs: round(buildMs), heapMB, arrayBuffersMB, inProcess, suggest };
}

async function indexInto(engine: SearchEngine, documents: SearchDocument[]): Promise<{ docs: number; buildMs: number }> {
  const started = performance.now();
  await engine.upsert(documents);
  return { docs: documents.length, buildMs: performance.now() - started };
}

/** The API's path in process: the query through the text pipeline, then the engine. */
function searchOnce(engine: SearchEngine, text: TextNormalizer, query: BenchQuery): Promise<unknown> {
  return engine.search({
    text: text.queryText(query.q),
    filters: query.filters ?? {},
    sort: query.sort ?? 'relevance',
    offset: query.offset ?? 0,
    limit: PAGE_SIZE,
  });
}

/** One warm-up round, then `rounds` timed rounds over the mix, one call at a time. */
async function measure<T>(rounds: number, mix: readonly T[], call: (item: T) => Promise<unknown>): Promise<Latency> {
  for (const item of mix) await call(item);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const item of mix) {
      const started = performance.now();
      await call(item);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => round(samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)]);
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), queries: samples.length };
}

/** The demo catalog as the indexer would see it: every product public. */
function demoDocuments(text: TextNormalizer, catalog: DemoCatalog): SearchDocument[] {
  return catalog.products.map((product, index) => {
    const supplier = catalog.suppliers[product.supplierIndex];
    const countyName = countyNameOf(product.countyCode)
    return {
      id: index + 1,
      name: product.name,
      ...text.documentFields({
        name: product.name,
        categoryName: categoryNameOf(product.categoryCode),
        countyName,
        town: product.originTown,
        village: product.originVillage,
        supplierName: supplier.name,
        description: product.description,
        skuSpecs: product.skus.map((s) => s.spec),
      }),
      categoryCode: product.categoryCode,
      countyCode: product.countyCode,
      countyName,
      supplierId: product.supplierIndex + 1,
      supplierName: supplier.name,
      priceFen: Math.min(...product.skus.map((s) => s.priceFen)),
      inStock: product.skus.some((s) => s.onHand > 0),
      salesCount: product.salesCount,
      createdAt: Date.parse(product.certificate.validFrom),
      imageUrl: null,
    };
  });
}

/**
 * `scale` copies of the catalog; copy k > 0 of a product sells under another local brand
 * (紫柏山源 留坝香菇 干货), at another price, with other sales and date — its text re-run through
 * the pipeline, since the name changed.
 */
function scaledDocuments(text: TextNormalizer, catalog: DemoCatalog, scale: number): SearchDocument[] {
  const profiles = new Map(COUNTY_PROFILES.map((p) => [p.code, p]));
  const base = demoDocuments(text, catalog);
  const documents = [...base];
  for (let copy = 1; copy < scale; copy++) {
    catalog.products.forEach((product, index) => {
      const original = base[index];
      const landmarks = profiles.get(product.countyCode)?.landmarks ?? ['汉中'];
      const brand = landmarks[copy % landmarks.length] + BRAND_SUFFIXES[Math.floor(copy / landmarks.length) % BRAND_SUFFIXES.length];
      const name = `${brand} ${product.name.slice(product.name.indexOf(product.shortName))}`;
      const spread = fraction((index + 1) * 7919 + copy * 104_729);
      documents.push({
        ...original,
        id: copy * base.length + index + 1,
        name,
        ...text.documentFields({
          name,
          categoryName: categoryNameOf(product.categoryCode),
          countyName: original.countyName,
          town: product.originTown,
          village: product.originVillage,
          supplierName: original.supplierName,
          description: product.description,
          skuSpecs: product.skus.map((s) => s.spec),
        }),
        priceFen: Math.max(100, Math.round((original.priceFen * (0.8 + 0.4 * spread)) / 10) * 10),
        inStock: spread > 0.04,
        salesCount: Math.round(original.salesCount * (0.5 + spread)),
        createdAt: original.createdAt + copy * 3_600_000,
      });
    });
  }
  return documents;
}

/** A deterministic spread in [0, 1). */
function fraction(seed: number): number {
  const x = Math.sin(seed) * 10_000;
  return x - Math.floor(x);
}

function memoryInUse(): { heapMB: number; arrayBuffersMB: number } {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) collect();
  else progress('memory measured without a collection first: run node with --expose-gc');
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heapMB: round(heapUsed / 2 ** 20), arrayBuffersMB: round(arrayBuffers / 2 ** 20) };
}

function parseOptions(args: string[]): { roundsSmall: number; roundsLarge: number; scale: number } {
  const value = (name: string, fallback: number) => {
    const arg = args.find((a) => a.startsWith(`--${name}=`));
    return arg ? Number(arg.split('=')[1]) : fallback;
  };
  return { roundsSmall: value('rounds-small', 50), roundsLarge: value('rounds-large', 10), scale: value('scale', 100) };
}

function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  progress(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
