import fc from 'fast-check';
import type { OpenApiDocument, Parameter, SchemaObject } from './openapi';
import { resolve } from './openapi';

/** Nested `depth` arrays deep: parsers and validators that recurse must not fall over. */
const nestedArray = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 0);

/** Values no schema expects, aimed at the classic weak spots of parsers, validators and SQL drivers. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'x'.repeat(200_000),
    '',
    ' ',
    '\u0000',
    '\ud800',
    '𠀀𪚥😀',
    '\u202eevil',
    "' OR 1=1 --",
    '%00',
    '../../etc/passwd',
    '1e309',
    '0x10',
    '-0',
    'NaN',
    'null',
  ),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 2 ** 64, 0.5, -1, -0, 5e-324, 1e21),
  fc.constantFrom(null, true, false, {}, [], [null], nestedArray(500), { length: -1 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

function typeOf(schema: SchemaObject): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

/** A value the schema probably accepts (patterns honoured where fast-check can), as the base of a mutation. */
export function plausible(doc: OpenApiDocument, raw: SchemaObject, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => plausible(doc, s, depth)));
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (typeOf(schema)) {
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1000, 1e9) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.pattern) {
        try {
          return fc.stringMatching(new RegExp(schema.pattern));
        } catch {
          // A pattern fast-check cannot generate from: any short string will do as a base.
        }
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(plausible(doc, schema.items ?? {}, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      if (depth > 3 || Object.keys(properties).length === 0) return fc.constant({});
      return fc.record(Object.fromEntries(Object.entries(properties).map(([name, s]) => [name, plausible(doc, s, depth + 1)])), {
        requiredKeys: required.filter((name) => name in properties),
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Keys that have polluted prototypes in merge and clone helpers; placed as own keys by writing JSON text. */
const POLLUTION = [
  '"__proto__":{"role":"admin","isAdmin":true}',
  '"constructor":{"prototype":{"role":"admin"}}',
  '"prototype":{"polluted":true}',
  '"__proto__":null',
];

/**
 * A request body as JSON text: arbitrary JSON, the documented shape with one field made nasty or dropped,
 * or the documented shape with prototype-pollution keys written in.
 */
export function bodyText(doc: OpenApiDocument, schema: SchemaObject): fc.Arbitrary<string> {
  const base = plausible(doc, schema);
  const properties = Object.keys(resolve(doc, schema).properties ?? {});
  const withOneNasty = properties.length
    ? fc.tuple(base, fc.constantFrom(...properties), nasty).map(([value, key, bad]) => ({ ...(value as object), [key]: bad }))
    : nasty;
  const withOneMissing = properties.length
    ? fc.tuple(base, fc.constantFrom(...properties)).map(([value, key]) => Object.fromEntries(Object.entries(value as object).filter(([k]) => k !== key)))
    : fc.constant({});
  const polluted = fc.tuple(base, fc.constantFrom(...POLLUTION)).map(([value, key]) => {
    const text = JSON.stringify(value) ?? 'null';
    return text.startsWith('{') ? `{${key}${text === '{}' ? '' : ','}${text.slice(1)}` : `{${key}}`;
  });
  return fc.oneof(
    { weight: 2, arbitrary: fc.anything().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.object().map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: base.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 4, arbitrary: withOneNasty.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: withOneMissing.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: polluted },
  );
}

const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** Query strings: documented parameters with plausible or nasty values, repeated keys, bracket keys, broken escapes. */
export function queryText(doc: OpenApiDocument, parameters: Parameter[]): fc.Arbitrary<string> {
  const names = parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const value = (p: Parameter) => fc.oneof(plausible(doc, p.schema ?? {}).map(asText), nasty.map(asText));
  const documented = fc.record(
    Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, value(p)])),
    { requiredKeys: [] },
  );
  const raw = fc.constantFrom('%', '%zz', '%E4%B8', 'a[b][c]=1', '[]=', '&&&', '=', `${names[0] ?? 'q'}[]=1&${names[0] ?? 'q'}[]=2`, `${names[0] ?? 'q'}[$ne]=1`);
  return fc
    .tuple(documented, fc.array(fc.tuple(fc.constantFrom(...names, 'page', 'x'), nasty.map(asText)), { maxLength: 2 }), fc.option(raw))
    .map(([params, repeated, extra]) => {
      const search = new URLSearchParams();
      for (const [k, v] of [...Object.entries(params), ...repeated]) if (v !== undefined) search.append(k, v);
      // Node itself answers a request line over its 16 KB header limit (a case of its own in the suite), so the
      // generated ones stay under it and reach the app; a cut through an escape is one more malformed case.
      return [search.toString(), extra].filter(Boolean).join('&').slice(0, 12_000);
    });
}

/** A path parameter: the real object's id most often, otherwise something no id looks like. */
export function pathSegment(real: string | number | undefined): fc.Arbitrary<string> {
  const weird = fc.oneof(
    fc.constantFrom('0', '-1', '99999999999999999999', '9007199254740993', '1e3', '0x10', '1.5', '%201', 'NaN', 'null', '%00', '..', '%2e%2e%2f', encodeURIComponent('😀')),
    fc.integer().map(String),
    fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  );
  // Deliberately raw: a traversal in the path itself rather than an encoded one.
  const traversal = fc.constantFrom('../', '..%2F..%2Fetc%2Fpasswd', '../../api/me');
  return real === undefined ? fc.oneof(weird, traversal) : fc.oneof({ weight: 3, arbitrary: fc.constant(encodeURIComponent(String(real))) }, { weight: 3, arbitrary: weird }, { weight: 1, arbitrary: traversal });
}
