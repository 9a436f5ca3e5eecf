/**
 * Checkout throughput and stock contention over real HTTP, on the embedded database and on MariaDB/MySQL.
 *
 *   node test/bench/run.js test/bench/checkout.ts [--db=sqlite|mysql|both] [--seconds=15] [--connections=10]
 *        [--warmup=2] [--hot-stock=500] [--shoppers=50] [--client=thread|inline]
 *
 * For each database the whole API starts in-process on 127.0.0.1 (fresh SQLite file in a temp dir, or a fresh
 * MySQL database on TEST_MYSQL_URL / mysql://root@127.0.0.1:3306 that is dropped afterwards), is set up over
 * HTTP (staff, certified suppliers with SKUs, a pool of shoppers), then driven by `--connections` concurrent
 * workers (async loops over keep-alive node:http requests, timed with hrtime) in a worker thread, so the load generator does
 * not share the API's event loop:
 *   checkoutPay  POST /api/checkout (1–3 lines across 1–2 suppliers) then POST /api/payments/dev/:outTradeNo/complete
 *   hotSku       quantity 1 of one SKU with stock S until every worker gets 409 STOCK_INSUFFICIENT; then the
 *                counters and the stock_movements ledger are checked in the database.
 *
 * Prints one JSON object on stdout (progress goes to stderr); exits 1 if any check fails.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Database } from '../../apps/api/src/database/database';
import type { TestApp } from '../support/test-app';
import { Random } from '../../apps/api/src/demo/random';

// ─── Shared between the main thread and the load-generating worker (node built-ins only) ───

const SHIPPING_ADDRESS = {
  name: '王小明',
  phone: '13900001111',
  province: '陕西省',
  city: '汉中市',
  district: '汉台区',
  detail: '中山街 18 号 2 单元 301',
};

interface Shopper {
  token: string;
  userId: number;
}
interface CatalogSupplier {
  supplierId: number;
  skuIds: number[];
}
interface Failure {
  step: 'checkout' | 'pay';
  status: number;
  code: string;
  message: string;
}

interface CheckoutPayJob {
  kind: 'checkoutPay';
  baseUrl: string;
  connections: number;
  /** Unrecorded iterations first (JIT, statement caches, connection set-up). */
  warmupSeconds: number;
  seconds: number;
  shoppers: Shopper[];
  suppliers: CatalogSupplier[];
}
interface HotSkuJob {
  kind: 'hotSku';
  baseUrl: string;
  connections: number;
  skuId: number;
  shoppers: Shopper[];
}
type Job = CheckoutPayJob | HotSkuJob;

interface CheckoutPayRaw {
  kind: 'checkoutPay';
  elapsedMs: number;
  iterations: number;
  pairMs: number[];
  checkoutMs: number[];
  payMs: number[];
  failures: Failure[];
  /** Over warm-up and measured run: quantities sold (paid) and still held (checkout made, payment failed). */
  soldBySku: Record<number, number>;
  heldBySku: Record<number, number>;
  warmupIterations: number;
}
interface HotSkuRaw {
  kind: 'hotSku';
  elapsedMs: number;
  successes: number;
  insufficient: number;
  successMs: number[];
  allMs: number[];
  failures: Failure[];
}
type RawResult = CheckoutPayRaw | HotSkuRaw;

