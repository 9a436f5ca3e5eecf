import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** .env.example names every variable the API reads, and nothing else. */
describe('.env.example', () => {
  it('lists exactly the variables of the configuration schema', () => {
    const schema = readFileSync(join(root, 'apps/api/src/config/config.ts'), 'utf8');
    const block = schema.slice(schema.indexOf('const EnvSchema'), schema.indexOf('.superRefine'));
    const read = [...block.matchAll(/^ {4}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]).sort();
    const listed = [...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(read.length).toBeGreaterThan(20);
    expect(listed).toEqual(read);
  });
});
