import { CategoryCode, CountyCode } from '@bangfu/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProductEntity } from '../../apps/api/src/catalog/catalog.entities';
import { onlyPublic } from '../../apps/api/src/catalog/catalog.service';
import { DemoSeeder } from '../../apps/api/src/demo/demo-seeder';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app';
import { ndcgAt } from './ndcg';

/** The acceptance bar of the relevance set. */
const MIN_MEAN_NDCG = 0.85;
const MAX_ZERO_RESULT_RATE = 0.02;
const K = 10;
const MIN_QUERIES = 60;

const KINDS = ['word', 'regional', 'pinyin', 'initials', 'traditional', 'synonym', 'typo', 'mixed', 'category_county'] as const;
type Kind = (typeof KINDS)[number];

const Words = z.array(z.string().min(1)).min(1);

/**
 * Relevance as a rule over product attributes, since product ids depend on insertion order. A product
 * matches when every given condition holds; it takes the highest grade of the rules it matches.
 */
const Rule = z
  .object({
    grade: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    nameIncludes: Words.optional(),
    nameIncludesAny: Words.optional(),
    nameExcludes: Words.optional(),
    category: CategoryCode.optional(),
    county: CountyCode.optional(),
    supplierNameIncludes: Words.optional(),
    /** One of the product's SKU specs contains it (礼盒, 500g). */
    skuSpecIncludes: z.string().min(1).optional(),
  })
  .strict()
  .refine((r) => [r.nameIncludes, r.nameIncludesAny, r.category, r.county, r.supplierNameIncludes, r.skuSpecIncludes].some((c) => c !== undefined), {
    message: 'a rule must narrow down the catalog',
  });
type Rule = z.infer<typeof Rule>;

const Judgments = z.array(z.object({ query: z.string().min(1), kind: z.enum(KINDS), relevant: z.array(Rule).min(1) }).strict());
type Judgment = z.infer<typeof Judgments>[number];

interface Hit {
  id: number;
  name: string;
}

interface Outcome {
  query: string;
  kind: Kind;
  ndcg: number;
  total: number;
  judged: number;
  /** The first K results with their grades, for the report. */
  top: { grade: number; name: string }[];
}

const judgments = Judgments.parse(JSON.parse(readFileSync(join(__dirname, 'judgments.json'), 'utf8')));

describe(`search relevance on the judged demo queries (${TEST_DB})`, () => {
  let t: TestApp;
  const outcomes: Outcome[] = [];
  const unjudgeable: string[] = [];

  /** Product id → grade for one query, resolved against the seeded database. */
  const gradesOf = async (judgment: Judgment): Promise<Map<number, number>> => {
    const grades = new Map<number, number>();
    for (const rule of judgment.relevant) {
      for (const id of await productsMatching(t, rule)) grades.set(id, Math.max(grades.get(id) ?? 0, rule.grade));
    }
    return grades;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await new DemoSeeder(t.db, t.config.dataDir).seed();
    await t.app.get(SearchIndexer).rebuild();

    for (const judgment of judgments) {
      const grades = await gradesOf(judgment);
      if (grades.size === 0) unjudgeable.push(judgment.query);
      const res = await t.http.get('/api/search').query({ q: judgment.query, pageSize: K }).expect(200);
      const items: Hit[] = res.body.items;
      const top = items.map((hit) => ({ grade: grades.get(hit.id) ?? 0, name: hit.name }));
      outcomes.push({
        query: judgment.query,
        kind: judgment.kind,
        ndcg: ndcgAt(K, top.map((h) => h.grade), [...grades.values()]) ?? 0,
        total: res.body.total,
        judged: grades.size,
        top,
      });
    }

    if (process.env.RELEVANCE_REPORT === '1') console.log(JSON.stringify(report(outcomes), null, 2));
  }, 240_000);

  afterAll(() => t?.close());

  it(`judges at least ${MIN_QUERIES} distinct queries, each with a relevant product in the demo catalog`, () => {
    expect(new Set(judgments.map((j) => j.query)).size).toBe(judgments.length);
    expect(judgments.length).toBeGreaterThanOrEqual(MIN_QUERIES);
    expect(unjudgeable).toEqual([]);
  });

  it(`reaches a mean NDCG@${K} of at least ${MIN_MEAN_NDCG}`, () => {
    expect(mean(outcomes.map((o) => o.ndcg))).toBeGreaterThanOrEqual(MIN_MEAN_NDCG);
  });

  it(`leaves at most ${MAX_ZERO_RESULT_RATE * 100}% of the queries without results`, () => {
    const zeroResults = outcomes.filter((o) => o.total === 0).length;
    expect(zeroResults / outcomes.length).toBeLessThanOrEqual(MAX_ZERO_RESULT_RATE);
  });
});

/** Ids of the public products that satisfy every condition of the rule. */
async function productsMatching(t: TestApp, rule: Rule): Promise<number[]> {
  const q = onlyPublic(t.db.manager.createQueryBuilder(ProductEntity, 'p')).select('p.id', 'id');
  let n = 0;
  // Each condition gets its own parameter names; '!' escapes LIKE wildcards alike on SQLite and MySQL.
  const like = (column: string, word: string, negated = false): string => {
    const name = `w${n++}`;
    q.setParameter(name, `%${word.replace(/[!%_]/g, '!$&')}%`);
    return `${column} ${negated ? 'NOT LIKE' : 'LIKE'} :${name} ESCAPE '!'`;
  };
  for (const word of rule.nameIncludes ?? []) q.andWhere(like('p.name', word));
  if (rule.nameIncludesAny) q.andWhere(`(${rule.nameIncludesAny.map((word) => like('p.name', word)).join(' OR ')})`);
  for (const word of rule.nameExcludes ?? []) q.andWhere(like('p.name', word, true));
  for (const word of rule.supplierNameIncludes ?? []) q.andWhere(like('s.name', word));
  if (rule.category) q.andWhere('p.category_code = :category', { category: rule.category });
  if (rule.county) q.andWhere('p.county_code = :county', { county: rule.county });
  if (rule.skuSpecIncludes) q.andWhere(`EXISTS (SELECT 1 FROM skus k WHERE k.product_id = p.id AND ${like('k.spec', rule.skuSpecIncludes)})`);
  const rows: { id: number | string }[] = await q.getRawMany();
  return rows.map((r) => Number(r.id));
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function summary(outcomes: readonly Outcome[]) {
  return {
    queries: outcomes.length,
    ndcgAt10: round(mean(outcomes.map((o) => o.ndcg))),
    zeroResultRate: round(outcomes.filter((o) => o.total === 0).length / Math.max(1, outcomes.length)),
  };
}

/** Overall and per-kind figures, and the worst queries with what they returned. */
function report(outcomes: readonly Outcome[]) {
  return {
    ...summary(outcomes),
    byKind: Object.fromEntries(KINDS.map((kind) => [kind, summary(outcomes.filter((o) => o.kind === kind))])),
    zeroResults: outcomes.filter((o) => o.total === 0).map((o) => o.query),
    worst: [...outcomes]
      .sort((a, b) => a.ndcg - b.ndcg)
      .slice(0, 5)
      .map((o) => ({ query: o.query, kind: o.kind, ndcgAt10: round(o.ndcg), total: o.total, judged: o.judged, top: o.top.map((h) => `${h.grade} ${h.name}`) })),
  };
}