/** A small deterministic generator (the demo data's), one stream per worker, so runs draw the same mix of carts. */
function mulberry32(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;

/**
 * Keep-alive connections for the load generator. node:http rather than fetch: in a profile of this benchmark,
 * fetch's stream machinery made the load generator's thread cost three quarters of the API's own CPU, on the
 * same two cores the API is measured on.
 */
const keepAlive = new Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP call with its body read completely. */
function call(baseUrl: string, path: string, token: string | null, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      baseUrl + path,
      {
        method: 'POST',
        agent: keepAlive,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function failureOf(step: Failure['step'], status: number, json: unknown): Failure {
  const error = (json as { error?: { code?: string; message?: string } } | null)?.error;
  return { step, status, code: error?.code ?? 'NONE', message: (error?.message ?? JSON.stringify(json) ?? '').slice(0, 200) };
}

function networkFailure(step: Failure['step'], error: unknown): Failure {
  return { step, status: 0, code: 'NETWORK', message: error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`.trim() : String(error) };
}

/** A cart of 1–3 lines from 1–2 suppliers, quantity 1–3 each. */
function cart(random: () => number, suppliers: CatalogSupplier[]): { skuId: number; quantity: number }[] {
  const lines = 1 + Math.floor(random() * 3);
  const supplierCount = lines >= 2 && random() < 0.5 ? 2 : 1;
  const first = Math.floor(random() * suppliers.length);
  const chosen = [suppliers[first]];
  if (supplierCount === 2) chosen.push(suppliers[(first + 1 + Math.floor(random() * (suppliers.length - 1))) % suppliers.length]);
  const picked = new Map<number, number>();
  for (let i = 0; i < lines; i++) {
    // Every chosen supplier gets at least one line; SKUs within a cart are distinct.
    const supplier = chosen[i < chosen.length ? i : Math.floor(random() * chosen.length)];
    const free = supplier.skuIds.filter((id) => !picked.has(id));
    picked.set(free[Math.floor(random() * free.length)], 1 + Math.floor(random() * 3));
  }
  return [...picked].map(([skuId, quantity]) => ({ skuId, quantity }));
}

async function runCheckoutPay(job: CheckoutPayJob, onMeasureStart: () => void): Promise<CheckoutPayRaw> {
  const raw: CheckoutPayRaw = {
    kind: 'checkoutPay',
    elapsedMs: 0,
    iterations: 0,
    pairMs: [],
    checkoutMs: [],
    payMs: [],
    failures: [],
    soldBySku: {},
    heldBySku: {},
    warmupIterations: 0,
  };
  const add = (into: Record<number, number>, items: { skuId: number; quantity: number }[]) => {
    for (const i of items) into[i.skuId] = (into[i.skuId] ?? 0) + i.quantity;
  };
  const phase = async (seconds: number, record: boolean): Promise<number> => {
    const start = process.hrtime.bigint();
    const stopAt = start + BigInt(Math.round(seconds * 1e9));
    const worker = async (index: number) => {
      const random = mulberry32(0x5eed + index * 7919 + (record ? 1 : 0));
      let n = 0;
      while (process.hrtime.bigint() < stopAt) {
        const shopper = job.shoppers[Math.floor(random() * job.shoppers.length)];
        const items = cart(random, job.suppliers);
        const key = `bench-${index}-${++n}-${randomUUID()}`;
        const t0 = process.hrtime.bigint();
        let checkout;
        try {
          checkout = await call(job.baseUrl, '/api/checkout', shopper.token, { items, address: SHIPPING_ADDRESS }, { 'Idempotency-Key': key });
        } catch (error) {
          raw.failures.push(networkFailure('checkout', error));
          continue;
        }
        const t1 = process.hrtime.bigint();
        if (checkout.status !== 201) {
          raw.failures.push(failureOf('checkout', checkout.status, checkout.json));
          continue;
        }
        const outTradeNo = (checkout.json as { payment: { outTradeNo: string } }).payment.outTradeNo;
        let pay;
        try {
          pay = await call(job.baseUrl, `/api/payments/dev/${outTradeNo}/complete`, null, { outcome: 'succeeded' });
        } catch (error) {
          raw.failures.push(networkFailure('pay', error));
          add(raw.heldBySku, items);
          continue;
        }
        const t2 = process.hrtime.bigint();
        if (pay.status !== 200) {
          raw.failures.push(failureOf('pay', pay.status, pay.json));
          add(raw.heldBySku, items);
          continue;
        }
        add(raw.soldBySku, items);
        if (record) {
          raw.iterations++;
          raw.checkoutMs.push(ms(t0, t1));
          raw.payMs.push(ms(t1, t2));
          raw.pairMs.push(ms(t0, t2));
        } else raw.warmupIterations++;
      }
    };
    await Promise.all(Array.from({ length: job.connections }, (_, i) => worker(i)));
    return ms(start, process.hrtime.bigint());
  };
  if (job.warmupSeconds > 0) await phase(job.warmupSeconds, false);
  onMeasureStart();
  raw.elapsedMs = await phase(job.seconds, true);
  return raw;
}

async function runHotSku(job: HotSkuJob): Promise<HotSkuRaw> {
  const raw: HotSkuRaw = { kind: 'hotSku', elapsedMs: 0, successes: 0, insufficient: 0, successMs: [], allMs: [], failures: [] };
  const start = process.hrtime.bigint();
  const worker = async (index: number) => {
    let n = 0;
    for (;;) {
      if (raw.failures.length > 100) return; // something else is wrong; do not spin
      const shopper = job.shoppers[(index + n * job.connections) % job.shoppers.length];
      const t0 = process.hrtime.bigint();
      let res;
      try {
        res = await call(job.baseUrl, '/api/checkout', shopper.token, { items: [{ skuId: job.skuId, quantity: 1 }], address: SHIPPING_ADDRESS }, {
          'Idempotency-Key': `hot-${index}-${++n}-${randomUUID()}`,
        });
      } catch (error) {
        raw.failures.push(networkFailure('checkout', error));
        continue;
      }
      const took = ms(t0, process.hrtime.bigint());
      raw.allMs.push(took);
      if (res.status === 201) {
        raw.successes++;
        raw.successMs.push(took);
        continue;
      }
      const failure = failureOf('checkout', res.status, res.json);
      if (res.status === 409 && failure.code === 'STOCK_INSUFFICIENT') {
        raw.insufficient++;
        return;
      }
      raw.failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: job.connections }, (_, i) => worker(i)));
  raw.elapsedMs = ms(start, process.hrtime.bigint());
  return raw;
}

function runJob(job: Job, onMeasureStart: () => void): Promise<RawResult> {
  if (job.kind === 'checkoutPay') return runCheckoutPay(job, onMeasureStart);
  onMeasureStart();
  return runHotSku(job);
}

type WorkerMessage = { type: 'measuring' } | { type: 'result'; result: RawResult };

if (!isMainThread) {
  runJob(workerData as Job, () => parentPort!.postMessage({ type: 'measuring' } satisfies WorkerMessage)).then(
    (result) => parentPort!.postMessage({ type: 'result', result } satisfies WorkerMessage),
    (error: unknown) => {
      throw error;
    },
  );
}

// ─── Main thread: the API, its set-up, the checks and the report ───

function option(name: string, fallback: string): string {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? given.slice(name.length + 3) : fallback;
}
const numberOption = (name: string, fallback: number) => {
  const value = Number(option(name, String(fallback)));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
  return value;
};

const log = (message: string) => process.stderr.write(`${message}\n`);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentiles(samples: number[]) {
  if (samples.length === 0) return { p50: null, p90: null, p99: null, max: null, mean: null };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
  return { p50: at(50), p90: at(90), p99: at(99), max: round(sorted[sorted.length - 1]), mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length) };
}

/** Groups failures as "step status code" → count, with a few messages to read. */
function summarize(failures: Failure[]) {
  const byKind: Record<string, number> = {};
  for (const f of failures) byKind[`${f.step} ${f.status} ${f.code}`] = (byKind[`${f.step} ${f.status} ${f.code}`] ?? 0) + 1;
  return { count: failures.length, byKind, samples: failures.slice(0, 5) };
}

/** CPU time in ms from /proc: the whole machine's busy time, and one process's (the database server's). */
const TICK_MS = 10; // USER_HZ is 100 on Linux
function machineBusyMs(): number | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait
    return (fields.slice(0, 8).reduce((a, b) => a + b, 0) - fields[3] - fields[4]) * TICK_MS;
  } catch {
    return null;
  }
}
function processCpuMsOf(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}
/** A MariaDB or MySQL server on this machine, whose CPU time the benchmark can read; null when there is none. */
function localDatabaseServerPid(): number | null {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
    }
  } catch {
    // not Linux, or /proc unreadable
  }
  return null;
}

interface Driven {
  raw: RawResult;
  apiEventLoopUtilization: number;
  processCpuMs: number;
  /** Busy CPU time of every core of the machine during the measured phase, and of a local database server. */
  machineBusyMs: number | null;
  databaseServerCpuMs: number | null;
}

/**
 * Runs a job in a worker thread (default) or on the API's own event loop (--client=inline), and measures how
 * busy the API's event loop was during the measured phase (1 = never idle: the API's JS thread is the limit),
 * and the CPU time the process, the machine and a local database server spent in it.
 */
async function drive(job: Job, client: string, databaseServerPid: number | null): Promise<Driven> {
  let mark: EventLoopUtilization | undefined;
  let cpuMark: NodeJS.CpuUsage | undefined;
  let machineMark: number | null = null;
  let serverMark: number | null = null;
  const onMeasureStart = () => {
    mark = performance.eventLoopUtilization();
    cpuMark = process.cpuUsage();
    machineMark = machineBusyMs();
    serverMark = processCpuMsOf(databaseServerPid);
  };
  const since = (now: number | null, then: number | null) => (now === null || then === null ? null : now - then);
  const finish = (raw: RawResult): Driven => {
    const cpu = process.cpuUsage(cpuMark);
    return {
      raw,
      apiEventLoopUtilization: mark ? round(performance.eventLoopUtilization(mark).utilization, 3) : NaN,
      processCpuMs: (cpu.user + cpu.system) / 1000,
      machineBusyMs: since(machineBusyMs(), machineMark),
      databaseServerCpuMs: since(processCpuMsOf(databaseServerPid), serverMark),
    };
  };
  if (client === 'inline') return finish(await runJob(job, onMeasureStart));
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'run.js'), { argv: [__filename], workerData: job });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'measuring') onMeasureStart();
      else resolve(finish(message.result));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load worker exited with ${code}`))));
  });
}

