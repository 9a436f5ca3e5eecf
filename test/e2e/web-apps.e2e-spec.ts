import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { IMAGE_WIDTHS } from '@bangfu/contracts';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer';
import type { Response } from 'supertest';
import { appWithStaff, auth } from '../support/certification';
import { sellableSku, seller } from '../support/orders';
import { startTestApp, type TestApp } from '../support/test-app';

const BUNDLE = `console.log(${JSON.stringify('帮扶集市 '.repeat(400))})`;

/** The storefront's build manifest: the entry with React, and pages sharing a chunk of libraries. */
const MANIFEST = {
  'index.html': { file: 'assets/app-1a2b.js', isEntry: true, imports: ['_react-1a.js'] },
  '_react-1a.js': { file: 'assets/react-1a.js' },
  '_vendor-pages-1a.js': { file: 'assets/vendor-pages-1a.js', imports: ['_react-1a.js'] },
  'src/app/routes/product.tsx': { file: 'assets/product-1a.js', isDynamicEntry: true, imports: ['_react-1a.js', '_vendor-pages-1a.js'] },
  'src/app/routes/search.tsx': { file: 'assets/search-1a.js', isDynamicEntry: true, imports: ['_vendor-pages-1a.js'] },
  'src/page-messages.ts': { file: 'assets/page-messages-1a.js', isDynamicEntry: true },
};

