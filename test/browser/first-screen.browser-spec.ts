import type { Page } from 'playwright-core';
import { serveMarket, type ServedMarket } from './served-market';

interface PreloadLink {
  href: string;
  kind: string;
}

/**
 * A page opened from a shared link: the server named in its head the code, data and picture its first screen
 * needs. Each is fetched once, and the page asks for no data the head did not name, so the URLs the server
 * writes are exactly those the storefront requests.
 */
describe('the first screen of a storefront page opened from a link, in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  async function open(path: string): Promise<{ page: Page; requested: string[]; preloads: PreloadLink[]; warnings: string[] }> {
    const page = await market.page();
    const requested: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await page.goto(`${market.baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    const preloads = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"], link[rel="modulepreload"]'), (link) => ({
        href: link.href,
        kind: link.rel === 'modulepreload' ? 'module' : (link.getAttribute('as') ?? ''),
      })),
    );
    return { page, requested, preloads, warnings };
  }

  const timesAsked = (requested: string[], url: string) => requested.filter((r) => r === url).length;

  it.each([
    { name: 'home', path: () => Promise.resolve('/'), picture: '.product-tile-image' },
    { name: 'search', path: () => Promise.resolve(`/search?q=${encodeURIComponent('绿茶')}`), picture: '.product-card-image' },
    {
      name: 'product',
      path: async () => {
        const found = await (await fetch(`${market.baseUrl}/api/search?q=${encodeURIComponent('绿茶')}&pageSize=1`)).json();
        return `/products/${found.items[0].id}`;
      },
      picture: '.gallery-image',
    },
    {
      name: 'certificate check',
      path: async () => {
        const found = await (await fetch(`${market.baseUrl}/api/search?q=${encodeURIComponent('黑米')}&pageSize=1`)).json();
        const product = await (await fetch(`${market.baseUrl}/api/products/${found.items[0].id}`)).json();
        return `/verify/${product.certificate.no}`;
      },
      picture: null,
    },
  ])('$name: each preload is used, once, and the page asks for no data it did not name', async ({ path, picture }) => {
    const { page, requested, preloads, warnings } = await open(await path());
    expect([...new Set(preloads.map((p) => p.kind))].sort()).toEqual(picture ? ['fetch', 'image', 'module'] : ['fetch', 'module']);
    for (const { href } of preloads) expect({ href, times: timesAsked(requested, href) }).toEqual({ href, times: 1 });

    const named = new Set(preloads.map((p) => p.href));
    const data = requested.filter((url) => new URL(url).pathname.startsWith('/api/'));
    expect(data.length).toBeGreaterThan(0);
    expect(data.filter((url) => !named.has(url))).toEqual([]);

    // The picture the server preloaded is the one the first screen shows.
    if (picture) {
      const shown = await page.locator(picture).first().evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(preloads.filter((p) => p.kind === 'image').map((p) => p.href)).toEqual([shown]);
    }
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
  });
});
