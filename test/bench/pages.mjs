/**
 * Page benchmark: Lighthouse (mobile emulation with its default throttling) against the built marketplace as
 * `npm start` serves it (embedded database, demo data), in Debian's Chromium. Run `npm run build` first.
 *
 *   node test/bench/pages.mjs [--runs=3]
 *
 * Prints, per page (home, search results, product), the median of the runs and every run: performance score,
 * LCP, TBT, CLS, FCP and the bytes transferred.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(root, 'dist/api/apps/api/src/main.js');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const log = (message) => process.stderr.write(`${message}\n`);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startMarket() {
  if (!existsSync(MAIN)) throw new Error('Build first: npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'bangfu-pages-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [MAIN], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: `sqlite:${join(dataDir, 'market.sqlite')}`, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error('the server exited');
    if (Date.now() > deadline) throw new Error('the server did not become healthy');
    const up = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    fcpMs: Math.round(audit('first-contentful-paint')),
    transferKB: Math.round(audit('total-byte-weight') / 1024),
  };
}

const market = await startMarket();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const search = await (await fetch(`${market.baseUrl}/api/search?q=${encodeURIComponent('绿茶')}&pageSize=1`)).json();
  const pages = {
    home: `${market.baseUrl}/`,
    search: `${market.baseUrl}/search?q=${encodeURIComponent('绿茶')}`,
    product: `${market.baseUrl}/products/${search.items[0].id}`,
  };
  const result = { tool: 'lighthouse 12.2.3, mobile emulation, default (simulated) throttling', runs, pages: {} };
  for (const [name, url] of Object.entries(pages)) {
    const each = [];
    for (let run = 1; run <= runs; run++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      each.push(figures(lhr));
      log(`${name} run ${run}: ${JSON.stringify(each.at(-1))}`);
    }
    result.pages[name] = {
      url: url.replace(market.baseUrl, ''),
      median: Object.fromEntries(Object.keys(each[0]).map((key) => [key, median(each.map((f) => f[key]))])),
      runs: each,
    };
  }
  console.log(JSON.stringify(result, null, 2));
} finally {
  await chrome.kill();
  await market.stop();
}
