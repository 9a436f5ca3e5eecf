import type { CheckoutResponse, PaymentView } from '@bangfu/contracts';
import request from 'supertest';
import type { Database } from '../../apps/api/src/database/database';
import { checkout, payDev, seller, sellableSku, shopper } from '../support/orders';
import { connectDatabase, describeExit, killAllServers, scratchDatabase, startServer, type ScratchDatabase, type ServerExit, type ServerProcess } from '../support/server-process';
import { signIn, TEST_DB, type TestApp } from '../support/test-app';
import { Random } from '../../apps/api/src/demo/random';

/**
 * A power cut in the middle of a checkout burst: the real API runs as a child process, eight clients check out
 * and pay, the process is SIGKILLed at a seeded random moment, and on restart every answer the clients got must
 * still be true and the books must balance. CRASH_SEED replays a run; CRASH_RUNS changes how many.
 */

const RUNS = Number(process.env.CRASH_RUNS ?? (TEST_DB === 'mysql' ? 2 : 3));
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
/** No new run starts if it would probably end past this, so the file stays within CI's patience. */
const BUDGET_MS = 80_000;
const CLIENTS = 8;
/** How long after the first answered checkout the process dies: some hundreds of ms into the burst. */
const KILL_AFTER_MS = { min: 150, max: 900 };
const PAY_SHARE = 0.5;
/** Share of checkouts sent twice at once with one key, as a client retrying on a timeout would. */
const DUPLICATE_SHARE = 0.1;

interface Item {
  skuId: number;
  quantity: number;
}
interface Buyer {
  token: string;
  userId: number;
}
interface Attempt {
  key: string;
  buyer: Buyer;
  items: Item[];
}
interface AnsweredCheckout extends Attempt {
  response: CheckoutResponse;
}
/** What the clients were told before the kill, and what they were left waiting for. */
interface Tally {
  answered: Map<string, AnsweredCheckout>;
  refused: Attempt[];
  lostCheckouts: Map<string, Attempt>;
  paid: Map<string, PaymentView>;
  lostPayments: Map<string, AnsweredCheckout>;
  problems: string[];
  inFlightAtKill: number;
}

/** A seeded stream in [0, 1), the demo data's generator: the same seed picks the same carts and moments. */
function prng(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

const n = (v: unknown) => Number(v ?? 0);
const same = (a: number[], b: number[]) => a.length === b.length && [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i]);
const brief = (body: unknown) => JSON.stringify(body).slice(0, 300);

/** The helpers in support/ need only `http` and `db` of a TestApp; the app itself lives in another process. */
function remote(server: ServerProcess, db: Database): TestApp {
  return { http: request(server.url), db } as Pick<TestApp, 'http' | 'db'> as TestApp;
}

interface World {
  skus: { skuId: number; stock: number }[];
  buyers: Buyer[];
}

/** Two certified suppliers with three SKUs each (one scarce, so some carts are refused) and a shopper per client. */
async function prepare(t: TestApp): Promise<World> {
  const staff = (await signIn(t, '13700000009', 'staff')).token;
  const farms = [await seller(t, staff, { flatFeeFen: 800, freeOverFen: 9900 }), await seller(t, staff, { flatFeeFen: 1000, freeOverFen: 30000 })];
  const skus: World['skus'] = [];
  for (const [f, farm] of farms.entries()) {
    for (let k = 0; k < 3; k++) {
      const stock = f === 1 && k === 2 ? 6 : 150;
      skus.push({ skuId: await sellableSku(t, staff, farm, 1500 + 700 * k + 300 * f, stock, `汉中特产 ${f + 1}-${k + 1}`), stock });
    }
  }
  const buyers = await Promise.all(Array.from({ length: CLIENTS }, () => shopper(t)));
  return { skus, buyers };
}

/** 1–3 distinct SKUs (so across one or both suppliers), 1–3 of each. */
function cart(rnd: () => number, world: World): Item[] {
  const choices = world.skus.map((s) => s.skuId);
  const lines = 1 + Math.floor(rnd() * 3);
  const items: Item[] = [];
  for (let i = 0; i < lines; i++) {
    const [skuId] = choices.splice(Math.floor(rnd() * choices.length), 1);
    items.push({ skuId, quantity: 1 + Math.floor(rnd() * 3) });
  }
  return items;
}

type Sent = { ok: true; status: number; body: unknown; replayed: boolean } | { ok: false; error: string };

