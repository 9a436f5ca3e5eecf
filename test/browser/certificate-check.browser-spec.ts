import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApiClient } from '@bangfu/api-client';
import { DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const REASON = { reason: '抽检不合格，暂停销售' };

/**
 * The public certificate check on a phone: the product page shows its certificate with a QR code to the check,
 * the check says who holds it and whether it holds today, and a suspension shows at once.
 */
describe('the public certificate check in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOTS, `verify-${name}.png`), fullPage });

  async function staffPost(path: string, body: object): Promise<void> {
    const { accessToken } = await createApiClient({ baseUrl: market.baseUrl }).login(DEMO_LOGINS.staff);
    const res = await fetch(`${market.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
  }

  it('leads from a product to its certificate check, which says "suspended" once staff suspend the supplier', async () => {
    const api = createApiClient({ baseUrl: market.baseUrl });
    const [hit] = (await api.search({ q: '香菇', pageSize: 1 })).items;
    const product = await api.product(hit.id);
    const page = await market.page();

    await page.goto(`${market.baseUrl}/products/${product.id}`);
    const link = page.locator('.certificate-link').filter({ hasText: product.certificate.no });
    const qr = link.getByRole('img', { name: '证书查验二维码' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await link.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot(page, 'product-certificate', false);
    await link.click();
    await page.waitForURL(`**/verify/${encodeURIComponent(product.certificate.no)}`);

    const status = page.getByRole('status');
    await status.getByText('证书有效').waitFor();
    await page.getByText('产品认定证书', { exact: true }).waitFor();
    await page.getByRole('link', { name: product.supplier.name }).waitFor();
    await page.getByRole('link', { name: product.name }).waitFor();
    expect(await page.title()).toBe(`${product.certificate.no} · 帮扶集市`);
    await shot(page, 'valid');

    await staffPost(`/api/association/suppliers/${product.supplier.id}/suspend`, REASON);
    try {
      await page.reload();
      await status.getByText('已暂停').waitFor();
      await page.getByText('持证单位已被协会暂停销售').waitFor();
      await shot(page, 'suspended');
    } finally {
      await staffPost(`/api/association/suppliers/${product.supplier.id}/reinstate`, REASON);
    }

    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await status.getByText('Valid certificate').waitFor();
    await page.getByText('Product certificate', { exact: true }).waitFor();
  });

  it('answers an unknown number with a clear page that leads home', async () => {
    const page = await market.page();
    await page.goto(`${market.baseUrl}/verify/HZXF-P-1999-00000`);
    await page.getByText('没有这个编号的认定证书，请核对证书上的编号').waitFor();
    await page.getByRole('link', { name: '去首页看看' }).waitFor();
    await shot(page, 'unknown');
  });
});
