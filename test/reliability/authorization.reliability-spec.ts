import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer';
import { auth } from '../support/certification';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';
import { ACTORS, buildTarget, buildWorld, databaseFingerprint, PNG, type Actor, type Target, type World } from './authorization-fixtures';
import { AUTHORIZATION_MATRIX, type RouteCase } from './authorization-matrix';
import { fetchOpenApi, operations } from './openapi';

/** A refusal: the caller learns nothing and changes nothing. */
const isRefusal = (status: number) => status === 401 || status === 403 || status === 404;

const ROUTES = Object.keys(AUTHORIZATION_MATRIX);

function fillPath(route: string, target: Target): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = target.params[name];
    if (value === undefined) throw new Error(`${route}: its target gives no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

/** A JSON body no route's schema accepts: every schema is an object, this is an array. */
const INVALID_BODY = [{ invalid: true }];

function send(w: World, key: string, row: RouteCase, actor: Actor, target: Target, invalidBody = false): Promise<Response> {
  const [method, template] = key.split(' ');
  const path = fillPath(template, target);
  const ctx = { w, target };
  const base = { GET: () => w.t.http.get(path), POST: () => w.t.http.post(path), PUT: () => w.t.http.put(path), PATCH: () => w.t.http.patch(path), DELETE: () => w.t.http.delete(path) }[method];
  if (!base) throw new Error(`${key}: no client for ${method}`);
  // Checkout needs an Idempotency-Key; a fresh one on every request makes no other route answer differently.
  let req = base().set('Idempotency-Key', randomUUID());
  if (actor !== 'anonymous') req = req.set(auth(w.tokens[actor]));
  const query = typeof row.query === 'function' ? row.query(ctx) : row.query;
  if (query) req = req.query(query);
  if (row.multipart) {
    for (const [field, value] of Object.entries(row.multipart)) req = req.field(field, value);
    return req.attach('file', PNG, 'matrix.png');
  }
  if (row.form) return req.type('form').send(row.form);
  if (invalidBody) return req.send(INVALID_BODY);
  const body = typeof row.body === 'function' ? row.body(ctx) : row.body;
  return body === undefined ? req : req.send(body);
}

const describeAnswer = (res: Response) => `${res.status} ${(res.body as { error?: { code?: string; message?: string } })?.error?.code ?? ''} ${(res.body as { error?: { message?: string } })?.error?.message ?? ''}`.trim();

describe(`authorization matrix on ${TEST_DB}`, () => {
  let t: TestApp;
  let w: World;
  let documented: string[];
  let cells = 0;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    documented = operations(await fetchOpenApi(t)).map((op) => op.key);
  }, 120_000);

  afterAll(async () => {
    console.log(`authorization matrix: ${ROUTES.length} routes × ${ACTORS.length} roles = ${ROUTES.length * ACTORS.length} cells (${cells} run)`);
    await t?.close();
  });

  it('has a row for every operation of the OpenAPI document', () => {
    expect(documented.filter((key) => !(key in AUTHORIZATION_MATRIX))).toEqual([]);
  });

  it('has no row for an operation that no longer exists, and lists undocumented routes only when they really are undocumented', () => {
    expect(ROUTES.filter((key) => !AUTHORIZATION_MATRIX[key].notInOpenApi && !documented.includes(key))).toEqual([]);
    expect(ROUTES.filter((key) => AUTHORIZATION_MATRIX[key].notInOpenApi && documented.includes(key))).toEqual([]);
  });

  it.each(ROUTES)('%s', async (key) => {
    const row = AUTHORIZATION_MATRIX[key];
    const refused = ACTORS.filter((actor) => isRefusal(row.expect[actor]));
    const allowed = ACTORS.filter((actor) => !isRefusal(row.expect[actor]));
    const answers = {} as Record<Actor, Response>;

    const shared = await buildTarget(w, row.target);
    // Fixture steps write outbox events; the indexer marks them applied on a timer, which must not land between the snapshots.
    await t.app.get(SearchIndexer).syncNow();
    const before = await databaseFingerprint(t);
    for (const actor of refused) answers[actor] = await send(w, key, row, actor, shared);
    const after = await databaseFingerprint(t);

    // A success may use its target up (an approved application cannot be approved again), so every allowed
    // caller after the first gets a target of its own; reads share one.
    for (const [i, actor] of allowed.entries()) {
      const target = i === 0 || key.startsWith('GET ') ? shared : await buildTarget(w, row.target);
      answers[actor] = await send(w, key, row, actor, target);
    }
    cells += ACTORS.length;

    // One list of every problem of the route, so a failure shows all of them at once.
    expect([
      ...ACTORS.filter((actor) => answers[actor].status >= 500).map((actor) => `${actor}: 5xx ${describeAnswer(answers[actor])}`),
      ...ACTORS.filter((actor) => answers[actor].status !== row.expect[actor]).map((actor) => `${actor}: expected ${row.expect[actor]}, got ${describeAnswer(answers[actor])}`),
      ...Object.keys(before)
        .filter((table) => before[table] !== after[table])
        .map((table) => `refused callers (${refused.join(', ')}) changed table ${table}`),
    ]).toEqual([]);
  });

  /**
   * A refused caller with a bad body changes nothing and learns nothing. Sign-in and roles are checked before
   * the body is read, so those refusals stand; a check of whose object it is comes with the object, after the
   * body's shape (public in the OpenAPI document) is validated, so there a 400 is as good as the refusal.
   */
  const WITH_BODY = ROUTES.filter((key) => AUTHORIZATION_MATRIX[key].body !== undefined && ACTORS.some((actor) => isRefusal(AUTHORIZATION_MATRIX[key].expect[actor])));
  it.each(WITH_BODY)('%s refuses a bad body from a refused caller without a trace', async (key) => {
    const row = AUTHORIZATION_MATRIX[key];
    const target = await buildTarget(w, row.target);
    await t.app.get(SearchIndexer).syncNow();
    const before = await databaseFingerprint(t);
    const wrong: string[] = [];
    for (const actor of ACTORS.filter((a) => isRefusal(row.expect[a]))) {
      const res = await send(w, key, row, actor, target, true);
      const shapeFirst = res.status === 400 && res.body?.error?.code === 'VALIDATION_FAILED' && row.expect[actor] !== 401;
      if (res.status !== row.expect[actor] && !shapeFirst) wrong.push(`${actor}: expected ${row.expect[actor]}, got ${describeAnswer(res)}`);
    }
    const after = await databaseFingerprint(t);
    expect([...wrong, ...Object.keys(before).filter((table) => before[table] !== after[table]).map((table) => `refused callers changed table ${table}`)]).toEqual([]);
  });
});
