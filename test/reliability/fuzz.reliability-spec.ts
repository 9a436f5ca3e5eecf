import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';
import { ACTORS, buildTarget, buildWorld, type Actor, type World } from './authorization-fixtures';
import { AUTHORIZATION_MATRIX } from './authorization-matrix';
import { errorShapeProblem, type Answer } from './error-shape';
import { bodyText, pathSegment, queryText } from './fuzz-arbitraries';
import { fetchOpenApi, operations, type OpenApiDocument, type Operation } from './openapi';
import { rawRequest } from './raw-http';

/** Fixed so a failure replays; FUZZ_SEED / FUZZ_RUNS explore further without editing the file. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

type Caller = Exclude<Actor, 'anonymous'>;

/** The caller most likely to get past the guards, so the cases reach validation and the services. */
const callerFor = (path: string): Caller => (path.startsWith('/api/association/') ? 'staff' : path.startsWith('/api/supplier/') ? 'supplierB' : 'shopper');

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);

/** Why the answer breaks the property, or undefined: never a 5xx, and every non-2xx in the error shape with its request id. */
function breach(answer: Answer): string | undefined {
  if (answer.status >= 500) return `status ${answer.status}`;
  if (answer.status >= 200 && answer.status < 300) return undefined;
  return errorShapeProblem(answer);
}

interface FuzzCase {
  segments: string[];
  query: string;
  body: string | undefined;
}

function fillPath(template: string, segments: string[]): string {
  let i = 0;
  return template.replace(/\{\w+\}/g, () => segments[i++]);
}

