import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const root = join(__dirname, '..', '..');

/**
 * How a counter or a test server is reached: plain HTTP under a host name, not localhost (which browsers treat
 * as secure). `shop.test` is mapped to 127.0.0.1 inside Chromium, so no DNS or hosts file is involved.
 */
describe('the apps served over plain HTTP under a host name', () => {
  let market: ServedMarket;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    market = await serveMarket();
    origin = market.baseUrl.replace('127.0.0.1', 'shop.test');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP shop.test 127.0.0.1'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await market?.stop();
  });

  it.each([
    ['storefront', '/', '茶叶'],
    ['kiosk', '/kiosk', '帮扶集市'],
  ])('renders the %s, not a white page', async (name, path, text) => {
    const context = await browser.newContext({ viewport: name === 'kiosk' ? { width: 1080, height: 1920 } : { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const response = await page.goto(`${origin}${path}`);
    expect(response?.headers()['strict-transport-security']).toBeUndefined();
    expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    await expect(page.getByText(text).first().waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    expect(failed).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `served-over-http-${name}.png`) });
    await context.close();
  });

  it('sends the built scripts as brotli or gzip, as the browser accepts', async () => {
    const html = readFileSync(join(root, 'dist/apps/storefront/index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(entry).toMatch(/^\/assets\/.+\.js$/);
    const br = await fetch(`${market.baseUrl}${entry}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toContain('immutable');
    const gz = await fetch(`${market.baseUrl}${entry}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const page = await fetch(`${market.baseUrl}/`, { headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });
});
