import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

describe('serving the web apps from the API process', () => {
  const web = mkdtempSync(join(tmpdir(), 'bangfu-web-'));
  let t: TestApp;

  beforeAll(async () => {
    for (const name of ['storefront', 'console']) {
      mkdirSync(join(web, name, 'assets'), { recursive: true });
      writeFileSync(join(web, name, 'index.html'), `<!doctype html><title>${name}</title>`);
      writeFileSync(join(web, name, 'assets', 'app-1a2b.js'), `console.log('${name}')`);
    }
    t = await startTestApp({ WEB_DIST_DIR: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('serves each app at its path, with its own index.html for client-side routes', async () => {
    expect((await t.http.get('/').set('Accept', 'text/html').expect(200)).text).toContain('<title>storefront</title>');
    expect((await t.http.get('/products/42').set('Accept', 'text/html').expect(200)).text).toContain('<title>storefront</title>');
    expect((await t.http.get('/console').set('Accept', 'text/html').expect(200)).text).toContain('<title>console</title>');
    expect((await t.http.get('/console/suppliers/7').set('Accept', 'text/html').expect(200)).text).toContain('<title>console</title>');
  });

  it('serves hashed assets with long caching and index.html without', async () => {
    const asset = await t.http.get('/console/assets/app-1a2b.js').expect(200);
    expect(asset.text).toBe("console.log('console')");
    expect(asset.headers['cache-control']).toContain('immutable');
    const page = await t.http.get('/').set('Accept', 'text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('says plainly when an app has not been built', async () => {
    const res = await t.http.get('/kiosk').set('Accept', 'text/html').expect(503);
    expect(res.text).toContain('kiosk is not built');
  });

  it('keeps API paths and missing files on the API 404', async () => {
    const api = await t.http.get('/api/nothing-here').set('Accept', 'text/html').expect(404);
    expect(api.body.error.code).toBe('NOT_FOUND');
    const missingImage = await t.http.get('/media/products/999999.svg').set('Accept', 'image/svg+xml').expect(404);
    expect(missingImage.body.error.code).toBe('NOT_FOUND');
  });
});