async function send(call: () => PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>): Promise<Sent> {
  try {
    const res = await call();
    return { ok: true, status: res.status, body: res.body, replayed: res.headers['idempotent-replayed'] === 'true' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The burst: CLIENTS loops of checkout (sometimes twice at once with one key) and, for half of them, payment,
 * until the server dies. The kill is scheduled from the first answered checkout, so it always lands mid-burst.
 */
async function burst(server: ServerProcess, world: World, rnd: () => number, seed: string): Promise<Tally> {
  const tally: Tally = { answered: new Map(), refused: [], lostCheckouts: new Map(), paid: new Map(), lostPayments: new Map(), problems: [], inFlightAtKill: 0 };
  const http = request(server.url);
  const t = { http } as Pick<TestApp, 'http'> as TestApp;
  let killed = false;
  let inFlight = 0;
  let died: ServerExit | null = null;
  void server.exited.then((exit) => (died = exit));
  let killing: Promise<ServerExit> | null = null;
  const killAfter = KILL_AFTER_MS.min + Math.floor(rnd() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
  const scheduleKill = (ms: number) => {
    if (killing) return;
    killing = new Promise((resolve) =>
      setTimeout(() => {
        if (died) tally.problems.push(`the API died by itself before the kill (${describeExit(died)})`);
        killed = true;
        tally.inFlightAtKill = inFlight;
        resolve(server.kill());
      }, ms),
    );
  };
  // If nothing is ever answered the run is void; kill anyway so the clients stop.
  const fallback = setTimeout(() => scheduleKill(0), 30_000);

  const tracked = async <R>(work: () => Promise<R>): Promise<R> => {
    inFlight++;
    try {
      return await work();
    } finally {
      inFlight--;
    }
  };

  const client = async (c: number) => {
    const rand = prng(Math.floor(rnd() * 2 ** 32));
    const buyer = world.buyers[c];
    for (let i = 0; !killed; i++) {
      const attempt: Attempt = { key: `crash-${seed}-c${c}-${i}`, buyer, items: cart(rand, world) };
      const copies = rand() < DUPLICATE_SHARE ? 2 : 1;
      const results = await Promise.all(
        Array.from({ length: copies }, () => tracked(() => send(() => checkout(t, buyer.token, attempt.items, attempt.key)))),
      );
      const answers = results.filter((r): r is Extract<Sent, { ok: true }> => r.ok);
      const created = answers.filter((r) => r.status === 201 || (r.status === 200 && r.replayed));
      if (answers.filter((r) => r.status === 201).length > 1) tally.problems.push(`key ${attempt.key} was answered 201 twice`);
      if (created.length) {
        const response = created[0].body as CheckoutResponse;
        if (created.some((r) => (r.body as CheckoutResponse).checkoutId !== response.checkoutId)) {
          tally.problems.push(`key ${attempt.key} answered with two checkouts: ${created.map((r) => brief(r.body)).join(' / ')}`);
        }
        const answered = { ...attempt, response };
        tally.answered.set(attempt.key, answered);
        if (!killed && rand() < PAY_SHARE) {
          const paid = await tracked(() => send(() => payDev(t, response.payment)));
          if (paid.ok && paid.status === 200) tally.paid.set(response.payment.outTradeNo, paid.body as PaymentView);
          else if (paid.ok) tally.problems.push(`paying ${response.payment.outTradeNo} answered ${paid.status} ${brief(paid.body)}`);
          else if (killed) tally.lostPayments.set(response.payment.outTradeNo, answered);
          else tally.problems.push(`paying ${response.payment.outTradeNo} failed before the kill: ${paid.error}`);
        }
      } else if (answers.length && answers.every((r) => r.status === 409 && (r.body as { error?: { code?: string } }).error?.code === 'STOCK_INSUFFICIENT')) {
        if (answers.length === results.length) tally.refused.push(attempt);
        else tally.lostCheckouts.set(attempt.key, attempt);
      } else if (answers.length) {
        tally.problems.push(`checkout ${attempt.key} answered ${answers.map((r) => `${r.status} ${brief(r.body)}`).join(' / ')}`);
      } else if (killed) {
        tally.lostCheckouts.set(attempt.key, attempt);
      } else {
        tally.problems.push(`checkout ${attempt.key} failed before the kill: ${results.map((r) => (r.ok ? r.status : r.error)).join(' / ')}`);
        return;
      }
      if (created.length) scheduleKill(killAfter);
    }
  };

  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  clearTimeout(fallback);
  const exit = await (killing ?? server.kill());
  if (exit.signal !== 'SIGKILL') tally.problems.push(`the API ended with ${describeExit(exit)}, not by the kill`);
  if (tally.answered.size === 0) tally.problems.push('no checkout was answered before the kill: the run tested nothing');
  return tally;
}

interface Books {
  answered: AnsweredCheckout[];
  paid: string[];
  refused: Attempt[];
  initialStock: Map<number, number>;
}

/** Everything that must hold after a crash, read straight from the database; returns what does not. */
async function audit(db: Database, books: Books): Promise<string[]> {
  const q = (sql: string, params: unknown[] = []) => db.manager.query(sql, params) as Promise<Record<string, unknown>[]>;
  const problems: string[] = [];
  const levels = await q('SELECT sku_id, location_id, on_hand, reserved, available FROM stock_levels');
  const ledger = await q('SELECT sku_id, location_id, kind, SUM(on_hand_delta) AS on_hand, SUM(reserved_delta) AS reserved FROM stock_movements GROUP BY sku_id, location_id, kind');
  const checkouts = await q('SELECT id, user_id, idempotency_key, total_fen FROM checkouts');
  const orders = await q('SELECT id, checkout_id, supplier_id, status, items_fen, shipping_fen, total_fen FROM orders');
  const lines = await q('SELECT order_id, sku_id, location_id, quantity, unit_price_fen, line_total_fen FROM order_lines');
  const payments = await q('SELECT id, checkout_id, out_trade_no, status, amount_fen FROM payments');
  const transitions = await q('SELECT order_id, from_status, to_status FROM order_transitions ORDER BY id');
  const events = await q("SELECT payment_id, COUNT(*) AS n FROM payment_events WHERE verdict LIKE 'succeeded%' GROUP BY payment_id");

  const place = (sku: unknown, location: unknown) => `${n(sku)}@${n(location)}`;
  const orderById = new Map(orders.map((o) => [n(o.id), o]));
  const ordersOf = (checkoutId: number) => orders.filter((o) => n(o.checkout_id) === checkoutId);
  const linesOf = (orderId: number) => lines.filter((l) => n(l.order_id) === orderId);
  const paymentOf = (checkoutId: number) => payments.filter((p) => n(p.checkout_id) === checkoutId);

  // Stock: counters = Σ ledger, available = on_hand − reserved, nothing negative, and the ledger agrees with
  // the orders: reserved = lines of unpaid orders, sold = lines of paid orders, received = the opening stock.
  const byKind = new Map<string, Map<string, { onHand: number; reserved: number }>>();
  for (const row of ledger) {
    const key = place(row.sku_id, row.location_id);
    const kinds = byKind.get(key) ?? new Map();
    kinds.set(String(row.kind), { onHand: n(row.on_hand), reserved: n(row.reserved) });
    byKind.set(key, kinds);
  }
  const held = new Map<string, { pending: number; paid: number; all: number }>();
  for (const line of lines) {
    const key = place(line.sku_id, line.location_id);
    const status = String(orderById.get(n(line.order_id))?.status);
    const h = held.get(key) ?? { pending: 0, paid: 0, all: 0 };
    h.all += n(line.quantity);
    if (status === 'pending_payment') h.pending += n(line.quantity);
    if (status === 'paid') h.paid += n(line.quantity);
    held.set(key, h);
  }
  for (const level of levels) {
    const key = place(level.sku_id, level.location_id);
    const [onHand, reserved, available] = [n(level.on_hand), n(level.reserved), n(level.available)];
    const kinds = byKind.get(key) ?? new Map<string, { onHand: number; reserved: number }>();
    byKind.delete(key);
    const sum = [...kinds.values()].reduce((s, k) => ({ onHand: s.onHand + k.onHand, reserved: s.reserved + k.reserved }), { onHand: 0, reserved: 0 });
    const h = held.get(key) ?? { pending: 0, paid: 0, all: 0 };
    const kind = (name: string) => kinds.get(name) ?? { onHand: 0, reserved: 0 };
    const opening = books.initialStock.get(n(level.sku_id));
    if (sum.onHand !== onHand || sum.reserved !== reserved) problems.push(`stock ${key}: counters on_hand ${onHand} reserved ${reserved}, ledger ${sum.onHand} / ${sum.reserved}`);
    if (available !== onHand - reserved) problems.push(`stock ${key}: available ${available} ≠ on_hand ${onHand} − reserved ${reserved}`);
    if (onHand < 0 || reserved < 0 || available < 0) problems.push(`stock ${key}: negative counters ${onHand} / ${reserved} / ${available}`);
    if (reserved !== h.pending) problems.push(`stock ${key}: reserved ${reserved}, but unpaid orders hold ${h.pending}`);
    if (kind('reservation').reserved !== h.all) problems.push(`stock ${key}: ledger reserved ${kind('reservation').reserved} for orders whose lines hold ${h.all}`);
    if (-kind('sale').onHand !== h.paid || -kind('sale').reserved !== h.paid) problems.push(`stock ${key}: ledger sold ${-kind('sale').onHand}, paid orders hold ${h.paid}`);
    if (opening !== undefined && kind('receipt').onHand !== opening) problems.push(`stock ${key}: ledger received ${kind('receipt').onHand}, opening stock was ${opening}`);
    for (const other of kinds.keys()) if (!['receipt', 'reservation', 'sale'].includes(other)) problems.push(`stock ${key}: unexpected ledger kind ${other} in a burst without cancels`);
  }
  for (const key of byKind.keys()) problems.push(`ledger rows for ${key}, which has no stock level`);

  // No half-written checkout: orders, lines, one payment, totals that add up, statuses that follow the payment.
  for (const c of checkouts) {
    const id = n(c.id);
    const its = ordersOf(id);
    const pays = paymentOf(id);
    if (its.length === 0) problems.push(`checkout ${id} has no orders`);
    if (pays.length !== 1) problems.push(`checkout ${id} has ${pays.length} payments`);
    const total = its.reduce((s, o) => s + n(o.total_fen), 0);
    if (total !== n(c.total_fen)) problems.push(`checkout ${id}: total ${n(c.total_fen)}, its orders ${total}`);
    if (pays[0] && n(pays[0].amount_fen) !== n(c.total_fen)) problems.push(`checkout ${id}: total ${n(c.total_fen)}, payment ${n(pays[0].amount_fen)}`);
    if (new Set(its.map((o) => n(o.supplier_id))).size !== its.length) problems.push(`checkout ${id}: two orders for one supplier`);
    const expected = pays[0]?.status === 'succeeded' ? 'paid' : 'pending_payment';
    for (const o of its) if (o.status !== expected) problems.push(`order ${n(o.id)} is ${String(o.status)} while its payment is ${String(pays[0]?.status)}`);
  }
  const checkoutIds = new Set(checkouts.map((c) => n(c.id)));
  for (const o of orders) {
    const id = n(o.id);
    const its = linesOf(id);
    if (!checkoutIds.has(n(o.checkout_id))) problems.push(`order ${id} belongs to no checkout`);
    if (its.length === 0) problems.push(`order ${id} has no lines`);
    const items = its.reduce((s, l) => s + n(l.line_total_fen), 0);
    if (items !== n(o.items_fen) || n(o.items_fen) + n(o.shipping_fen) !== n(o.total_fen)) problems.push(`order ${id}: items ${n(o.items_fen)} + shipping ${n(o.shipping_fen)} ≠ total ${n(o.total_fen)}, lines ${items}`);
    for (const l of its) if (n(l.unit_price_fen) * n(l.quantity) !== n(l.line_total_fen)) problems.push(`order ${id}: a line of ${n(l.quantity)} × ${n(l.unit_price_fen)} totals ${n(l.line_total_fen)}`);
    const steps = transitions.filter((s) => n(s.order_id) === id);
    if (steps[0]?.from_status !== null || steps[0]?.to_status !== 'pending_payment') problems.push(`order ${id}: timeline does not start with its placing: ${brief(steps[0])}`);
    if (steps.at(-1)?.to_status !== o.status) problems.push(`order ${id} is ${String(o.status)}, its timeline ends at ${String(steps.at(-1)?.to_status)}`);
  }
  const succeededOnce = new Map(events.map((e) => [n(e.payment_id), n(e.n)]));
  for (const p of payments) {
    if (!checkoutIds.has(n(p.checkout_id))) problems.push(`payment ${String(p.out_trade_no)} belongs to no checkout`);
    const times = succeededOnce.get(n(p.id)) ?? 0;
    if ((p.status === 'succeeded') !== (times === 1)) problems.push(`payment ${String(p.out_trade_no)} is ${String(p.status)} with ${times} 'succeeded' events`);
  }

  // Every answer a client got is still true.
  for (const a of books.answered) {
    const id = a.response.checkoutId;
    const c = checkouts.find((row) => n(row.id) === id);
    if (!c) {
      problems.push(`answered checkout ${id} (key ${a.key}) is gone`);
      continue;
    }
    if (n(c.user_id) !== a.buyer.userId || c.idempotency_key !== a.key) problems.push(`answered checkout ${id} is someone else's: ${brief(c)}`);
    const its = ordersOf(id);
    if (!same(its.map((o) => n(o.id)), a.response.orders.map((o) => o.id))) problems.push(`answered checkout ${id}: orders ${a.response.orders.map((o) => o.id)}, found ${its.map((o) => n(o.id))}`);
    for (const o of a.response.orders) {
      const row = orderById.get(o.id);
      if (row && (n(row.total_fen) !== o.totalFen || n(row.supplier_id) !== o.supplierId)) problems.push(`answered order ${o.id}: answered ${brief(o)}, found ${brief(row)}`);
    }
    const bought = new Map<number, number>();
    for (const o of its) for (const l of linesOf(n(o.id))) bought.set(n(l.sku_id), (bought.get(n(l.sku_id)) ?? 0) + n(l.quantity));
    const asked = new Map(a.items.map((i) => [i.skuId, i.quantity]));
    if (bought.size !== asked.size || [...asked].some(([sku, qty]) => bought.get(sku) !== qty)) problems.push(`answered checkout ${id}: asked ${brief([...asked])}, lines ${brief([...bought])}`);
    const p = paymentOf(id)[0];
    if (p && (p.out_trade_no !== a.response.payment.outTradeNo || n(p.amount_fen) !== a.response.totalFen)) problems.push(`answered checkout ${id}: payment ${brief(a.response.payment)}, found ${brief(p)}`);
  }
  for (const outTradeNo of books.paid) {
    const p = payments.find((row) => row.out_trade_no === outTradeNo);
    if (p?.status !== 'succeeded') problems.push(`answered payment ${outTradeNo} is ${String(p?.status ?? 'gone')}`);
    for (const o of p ? ordersOf(n(p.checkout_id)) : []) if (o.status !== 'paid') problems.push(`order ${n(o.id)} of answered payment ${outTradeNo} is ${String(o.status)}`);
  }
  for (const r of books.refused) {
    if (checkouts.some((c) => c.idempotency_key === r.key && n(c.user_id) === r.buyer.userId)) problems.push(`refused checkout ${r.key} left a checkout behind`);
  }
  return problems;
}

/** After the restart: an answered key answers the same again; a lost request retried is bought at most once. */
async function replayAndRetry(server: ServerProcess, tally: Tally): Promise<{ problems: string[]; recovered: number }> {
  const t = { http: request(server.url) } as Pick<TestApp, 'http'> as TestApp;
  const problems: string[] = [];
  let recovered = 0;
  await pool([...tally.answered.values()], 4, async (a) => {
    const res = await checkout(t, a.buyer.token, a.items, a.key);
    const body = res.body as CheckoutResponse;
    const first = a.response;
    const paid = tally.paid.has(first.payment.outTradeNo);
    if (res.status !== 200 || res.headers['idempotent-replayed'] !== 'true') {
      problems.push(`replay of ${a.key} answered ${res.status} (replayed: ${res.headers['idempotent-replayed']}) ${brief(res.body)}`);
    } else if (
      body.checkoutId !== first.checkoutId ||
      body.totalFen !== first.totalFen ||
      !same(body.orders.map((o) => o.id), first.orders.map((o) => o.id)) ||
      body.orders.some((o) => o.totalFen !== first.orders.find((f) => f.id === o.id)?.totalFen || (paid && o.status !== 'paid')) ||
      body.payment.outTradeNo !== first.payment.outTradeNo ||
      body.payment.amountFen !== first.payment.amountFen ||
      body.payment.expiresAt !== first.payment.expiresAt
    ) {
      problems.push(`replay of ${a.key} differs from the first answer: ${brief(first)} then ${brief(body)}`);
    }
  });
  await pool([...tally.lostCheckouts.values()], 4, async (lost) => {
    const res = await checkout(t, lost.buyer.token, lost.items, lost.key);
    if (res.status === 200 && res.headers['idempotent-replayed'] === 'true') recovered++;
    if (res.status === 200 || res.status === 201) tally.answered.set(lost.key, { ...lost, response: res.body as CheckoutResponse });
    else if (res.status !== 409 || res.body?.error?.code !== 'STOCK_INSUFFICIENT') problems.push(`retry of lost checkout ${lost.key} answered ${res.status} ${brief(res.body)}`);
  });
  await pool([...tally.lostPayments.values()], 4, async (lost) => {
    const res = await payDev(t, lost.response.payment);
    if (res.status === 200 && res.body.status === 'succeeded') tally.paid.set(lost.response.payment.outTradeNo, res.body as PaymentView);
    else problems.push(`retry of lost payment ${lost.response.payment.outTradeNo} answered ${res.status} ${brief(res.body)}`);
  });
  return { problems, recovered };
}

describe('crash during a checkout burst', () => {
  const scratches: ScratchDatabase[] = [];
  afterEach(() => killAllServers());
  afterAll(async () => {
    await killAllServers();
    if (!process.env.CRASH_KEEP) for (const s of scratches) await s.discard();
  });

  it(`keeps every answer and balanced books across kill -9 (${TEST_DB})`, async () => {
    const started = Date.now();
    const totals = { runs: 0, checkouts: 0, payments: 0, lost: 0, recovered: 0, inFlight: 0 };
    let slowest = 0;
    for (let run = 1; run <= RUNS; run++) {
      if (run > 1 && Date.now() - started + slowest > BUDGET_MS) break;
      const runStarted = Date.now();
      const rnd = prng(SEED * 31 + run);
      const scratch = scratchDatabase();
      scratches.push(scratch);
      const servers: ServerProcess[] = [];
      const fail = (what: string, problems: string[]) => {
        const shown = problems.slice(0, 40).map((p) => `  - ${p}`);
        if (problems.length > 40) shown.push(`  … and ${problems.length - 40} more`);
        const logs = servers.map((s, i) => `--- server ${i + 1} (pid ${s.pid}) output ---\n${s.output() || '(nothing)'}`);
        return new Error(
          `crash run ${run} on ${TEST_DB} (CRASH_SEED=${SEED}, ${scratch.config.kind === 'sqlite' ? `file ${scratch.config.file}` : `schema ${scratch.dbName}`}, kept with CRASH_KEEP=1): ${what}\n${shown.join('\n')}\n${logs.join('\n')}`,
        );
      };
      try {
        servers.push(await startServer(scratch));
        let db = await connectDatabase(scratch.config);
        const world = await prepare(remote(servers[0], db));
        // Closed before the kill: the restarted server must recover the database on its own.
        await db.dataSource.destroy();

        const tally = await burst(servers[0], world, rnd, `${SEED}-${run}`);
        if (tally.problems.length) throw fail('the burst went wrong', tally.problems);

        servers.push(await startServer(scratch));
        db = await connectDatabase(scratch.config);
        try {
          const books = (): Books => ({
            answered: [...tally.answered.values()],
            paid: [...tally.paid.keys()],
            refused: tally.refused,
            initialStock: new Map(world.skus.map((s) => [s.skuId, s.stock])),
          });
          totals.checkouts += tally.answered.size;
          totals.payments += tally.paid.size;
          totals.lost += tally.lostCheckouts.size + tally.lostPayments.size;
          totals.inFlight += tally.inFlightAtKill;
          const afterCrash = await audit(db, books());
          if (afterCrash.length) throw fail('the database disagrees with the answers after the restart', afterCrash);
          const retried = await replayAndRetry(servers[1], tally);
          totals.recovered += retried.recovered;
          const afterRetry = [...retried.problems, ...(await audit(db, books()))];
          if (afterRetry.length) throw fail('replays and retries after the restart went wrong', afterRetry);
        } finally {
          await db.dataSource.destroy();
        }
        const exit = await servers[1].stop();
        if (exit.signal !== null && exit.signal !== 'SIGTERM' && exit.code !== 0) throw fail(`the restarted API ended with ${describeExit(exit)}`, []);
        totals.runs++;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('crash run')) throw error;
        throw fail(error instanceof Error ? (error.stack ?? error.message) : String(error), []);
      } finally {
        await killAllServers();
      }
      slowest = Math.max(slowest, Date.now() - runStarted);
    }
    expect(totals.runs).toBeGreaterThan(0);
    process.stdout.write(
      `crash: ${totals.runs} runs, ${totals.checkouts} checkouts answered, ${totals.payments} payments answered, all consistent ` +
        `(${TEST_DB}, CRASH_SEED=${SEED}; ${totals.inFlight} requests in flight at the kills, ${totals.lost} lost answers retried, ${totals.recovered} of them had committed; ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  }, 175_000);
});