interface DbRun {
  kind: 'sqlite' | 'mysql';
  databaseUrl: string;
  dir: string;
  cleanup(): Promise<void>;
}

interface Options {
  seconds: number;
  connections: number;
  warmupSeconds: number;
  hotStock: number;
  shopperCount: number;
  client: string;
}

const TARGETS = { sqlite: 150, mysql: 300 } as const;
const P99_TARGET_MS = 250;
const STOCK_PER_SKU = 1_000_000;
const SUPPLIERS = 4;
const SKUS_PER_SUPPLIER = 5;

async function stockRow(db: Database, skuId: number) {
  const [row] = await db.manager.query('SELECT on_hand, reserved, available FROM stock_levels WHERE sku_id = ?', [skuId]);
  const [ledger] = await db.manager.query(
    'SELECT COALESCE(SUM(on_hand_delta), 0) AS on_hand, COALESCE(SUM(reserved_delta), 0) AS reserved, COUNT(*) AS n FROM stock_movements WHERE sku_id = ?',
    [skuId],
  );
  return {
    onHand: Number(row.on_hand),
    reserved: Number(row.reserved),
    available: Number(row.available),
    ledger: { onHand: Number(ledger.on_hand), reserved: Number(ledger.reserved), movements: Number(ledger.n) },
  };
}

