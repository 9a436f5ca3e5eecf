import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { createApiClient } from '@bangfu/api-client';
import { DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const ADDRESS = { name: '张晓雨', phone: '13800000003', province: '陕西省', city: '汉中市', district: '汉台区', detail: '天汉大道 88 号' };
const BRAND = '帮扶集市';

/**
 * The storefront on a phone, in Chinese: the home page the association sets, titles that name each page, the
 * order list with pictures and order numbers, and errors in the shopper's language.
 */
describe('the storefront home page, titles and orders in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOTS, `home-${name}.png`), fullPage });

  /** Pictures load lazily; wait until those on screen have drawn before a screenshot. */
  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  }

  /** Pictures that reserve their box before they arrive: an <img> with both width and height. */
  async function imagesWithoutSize(page: Page, selector: string): Promise<number> {
    return page.locator(selector).evaluateAll((images) => images.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).length);
  }

  /** Two orders of the demo shopper, credited to a village point: one left unpaid, one paid at the dev cashier. */
  async function placeOrders(): Promise<{ unpaid: { id: number; orderNo: string; paymentId: number }; paid: { id: number; orderNo: string }; ref: string }> {
    const api = createApiClient({ baseUrl: market.baseUrl });
    const shopper = await api.login(DEMO_LOGINS.shopper);
    const asShopper = createApiClient({ baseUrl: market.baseUrl, getToken: () => shopper.accessToken });
    const ref = await market.villagePointCode();
    const hits = await api.search({ q: '茶', inStock: true });
    const skuOf = async (index: number) => (await api.product(hits.items[index].id)).skus.find((s) => s.inStock)!.id;
    const unpaid = await asShopper.checkout({ items: [{ skuId: await skuOf(0), quantity: 1 }], address: ADDRESS, channel: 'online', ref }, 'browser-home-unpaid-1');
    const paid = await asShopper.checkout({ items: [{ skuId: await skuOf(1), quantity: 2 }], address: ADDRESS, channel: 'online', ref }, 'browser-home-paid-1');
    const settled = await fetch(`${market.baseUrl}/api/payments/dev/${paid.payment.outTradeNo}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'succeeded' }),
    });
    if (!settled.ok) throw new Error(`the dev cashier refused the payment: ${settled.status} ${await settled.text()}`);
    return { unpaid: { ...unpaid.orders[0], paymentId: unpaid.payment.id }, paid: paid.orders[0], ref };
  }

  it('shows banners, featured products, categories, counties and best sellers; a product and a search name their page', async () => {
    const page = await market.page({ width: 390, height: 844 });
    await page.goto(`${market.baseUrl}/`);
    const banners = page.getByRole('region', { name: '活动推荐' });
    await banners.getByText('汉中好物 帮扶有我').first().waitFor();
    // The carousel's code arrives after the first banner and takes over its box.
    await banners.locator('.banner-carousel').waitFor();
    const featured = page.locator('.home-strip', { has: page.getByRole('heading', { name: '协会推荐' }) });
    await featured.locator('.product-tile').first().waitFor();
    const bestSellers = page.locator('.home-strip', { has: page.getByRole('heading', { name: '热销好物' }) });
    await bestSellers.locator('.product-tile').first().waitFor();
    expect(await bestSellers.locator('.product-tile').count()).toBeGreaterThan(3);
    await page.locator('.home-strip', { has: page.getByRole('heading', { name: '产品分类' }) }).getByText('茶叶').waitFor();
    await page.locator('.home-strip', { has: page.getByRole('heading', { name: '产地区县' }) }).getByText('洋县').waitFor();
    expect(await page.title()).toBe(`${BRAND} · 汉中消费帮扶产品`);
    expect(await imagesWithoutSize(page, '.product-tile img')).toBe(0);
    // Only the first screen's pictures load at once.
    expect(await bestSellers.locator('img[loading="lazy"]').count()).toBe(await bestSellers.locator('img').count());
    await settle(page);
    await noSidewaysScroll(page);
    await shot(page, 'page');
    await shot(page, 'page-full', true);

    await page.getByRole('button', { name: /english/i }).click();
    await page.getByRole('heading', { name: 'Best sellers' }).waitFor();
    await page.getByRole('heading', { name: 'Picked by the association' }).waitFor();
    expect(await page.title()).toBe('Bangfu Market · Certified assistance products of Hanzhong');
    await shot(page, 'page-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '热销好物' }).waitFor();

    const tile = featured.locator('.product-tile').first();
    const name = (await tile.locator('.product-tile-name').textContent())!;
    await tile.click();
    await page.waitForURL(/\/products\/\d+$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.waitForFunction((title) => document.title === title, `${name} · ${BRAND}`);
    await page.getByText('产品认定证书').waitFor();
    await settle(page);
    await shot(page, 'product');

    await page.locator('.supplier-card').click();
    await page.waitForURL(/\/suppliers\/\d+$/);
    const supplierName = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.waitForFunction((title) => document.title === title, `${supplierName} · ${BRAND}`);
    await page.locator('.supplier-profile').getByText('供应商认定证书').waitFor();
    expect(await page.getByText('产品认定证书').count()).toBe(0);
    await shot(page, 'supplier');

    await page.goto(`${market.baseUrl}/search?q=${encodeURIComponent('绿茶')}`);
    await page.locator('.product-card').first().waitFor();
    await page.waitForFunction((title) => document.title === title, `“绿茶”的搜索结果 · ${BRAND}`);
    await page.getByRole('button', { name: /english/i }).click();
    await page.waitForFunction(() => document.title === 'Results for “绿茶” · Bangfu Market');
    await page.getByRole('button', { name: '中文' }).click();
    await page.waitForFunction((title) => document.title === title, `“绿茶”的搜索结果 · ${BRAND}`);
  });

  it('still shows categories and counties when the home page request fails, and offers to retry it', async () => {
    const page = await market.page({ width: 390, height: 844 });
    const failing = (route: Route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"INTERNAL","message":"home is down"}}' });
    await page.route('**/api/home', failing);
    await page.goto(`${market.baseUrl}/`);
    await page.getByText('服务器出错了，请稍后再试').waitFor();
    await page.locator('.home-strip', { has: page.getByRole('heading', { name: '产品分类' }) }).getByText('茶叶').waitFor();
    await page.locator('.home-strip', { has: page.getByRole('heading', { name: '产地区县' }) }).getByText('洋县').waitFor();
    expect(await page.getByText('home is down').count()).toBe(0);
    await shot(page, 'page-failed');
    await page.unroute('**/api/home', failing);
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByRole('region', { name: '活动推荐' }).waitFor();
    await page.getByRole('heading', { name: '热销好物' }).waitFor();
  });

  it('lists orders with pictures and 16-digit numbers, says what is due or paid, and offers one set of actions', async () => {
    const { unpaid, paid, ref } = await placeOrders();
    const page = await market.page({ width: 390, height: 844 });
    await page.goto(`${market.baseUrl}/login`);
    await page.getByPlaceholder(/手机号/).fill(DEMO_LOGINS.shopper.phone);
    await page.getByPlaceholder(/密码/).fill(DEMO_LOGINS.shopper.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(DEMO_LOGINS.shopper.phone).first().waitFor();

    await page.goto(`${market.baseUrl}/orders`);
    const unpaidCard = page.locator(`.order-card[href="/orders/${unpaid.id}"]`);
    const paidCard = page.locator(`.order-card[href="/orders/${paid.id}"]`);
    await unpaidCard.getByText(`订单号 ${unpaid.orderNo}`).waitFor();
    expect(unpaid.orderNo).toMatch(/^\d{16}$/);
    await unpaidCard.getByText('应付').waitFor();
    await paidCard.getByText(`订单号 ${paid.orderNo}`).waitFor();
    await paidCard.getByText('实付').waitFor();
    const thumbnail = unpaidCard.locator('img.order-card-thumbnail').first();
    await thumbnail.waitFor();
    expect(await thumbnail.getAttribute('src')).toMatch(/^\/media\//);
    expect(await thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await imagesWithoutSize(page, '.order-card img')).toBe(0);
    expect(await page.getByText(ref).count()).toBe(0);
    // The status tabs sit right under the navigation bar: antd's styles, loaded with this page, do not undo the app's.
    expect(await page.locator('.order-tabs').evaluate((tabs) => tabs.getBoundingClientRect().top)).toBe(
      await page.locator('.app-nav').evaluate((nav) => nav.getBoundingClientRect().bottom),
    );
    await settle(page);
    await noSidewaysScroll(page);
    await shot(page, 'orders');

    // Back from the cashier unpaid: the payment is watched above the order, whose actions show once.
    await page.goto(`${market.baseUrl}/orders/${unpaid.id}?pay=${unpaid.paymentId}`);
    await page.getByText('等待支付结果').waitFor();
    await page.locator('.order-info').getByText(unpaid.orderNo).waitFor();
    await page.waitForFunction((title) => document.title === title, `订单号 ${unpaid.orderNo} · ${BRAND}`);
    expect(await page.getByRole('button', { name: '去支付' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '取消订单' }).count()).toBe(1);
    await page.locator('.order-totals').getByText('应付').waitFor();
    expect(await page.getByText('实付').count()).toBe(0);
    expect(await page.getByText(ref).count()).toBe(0);
    await settle(page);
    await shot(page, 'order-awaiting-payment', true);

    await page.goto(`${market.baseUrl}/orders/${paid.id}`);
    await page.locator('.order-totals').getByText('实付').waitFor();
    expect(await page.getByText('应付').count()).toBe(0);
  });

  it('words a missing product in Chinese', async () => {
    const page = await market.page({ width: 390, height: 844 });
    await page.goto(`${market.baseUrl}/products/999999`);
    await page.locator('.empty-state').getByText('内容不存在').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/not found|product \d+/i);
    // What is not there will not be there on a retry: the way out is home.
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
    expect(await page.title()).toBe(`商品详情 · ${BRAND}`);
    await shot(page, 'product-missing');
    await page.getByRole('link', { name: '去首页看看' }).click();
    await page.waitForURL(`${market.baseUrl}/`);
    await page.getByRole('region', { name: '活动推荐' }).waitFor();
  });
});