/** A built app as Vite leaves it: index.html, a hashed asset and its .br/.gz twins, and the manifest. */
function fakeBuild(web: string): void {
  for (const name of ['storefront', 'console']) {
    mkdirSync(join(web, name, 'assets'), { recursive: true });
    mkdirSync(join(web, name, '.vite'));
    const script = `<script type="module" crossorigin src="/${name === 'console' ? 'console/' : ''}assets/app-1a2b.js"></script>`;
    writeFileSync(join(web, name, 'index.html'), `<!doctype html><html><head><title>${name}</title>${script}</head><body></body></html>`);
    writeFileSync(join(web, name, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    const asset = join(web, name, 'assets', 'app-1a2b.js');
    writeFileSync(asset, BUNDLE);
    writeFileSync(`${asset}.gz`, gzipSync(BUNDLE));
    writeFileSync(`${asset}.br`, brotliCompressSync(BUNDLE));
  }
}


describe('serving the web apps from the API process', () => {
  const web = mkdtempSync(join(tmpdir(), 'bangfu-web-'));
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    fakeBuild(web);
    ({ t, staff } = await appWithStaff({ WEB_DIST_DIR: web }));
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  const page = (path: string) => t.http.get(path).set('Accept', 'text/html');
  /** The bytes as sent: supertest would undo the compression being checked. */
  const rawGet = (path: string, acceptEncoding: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const { port } = t.app.getHttpServer().address() as AddressInfo;
      get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('serves each app at its path, with its own index.html for client-side routes', async () => {
    expect((await page('/').expect(200)).text).toContain('<title>帮扶集市 · 汉中消费帮扶产品</title>');
    expect((await page('/orders/42').expect(200)).text).toContain('<title>帮扶集市');
    expect((await page('/console').expect(200)).text).toContain('<title>console</title>');
    expect((await page('/console/suppliers/7').expect(200)).text).toContain('<title>console</title>');
  });

  it('serves hashed assets with long caching, as brotli or gzip when the browser takes them, and index.html without caching', async () => {
    const br = await rawGet('/console/assets/app-1a2b.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);

    const gz = await rawGet('/console/assets/app-1a2b.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);

    const plain = await rawGet('/console/assets/app-1a2b.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BUNDLE);

    const index = await page('/').set('Accept-Encoding', 'gzip');
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('compresses API answers for browsers that accept it', async () => {
    const docs = await rawGet('/api/docs-json', 'gzip');
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(docs.body).toString()).openapi).toBeDefined();
    const viaBrotli = await rawGet('/api/docs-json', 'br');
    expect(viaBrotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(viaBrotli.body).toString()).openapi).toBeDefined();
  });

  it('gives product and search pages their own title and share tags before any script runs', async () => {
    const farm = await seller(t, staff);
    const skuId = await sellableSku(t, staff, farm, 3800, 10, '西乡午子仙毫');
    const [{ product_id: productId }] = await t.db.manager.query('SELECT product_id FROM skus WHERE id = ?', [skuId]);
    const html = (await page(`/products/${productId}`).expect(200)).text;
    expect(html).toContain('<title>西乡午子仙毫 · 帮扶集市</title>');
    expect(html).toContain('<meta property="og:title" content="西乡午子仙毫 · 帮扶集市" />');
    expect(html).toMatch(/<meta name="description" content="[^"]*午子镇/);
    expect((await page('/search?q=<绿茶>').expect(200)).text).toContain('<title>“&#60;绿茶&#62;”的搜索结果 · 帮扶集市</title>');
    expect((await page('/products/999999').expect(200)).text).toContain('<title>帮扶集市 · 汉中消费帮扶产品</title>');
  });

  it('preloads what the first screen of a product, search or home page needs, after the scripts every page needs', async () => {
    const farm = await seller(t, staff);
    const photo = await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 60, g: 140, b: 70 } } })
      .jpeg()
      .toBuffer();
    const { url } = (await t.http.post('/api/uploads').set(auth(farm.token)).field('purpose', 'image').attach('file', photo, 'tea.jpg').expect(201)).body;
    const draft = await t.http
      .post('/api/supplier/products')
      .set(auth(farm.token))
      .send({ name: '城固蜜桔', categoryCode: 'fruit', description: '', originTown: '原公镇', images: [url], skus: [{ spec: '5斤装', unit: '箱', priceFen: 4200, stock: 10 }] })
      .expect(201);
    const productId = draft.body.id as number;
    await t.http.post(`/api/supplier/products/${productId}/submit`).set(auth(farm.token)).expect(200);
    await t.http.post(`/api/association/products/${productId}/certify`).set(auth(staff)).send({}).expect(200);
    await t.app.get(SearchIndexer).rebuild();
    await t.http.put('/api/association/home').set(auth(staff)).send({ banners: [], featuredProductIds: [productId] }).expect(200);
    const widths = IMAGE_WIDTHS.map((w) => `${url}?w=${w} ${w}w`).join(', ');
    const preloadsOf = (html: string) => {
      const links = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)];
      for (const link of links) expect(link.index).toBeGreaterThan(html.indexOf('<script type="module"'));
      return links.map((m) => m[0].replaceAll('&#38;', '&'));
    };

    // The page's code beyond the entry's (React comes with the entry), its data and its picture at the gallery's size.
    expect(preloadsOf((await page(`/products/${productId}`).expect(200)).text)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/product-1a.js" />',
      '<link rel="modulepreload" crossorigin href="/assets/vendor-pages-1a.js" />',
      '<link rel="modulepreload" crossorigin href="/assets/page-messages-1a.js" />',
      `<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/products/${productId}" />`,
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/categories" />',
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/counties" />',
      `<link rel="preload" as="image" fetchpriority="high" href="${url}?w=960" imagesrcset="${widths}" imagesizes="100vw" />`,
    ]);
    // The first page of results as the storefront asks for it, and the first result's picture at a card's size.
    const search = preloadsOf((await page(`/search?q=${encodeURIComponent('蜜桔')}&category=fruit&sort=bogus`).expect(200)).text);
    expect(search).toContain(`<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/search?q=%E8%9C%9C%E6%A1%94&category=fruit&sort=relevance&page=1&pageSize=20" />`);
    expect(search).toContain('<link rel="modulepreload" crossorigin href="/assets/search-1a.js" />');
    expect(search).toContain(`<link rel="preload" as="image" fetchpriority="high" href="${url}?w=320" imagesrcset="${widths}" imagesizes="96px" />`);
    // Home: its own code is the entry's; the first pick's picture at a tile's size leads its first screen.
    expect(preloadsOf((await page('/').expect(200)).text)).toEqual([
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/home" />',
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/categories" />',
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/counties" />',
      `<link rel="preload" as="image" fetchpriority="high" href="${url}?w=320" imagesrcset="${widths}" imagesizes="(min-width: 600px) 160px, 45vw" />`,
    ]);
    // A certificate check: its title says what it checks, and its answer is preloaded.
    const [{ no }] = await t.db.manager.query('SELECT c.no FROM certificates c JOIN products p ON p.certificate_id = c.id WHERE p.id = ?', [productId]);
    const verify = (await page(`/verify/${no}`).expect(200)).text;
    expect(verify).toContain(`<title>证书查验 ${no} · 帮扶集市</title>`);
    expect(verify).toMatch(/<meta name="description" content="证书有效：城固蜜桔 · /);
    expect(preloadsOf(verify)).toContain(`<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/certificates/${no}" />`);
    // A page that does not exist preloads nothing of it, and the console is left as built.
    expect(preloadsOf((await page('/products/999999').expect(200)).text)).toEqual([]);
    expect(preloadsOf((await page('/verify/HZXF-1999-00000').expect(200)).text)).toEqual([]);
    expect((await page('/console').expect(200)).text).not.toContain('preload');
  });

  it('serves raster images resized to WebP at the widths pages ask for', async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 60, g: 140, b: 70 } } })
      .jpeg()
      .toBuffer();
    const farm = await seller(t, staff);
    const stored = await t.http.post('/api/uploads').set(auth(farm.token)).field('purpose', 'image').attach('file', photo, 'tea.jpg').expect(201);
    const resized = await rawGet(`${stored.body.url}?w=320`, 'gzip, br');
    expect(resized.headers['content-type']).toBe('image/webp');
    expect(await sharp(resized.body).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });
    const again = await rawGet(`${stored.body.url}?w=320`, 'gzip, br');
    expect(again.body.equals(resized.body)).toBe(true);
    expect((await t.http.get(`${stored.body.url}?w=333`).expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    expect((await rawGet(stored.body.url, 'identity')).headers['content-type']).toBe('image/jpeg');
    await t.http.get('/media/uploads/missing.jpg?w=320').set('Accept', 'image/webp').expect(404);
  });

  it('says plainly when an app has not been built', async () => {
    const res = await page('/kiosk').expect(503);
    expect(res.text).toContain('kiosk is not built');
  });

  it('keeps API paths and missing files on the API 404', async () => {
    const api = await page('/api/nothing-here').expect(404);
    expect(api.body.error.code).toBe('NOT_FOUND');
    const missingImage = await t.http.get('/media/products/999999.svg').set('Accept', 'image/svg+xml').expect(404);
    expect(missingImage.body.error.code).toBe('NOT_FOUND');
  });
});

describe('security headers by how the request came', () => {
  let t: TestApp;
  afterEach(() => t.close());

  const csp = (res: Response) => String(res.headers['content-security-policy']);

  it('over plain HTTP: no HSTS and no upgrade of insecure requests, which would leave a LAN page white', async () => {
    t = await startTestApp();
    const res = await t.http.get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(csp(res)).not.toContain('upgrade-insecure-requests');
    expect(csp(res)).toContain("default-src 'self'");
  });

  it('behind a trusted HTTPS proxy: HSTS and the upgrade', async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
    const res = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(csp(res)).toContain('upgrade-insecure-requests');
  });

  it('ignores X-Forwarded-Proto from a proxy that is not trusted', async () => {
    t = await startTestApp({ TRUST_PROXY: 'false' });
    const res = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(csp(res)).not.toContain('upgrade-insecure-requests');
  });
});