describe(`input fuzzing on ${TEST_DB}`, () => {
  let t: TestApp;
  let w: World;
  let doc: OpenApiDocument;
  let ops: Operation[];
  let fuzzedRoutes = 0;
  let cases = 0;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    doc = await fetchOpenApi(t);
    ops = operations(doc);
  }, 120_000);

  afterAll(async () => {
    console.log(`fuzz: ${fuzzedRoutes} routes, ${cases} cases (seed ${SEED}, ${RUNS} runs per route)`);
    await t?.close();
  });

  const headersFor = (caller: Caller, withBody: boolean): Record<string, string> => ({
    authorization: `Bearer ${w.tokens[caller]}`,
    // Checkout needs one; a fresh key on every request changes nothing elsewhere.
    'idempotency-key': randomUUID(),
    ...(withBody ? { 'content-type': 'application/json' } : {}),
  });

  /** A route every shopper may call with a JSON body: the transport cases need one that parses its body. */
  const JSON_ROUTE = '/api/checkout';
  const sendRaw = (headers: Record<string, string>, body?: string | Buffer) =>
    rawRequest(t, { method: 'POST', path: JSON_ROUTE, headers: { ...headersFor('shopper', false), ...headers }, body });

  const expectClientError = (answer: Answer, status?: number) => {
    expect({ status: status ?? (answer.status >= 400 && answer.status < 500 ? 'a 4xx' : answer.status), shape: errorShapeProblem(answer) }).toEqual({
      status: status ?? 'a 4xx',
      shape: undefined,
    });
  };

  it('answers invalid JSON with a 400 in the error shape', async () => {
    const answer = await sendRaw({ 'content-type': 'application/json' }, '{"items": [');
    expectClientError(answer, 400);
    cases++;
  });

  it.each([
    ['gzip', 'a plain body', Buffer.from('{"items":[]}')],
    ['br', 'garbage', Buffer.from('this is not brotli')],
    ['deflate', 'garbage', Buffer.from('this is not deflate')],
    ['gzip', 'a truncated stream', gzipSync('{"items":[]}').subarray(0, 12)],
    ['x-unknown', 'any body', Buffer.from('{}')],
  ])('answers Content-Encoding %s with %s as a 4xx in the error shape', async (encoding, _what, body) => {
    const answer = await sendRaw({ 'content-type': 'application/json', 'content-encoding': encoding }, body);
    expectClientError(answer);
    cases++;
  });

  it('answers an unknown content type as a 4xx in the error shape', async () => {
    const answer = await sendRaw({ 'content-type': 'application/x-bangfu-unknown' }, '{"items":[]}');
    expectClientError(answer);
    cases++;
  });

  it('answers a request line over the header size limit as a 4xx in the error shape', async () => {
    const answer = await rawRequest(t, { method: 'GET', path: `/api/search?q=${'x'.repeat(20_000)}`, headers: headersFor('shopper', false) });
    expectClientError(answer);
    cases++;
  });

  it('answers a body over 1 MB with a 413 in the error shape', async () => {
    const answer = await sendRaw({ 'content-type': 'application/json' }, JSON.stringify({ items: [], padding: 'x'.repeat(1_100_000) }));
    expectClientError(answer, 413);
    cases++;
  });

  /**
   * A POST with no body at all (no Content-Type either, as `fetch(url, { method: 'POST' })` sends it): a route
   * whose body is all-optional must do its work, as the matrix says its allowed caller gets; a route with
   * required fields must answer 400 in the error shape.
   */
  it('treats an empty POST body as an empty object on action routes and as a validation error elsewhere', async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => o.method === 'POST' && !o.otherBody)) {
      const row = AUTHORIZATION_MATRIX[op.key];
      // Rows are the authorization suite's to check; here they only name a caller who succeeds.
      const caller = row && ACTORS.find((a): a is Caller => a !== 'anonymous' && row.expect[a] >= 200 && row.expect[a] < 300);
      if (!caller) continue;
      const optional = !op.jsonBody || (op.jsonBody.required ?? []).length === 0;
      const target = await buildTarget(w, row.target);
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(target.params[name])));
      const answer = await rawRequest(t, { method: 'POST', path, headers: headersFor(caller, false) });
      cases++;
      const expected = optional ? row.expect[caller] : 400;
      const problem = answer.status >= 300 ? errorShapeProblem(answer) : undefined;
      if (answer.status !== expected || problem) wrong.push(`${op.key} as ${caller}: expected ${expected}, got ${answer.status} ${clip(answer.text, 160)}${problem ? ` (${problem})` : ''}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  /** A method the path does not serve is a 405 (the path exists), never a 404 or a route of another template. */
  it('answers a method a documented path does not serve with a 405 in the error shape', async () => {
    const templates = ops.map((op) => ({ method: op.method, pattern: new RegExp(`^${op.path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`) }));
    const wrong: string[] = [];
    for (const path of new Set(ops.map((op) => op.path))) {
      const concrete = path.replace(/\{\w+\}/g, '1');
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        if (templates.some((tpl) => tpl.method === method && tpl.pattern.test(concrete))) continue;
        const answer = await rawRequest(t, { method, path: concrete, headers: headersFor('staff', false) });
        cases++;
        const problem = errorShapeProblem(answer);
        if (answer.status !== 405 || problem) wrong.push(`${method} ${concrete}: got ${answer.status}${problem ? ` (${problem})` : ''}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
  // Last, because its cases may change the standing accounts and catalog the other tests build their targets from.
  it('answers every generated body, query and path parameter of every JSON route without a 5xx, in the error shape', async () => {
    const fuzzable = ops.filter((op) => op.jsonBody || op.parameters.some((p) => p.in === 'query' || p.in === 'path'));
    // The route's own matrix target, so many cases carry a real id and reach the service behind the route. All
    // are built first: the cases may well unlist, revoke or suspend what later fixtures would be made from.
    const targets = [];
    for (const op of fuzzable) targets.push(await buildTarget(w, AUTHORIZATION_MATRIX[op.key]?.target ?? 'none'));
    const findings: string[] = [];
    for (const [index, op] of fuzzable.entries()) {
      const caller = callerFor(op.path);
      const target = targets[index];
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const arbitrary: fc.Arbitrary<FuzzCase> = fc.record({
        segments: fc.tuple(...names.map((name) => pathSegment(target.params[name]))),
        query: op.parameters.some((p) => p.in === 'query') ? queryText(doc, op.parameters) : fc.constant(''),
        body: op.jsonBody ? bodyText(doc, op.jsonBody) : fc.constant(undefined),
      });
      const result = await fc.check(
        fc.asyncProperty(arbitrary, async ({ segments, query, body }) => {
          const path = fillPath(op.path, segments) + (query ? `?${query}` : '');
          const answer = await rawRequest(t, { method: op.method, path, headers: headersFor(caller, body !== undefined), body });
          const problem = breach(answer);
          if (problem) {
            throw new Error(`${problem}: ${op.method} ${clip(path, 200)} as ${caller}, body ${clip(body ?? '(none)')} → ${answer.status} ${clip(answer.text)}`);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      fuzzedRoutes++;
      cases += result.numRuns;
      if (result.failed) findings.push(`${op.key}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)} [seed ${SEED}, path ${result.counterexamplePath}]`);
    }
    expect(findings).toEqual([]);
  }, 600_000);
});