/** Every stock level against its ledger, and nothing negative anywhere. */
async function ledgerMismatches(db: Database): Promise<unknown[]> {
  return db.manager.query(
    `SELECT l.sku_id, l.location_id, l.on_hand, l.reserved, l.available, COALESCE(m.on_hand, 0) AS ledger_on_hand, COALESCE(m.reserved, 0) AS ledger_reserved
       FROM stock_levels l
       LEFT JOIN (SELECT sku_id, location_id, SUM(on_hand_delta) AS on_hand, SUM(reserved_delta) AS reserved FROM stock_movements GROUP BY sku_id, location_id) m
         ON m.sku_id = l.sku_id AND m.location_id = l.location_id
      WHERE l.on_hand <> COALESCE(m.on_hand, 0) OR l.reserved <> COALESCE(m.reserved, 0)
         OR l.available <> l.on_hand - l.reserved OR l.on_hand < 0 OR l.reserved < 0 OR l.available < 0`,
  );
}

async function runOn(target: DbRun, opts: Options): Promise<{ result: Record<string, unknown>; problems: string[] }> {
  const { createApp } = await import('../../apps/api/src/bootstrap');
  const { loadConfig } = await import('../../apps/api/src/config/config');
  const { Database: DatabaseClass } = await import('../../apps/api/src/database/database');
  const { default: request } = await import('supertest');
  const { signIn } = await import('../support/test-app');
  const { seller, sellableSku } = await import('../support/orders');

  const problems: string[] = [];
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
      JOBS: 'false',
      DATABASE_URL: target.databaseUrl,
      DATA_DIR: target.dir,
      WEB_DIST_DIR: join(target.dir, 'web'),
      // The pool of shoppers and suppliers signs up from 127.0.0.1.
      REGISTRATIONS_PER_ADDRESS_PER_HOUR: '100000',
    },
    target.dir,
  );
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  let socketsOpened = 0;
  server.on('connection', () => socketsOpened++);
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = app.get(DatabaseClass);
  const t: TestApp = { app, http: request(server), config, db, close: () => app.close() };
  try {
    log(`[${target.kind}] set-up: staff, ${SUPPLIERS} certified suppliers × ${SKUS_PER_SUPPLIER} SKUs, ${opts.shopperCount} shoppers…`);
    const setupStart = Date.now();
    const staff = (await signIn(t, '13800000001', 'staff')).token;
    const suppliers: CatalogSupplier[] = [];
    for (let s = 0; s < SUPPLIERS; s++) {
      // Mixed shipping rules: some carts pay a fee, some ship free.
      const owner = await seller(t, staff, s % 2 === 0 ? { flatFeeFen: 800, freeOverFen: 9900 } : { flatFeeFen: 1000, freeOverFen: 30000 });
      const skuIds: number[] = [];
      for (let k = 0; k < SKUS_PER_SUPPLIER; k++) skuIds.push(await sellableSku(t, staff, owner, 1500 + 700 * k + 100 * s, STOCK_PER_SKU, `汉中特产 ${s + 1}-${k + 1}`));
      suppliers.push({ supplierId: owner.supplierId, skuIds });
    }
    const hotOwner = await seller(t, staff);
    const hotSkuId = await sellableSku(t, staff, hotOwner, 3900, opts.hotStock, '城固蜜桔 抢购');
    const shoppers: Shopper[] = [];
    for (let i = 0; i < opts.shopperCount; i += 10) {
      const batch = Array.from({ length: Math.min(10, opts.shopperCount - i) }, (_, j) => signIn(t, `135${String(process.pid % 1000).padStart(3, '0')}${String(i + j + 1).padStart(5, '0')}`));
      shoppers.push(...(await Promise.all(batch)));
    }
    log(`[${target.kind}] set-up done in ${((Date.now() - setupStart) / 1000).toFixed(1)} s`);

    // ── checkout + pay ──
    const allSkus = suppliers.flatMap((s) => s.skuIds);
    log(`[${target.kind}] checkout+pay: ${opts.connections} workers, ${opts.warmupSeconds} s warm-up + ${opts.seconds} s (client: ${opts.client})…`);
    const socketsBefore = socketsOpened;
    const loadBefore = loadavg()[0];
    // The database server's CPU is read only when it runs here and the run is against it.
    const databaseServerPid = target.kind === 'mysql' ? localDatabaseServerPid() : null;
    const cpDriven = await drive(
      { kind: 'checkoutPay', baseUrl, connections: opts.connections, warmupSeconds: opts.warmupSeconds, seconds: opts.seconds, shoppers, suppliers },
      opts.client,
      databaseServerPid,
    );
    const cp = cpDriven.raw as CheckoutPayRaw;
    const perCheckout = (ms: number | null) => (ms === null ? null : round(ms / Math.max(1, cp.iterations)));
    const checkoutsPerSec = cp.iterations / (cp.elapsedMs / 1000);
    const pair = percentiles(cp.pairMs);
    if (cp.failures.length) {
      problems.push(`checkoutPay: ${cp.failures.length} non-2xx or failed requests`);
      log(`[${target.kind}] checkout+pay failures:\n${cp.failures.slice(0, 20).map((f) => `  ${JSON.stringify(f)}`).join('\n')}`);
    }
    // Every SKU's counters: on hand = opening − paid quantities, reserved = held by checkouts left unpaid.
    const stockProblems: unknown[] = [];
    for (const skuId of allSkus) {
      const row = await stockRow(db, skuId);
      const sold = cp.soldBySku[skuId] ?? 0;
      const held = cp.heldBySku[skuId] ?? 0;
      if (row.onHand !== STOCK_PER_SKU - sold || row.reserved !== held || row.available !== STOCK_PER_SKU - sold - held) {
        stockProblems.push({ skuId, expected: { onHand: STOCK_PER_SKU - sold, reserved: held }, found: row });
      }
    }
    if (stockProblems.length) problems.push(`checkoutPay: counters of ${stockProblems.length} SKUs differ from what the client bought: ${JSON.stringify(stockProblems.slice(0, 3))}`);
    const [paidRow] = await db.manager.query("SELECT COUNT(*) AS n FROM payments WHERE status = 'succeeded'");
    const paidPayments = Number(paidRow.n);
    if (paidPayments !== cp.iterations + cp.warmupIterations) {
      problems.push(`checkoutPay: ${paidPayments} payments succeeded in the database, the client completed ${cp.iterations + cp.warmupIterations}`);
    }
    const checkoutPay = {
      connections: opts.connections,
      seconds: opts.seconds,
      warmupSeconds: opts.warmupSeconds,
      elapsedSeconds: round(cp.elapsedMs / 1000),
      iterations: cp.iterations,
      warmupIterations: cp.warmupIterations,
      checkoutsPerSec: round(checkoutsPerSec, 1),
      latencyMs: { checkoutAndPay: pair, checkout: percentiles(cp.checkoutMs), pay: percentiles(cp.payMs) },
      non2xx: summarize(cp.failures),
      socketsOpened: socketsOpened - socketsBefore,
      apiEventLoopUtilization: cpDriven.apiEventLoopUtilization,
      /** Busy time of the API's event loop per completed checkout+pay. */
      apiBusyMsPerCheckout: round((cpDriven.apiEventLoopUtilization * cp.elapsedMs) / Math.max(1, cp.iterations)),
      /** CPU of this whole process (API, SQLite, load generator; not a MySQL server) per completed checkout+pay. */
      processCpuMsPerCheckout: round(cpDriven.processCpuMs / Math.max(1, cp.iterations)),
      /** A local MySQL/MariaDB server's CPU per completed checkout+pay (null for SQLite or a remote server). */
      databaseServerCpuMsPerCheckout: perCheckout(cpDriven.databaseServerCpuMs),
      /** Busy CPU of the whole machine (every core, every process) per completed checkout+pay. */
      machineCpuMsPerCheckout: perCheckout(cpDriven.machineBusyMs),
      /** The rate at which this machine's cores would all be busy at that cost: no single process can beat it. */
      machineCpuCeilingPerSec: cpDriven.machineBusyMs ? round((cpus().length * 1000) / (cpDriven.machineBusyMs / Math.max(1, cp.iterations)), 1) : null,
      loadAverage1m: { before: round(loadBefore), after: round(loadavg()[0]) },
      verified: { paidPayments, skuCountersMatch: stockProblems.length === 0 },
      target: {
        checkoutsPerSec: TARGETS[target.kind],
        p99Ms: P99_TARGET_MS,
        throughputMet: checkoutsPerSec >= TARGETS[target.kind],
        p99MetOnPair: pair.p99 !== null && pair.p99 < P99_TARGET_MS,
        p99MetOnCheckout: (percentiles(cp.checkoutMs).p99 ?? Infinity) < P99_TARGET_MS,
        met: checkoutsPerSec >= TARGETS[target.kind] && pair.p99 !== null && pair.p99 < P99_TARGET_MS,
      },
    };
    log(`[${target.kind}] checkout+pay: ${checkoutPay.checkoutsPerSec}/s, pair p50 ${pair.p50} ms p99 ${pair.p99} ms, non-2xx ${cp.failures.length}`);

    // ── hot SKU ──
    log(`[${target.kind}] hot SKU: stock ${opts.hotStock}, ${opts.connections} workers buying 1 each until 409…`);
    const hotDriven = await drive({ kind: 'hotSku', baseUrl, connections: opts.connections, skuId: hotSkuId, shoppers }, opts.client, null);
    const hot = hotDriven.raw as HotSkuRaw;
    const hotStock = await stockRow(db, hotSkuId);
    const [lineRow] = await db.manager.query('SELECT COUNT(*) AS n, COALESCE(SUM(quantity), 0) AS q FROM order_lines WHERE sku_id = ?', [hotSkuId]);
    const hotChecks = {
      successesEqualStock: hot.successes === opts.hotStock,
      everyWorkerGot409: hot.insufficient === opts.connections,
      noOtherFailures: hot.failures.length === 0,
      availableZero: hotStock.available === 0,
      reservedEqualsStock: hotStock.reserved === opts.hotStock,
      onHandEqualsStock: hotStock.onHand === opts.hotStock,
      ledgerMatchesCounters: hotStock.ledger.onHand === hotStock.onHand && hotStock.ledger.reserved === hotStock.reserved,
      // the opening receipt plus one reservation per success
      ledgerRows: hotStock.ledger.movements === opts.hotStock + 1,
      orderLinesEqualStock: Number(lineRow.n) === opts.hotStock && Number(lineRow.q) === opts.hotStock,
    };
    for (const [check, ok] of Object.entries(hotChecks)) if (!ok) problems.push(`hotSku: ${check} failed`);
    if (hot.failures.length) log(`[${target.kind}] hot SKU unexpected answers:\n${hot.failures.slice(0, 20).map((f) => `  ${JSON.stringify(f)}`).join('\n')}`);
    const hotSku = {
      stock: opts.hotStock,
      connections: opts.connections,
      successes: hot.successes,
      stockInsufficient409: hot.insufficient,
      otherFailures: summarize(hot.failures),
      elapsedSeconds: round(hot.elapsedMs / 1000, 3),
      successesPerSec: round(hot.successes / (hot.elapsedMs / 1000), 1),
      latencyMs: { success: percentiles(hot.successMs), all: percentiles(hot.allMs) },
      apiEventLoopUtilization: hotDriven.apiEventLoopUtilization,
      database: hotStock,
      checks: hotChecks,
      ok: Object.values(hotChecks).every(Boolean),
    };
    log(`[${target.kind}] hot SKU: ${hot.successes} sold of ${opts.hotStock}, ${hot.insufficient} × 409, ${hotSku.successesPerSec}/s, ok=${hotSku.ok}`);

    const mismatches = await ledgerMismatches(db);
    if (mismatches.length) problems.push(`ledger: ${mismatches.length} stock levels differ from their ledger or are negative: ${JSON.stringify(mismatches.slice(0, 3))}`);
    return { result: { checkoutPay, hotSku, ledgerMismatches: mismatches.length, ok: problems.length === 0, problems }, problems };
  } finally {
    await app.close();
  }
}

