/**
 * GET /api/search over real HTTP at concurrency 10: the whole API on an embedded database seeded with
 * the 2,210 demo products, driven by autocannon on 127.0.0.1 with the benchmark's query mix.
 *
 *   node test/bench/run.js test/bench/search-http.ts [--seconds=15] [--connections=10]
 *
 * Prints one JSON object on stdout (progress goes to stderr).
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/config';
import { QUERY_MIX, type BenchQuery } from './query-mix';

function option(name: string, fallback: number): number {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.split('=')[1]) : fallback;
}

/** The query string a shopper's app would send for one benchmark query. */
function searchPath(query: BenchQuery): string {
  const params = new URLSearchParams({ q: query.q, pageSize: '20' });
  const f = query.filters ?? {};
  if (f.categoryCode) params.set('category', f.categoryCode);
  if (f.countyCode) params.set('county', f.countyCode);
  if (f.minPriceFen !== undefined) params.set('minPriceFen', String(f.minPriceFen));
  if (f.maxPriceFen !== undefined) params.set('maxPriceFen', String(f.maxPriceFen));
  if (f.inStock !== undefined) params.set('inStock', String(f.inStock));
  if (query.sort) params.set('sort', query.sort);
  if (query.offset) params.set('page', String(query.offset / 20 + 1));
  return `/api/search?${params}`;
}

async function main(): Promise<void> {
  const seconds = option('seconds', 15);
  const connections = option('connections', 10);
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-bench-'));
  process.stderr.write('seeding the demo catalog and building the index…\n');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}`, DEMO_DATA: 'true' }, dir);
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  try {
    const paths = QUERY_MIX.map(searchPath);
    for (const path of paths) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    }
    process.stderr.write(`autocannon: ${connections} connections for ${seconds} s…\n`);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    process.stdout.write(
      JSON.stringify(
        {
          engine: 'embedded',
          docs: 2210,
          connections,
          seconds,
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          rps: result.requests.average,
          latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        },
        null,
        2,
      ) + '\n',
    );
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
