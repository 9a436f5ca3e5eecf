import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Who writes which table, read from the API's source: each module declares the tables it owns beside its
 * entities and writes no other module's; the hot tables are written through database/rows.ts and the rest
 * through TypeORM; there is one way to write a counter.
 */
const root = join(__dirname, '..', '..');
const src = join(root, 'apps/api/src');
const MODULES = ['audit', 'catalog', 'certification', 'home', 'identity', 'inventory', 'orders', 'outbox', 'payments', 'search', 'uploads', 'villages'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));
const moduleOf = (path: string) => path.split('/')[0];

/** Entity class → its table and the module whose folder defines it. */
const entities = new Map<string, { table: string; module: string }>();
for (const file of files) {
  for (const match of file.text.matchAll(/@Entity\('([a-z_]+)'\)\s*export class (\w+)/g)) entities.set(match[2], { table: match[1], module: moduleOf(file.path) });
}
const hotTables = new Set([...readFileSync(join(src, 'database/rows.ts'), 'utf8').match(/HOT_TABLES[^[]*\[([^\]]*)\]/)![1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));

/**
 * Every place a statement writes an entity's table, with how it writes. A process writes the way its table
 * asks (common/process.ts); pruning jobs delete in batches through Database, whatever the table.
 */
const WRITES: { how: 'rows' | 'typeorm' | 'process' | 'pruning'; pattern: RegExp }[] = [
  { how: 'rows', pattern: /\b(?:updateRows|insertRows|insertRow|addTo|lockRows)\(\s*\w+,\s*(\w+Entity)\b/g },
  { how: 'typeorm', pattern: /\b\w+\.(?:update|insert|delete|increment|decrement|upsert)\(\s*(\w+Entity)\b/g },
  { how: 'typeorm', pattern: /\b\w+\.save\(\s*\w+\.create\(\s*(\w+Entity)\b/g },
  { how: 'typeorm', pattern: /\.(?:update|into|from)\((\w+Entity)\)/g },
  { how: 'process', pattern: /defineProcess<(\w+Entity)\b/g },
  { how: 'pruning', pattern: /deleteInBatches\((\w+Entity)\b/g },
];
const writes = files.flatMap((file) =>
  WRITES.flatMap(({ how, pattern }) => [...file.text.matchAll(pattern)].map((match) => ({ file: file.path, how, entity: match[1] }))),
);

describe('table ownership', () => {
  it('finds the entities and their writes (the scan itself works)', () => {
    expect(entities.get('OrderEntity')).toEqual({ table: 'orders', module: 'orders' });
    expect(hotTables).toContain('stock_levels');
    expect(writes).toContainEqual({ file: 'orders/order-process.ts', how: 'rows', entity: 'OrderTransitionEntity' });
    expect(writes).toContainEqual({ file: 'certification/certification-processes.ts', how: 'process', entity: 'SupplierApplicationEntity' });
    expect(writes).toContainEqual({ file: 'search/synonyms.service.ts', how: 'typeorm', entity: 'SynonymGroupEntity' });
  });

  it('registers every entity in the list of the module that defines it, and only there', () => {
    const listed = new Map<string, string>();
    for (const file of files) {
      for (const match of file.text.matchAll(/export const [A-Z]+_ENTITIES = \[([^\]]*)\]/g)) {
        for (const name of match[1].split(',').map((n) => n.trim())) {
          expect({ name, module: moduleOf(file.path), twice: listed.has(name) }).toEqual({ name, module: entities.get(name)?.module, twice: false });
          listed.set(name, moduleOf(file.path));
        }
      }
    }
    expect([...listed.keys()].sort()).toEqual([...entities.keys()].sort());
    expect(new Set([...entities.values()].map((e) => e.module))).toEqual(new Set(MODULES.filter((m) => m !== 'health')));
  });

  it("has no module write another module's table", () => {
    const foreign = writes.filter((w) => MODULES.includes(moduleOf(w.file)) && entities.get(w.entity)?.module !== moduleOf(w.file));
    expect(foreign).toEqual([]);
  });

  it('writes the hot tables through rows.ts only, and the others through TypeORM only', () => {
    const wrong = writes.filter((w) => (w.how === 'rows' || w.how === 'typeorm') && entities.has(w.entity) && (w.how === 'rows') !== hotTables.has(entities.get(w.entity)!.table));
    expect(wrong).toEqual([]);
  });

  it('writes no statement of its own outside rows.ts and the two counters that need their own guard', () => {
    const counters = ['inventory/inventory.service.ts', 'identity/throttle.service.ts'];
    const raw = files.filter((f) => f.path !== 'database/rows.ts' && !counters.includes(f.path) && /\brunSql\(/.test(f.text)).map((f) => f.path);
    expect(raw).toEqual([]);
    // A counter moves by addTo (hot tables) or TypeORM's increment (the rest), never by a raw SQL setter.
    const rawSetters = files.filter((f) => /\.set\(\{[^}]*\(\)\s*=>/.test(f.text)).map((f) => f.path);
    expect(rawSetters).toEqual([]);
    expect(files.filter((f) => /\bm\.connection\b|\.manager\.connection\b/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
