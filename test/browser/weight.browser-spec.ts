import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..', '..');

/** The scripts a built page loads before it can show anything: its entry and every chunk it preloads. */
function firstLoadScripts(app: 'storefront' | 'console', base: string): string[] {
  const html = readFileSync(join(root, 'dist/apps', app, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  expect(entries).toHaveLength(1);
  return [...entries, ...preloads].map((src) => {
    expect(src.startsWith(base)).toBe(true);
    return join(root, 'dist/apps', app, src.slice(base.length));
  });
}

function gzippedKb(files: string[]): { total: number; each: string } {
  const sizes = files.map((file) => ({ file: file.split('/').pop()!, kb: gzipSync(readFileSync(file)).length / 1024 }));
  return { total: sizes.reduce((sum, s) => sum + s.kb, 0), each: sizes.map((s) => `${s.kb.toFixed(1).padStart(6)} kB  ${s.file}`).join('\n') };
}

/**
 * What a phone downloads before the first screen, measured on the build (`npm run build`): the storefront's home
 * page within 170 kB of gzipped script, the console's login page within 300 kB. A page's own code beyond the
 * first one loads when it is opened.
 */
describe('first-load weight of the built apps', () => {
  it.each([
    { app: 'storefront', base: '/', page: 'home page', limitKb: 170 },
    { app: 'console', base: '/console/', page: 'login page', limitKb: 300 },
  ] as const)('$app $page: at most $limitKb kB of gzipped script', ({ app, base, page, limitKb }) => {
    const { total, each } = gzippedKb(firstLoadScripts(app, base));
    console.log(`${app} ${page} first load: ${total.toFixed(1)} kB gzipped\n${each}`);
    expect(total).toBeLessThanOrEqual(limitKb);
  });
});