async function sqliteTarget(): Promise<DbRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-bench-'));
  return { kind: 'sqlite', dir, databaseUrl: `sqlite:${join(dir, 'bench.sqlite')}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database on the MySQL server, or the reason the server cannot be used. */
async function mysqlTarget(server: string): Promise<DbRun | { skipped: string }> {
  const { createConnection } = await import('mysql2/promise');
  try {
    const connection = await createConnection({ uri: server, connectTimeout: 3000 });
    await connection.end();
  } catch (error) {
    return { skipped: `${server} is unreachable: ${error instanceof Error ? error.message || (error as { code?: string }).code : String(error)}` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-bench-'));
  const name = `bangfu_bench_${process.pid}_${Date.now() % 1_000_000}`;
  return {
    kind: 'mysql',
    dir,
    databaseUrl: `${server.replace(/\/$/, '')}/${name}`,
    cleanup: async () => {
      const connection = await createConnection({ uri: server });
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const which = option('db', 'both');
  if (!['sqlite', 'mysql', 'both'].includes(which)) throw new Error('--db must be sqlite, mysql or both');
  const client = option('client', 'thread');
  if (!['thread', 'inline'].includes(client)) throw new Error('--client must be thread or inline');
  const opts: Options = {
    seconds: numberOption('seconds', 15),
    connections: Math.max(1, Math.floor(numberOption('connections', 10))),
    warmupSeconds: numberOption('warmup', 2),
    hotStock: Math.max(1, Math.floor(numberOption('hot-stock', 500))),
    shopperCount: Math.max(1, Math.floor(numberOption('shoppers', 50))),
    client,
  };
  const mysqlServer = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const output: Record<string, unknown> = {};
  const problems: string[] = [];

  for (const kind of ['sqlite', 'mysql'] as const) {
    if (which !== 'both' && which !== kind) continue;
    const target = kind === 'sqlite' ? await sqliteTarget() : await mysqlTarget(mysqlServer);
    if ('skipped' in target) {
      log(`[mysql] SKIPPED — ${target.skipped}`);
      output.mysql = { skipped: true, reason: target.skipped };
      continue;
    }
    try {
      const run = await runOn(target, opts);
      output[kind] = run.result;
      problems.push(...run.problems.map((p) => `${kind}: ${p}`));
    } finally {
      await target.cleanup();
    }
  }
  output.machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverage: loadavg().map((l) => round(l)), client: opts.client === 'thread' ? 'worker thread' : 'same event loop as the API' };
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  if (problems.length) {
    log(`FAILED:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  // Handles such as undici's keep-alive sockets may linger; the report is out.
  process.exit(0);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
