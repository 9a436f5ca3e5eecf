import { join } from 'node:path';
import { SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

describe('the marketplace in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  it('storefront: shows the categories in Chinese with their counts, then in English', async () => {
    const page = await market.page();
    await page.goto(`${market.baseUrl}/`);
    await page.getByText('茶叶').first().waitFor();
    await page.getByText('洋县').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'storefront-home.png'), fullPage: true });
    const counts = await fetch(`${market.baseUrl}/api/categories`).then((r) => r.json() as Promise<{ productCount: number }[]>);
    expect(counts.reduce((sum, c) => sum + c.productCount, 0)).toBe(2210);
    await page.getByRole('button', { name: /english/i }).click();
    await page.getByText('Tea', { exact: true }).first().waitFor();
  });

  it('storefront: a wrong password is refused, the demo shopper signs in', async () => {
    const page = await market.page();
    await page.goto(`${market.baseUrl}/login`);
    await page.getByPlaceholder(/手机号/).fill('13800000003');
    await page.getByPlaceholder(/密码/).fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').getByText('手机号或密码错误').waitFor();
    await page.getByPlaceholder(/密码/).fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('13800000003').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'storefront-me.png'), fullPage: true });
  });

  it('console: association staff sign in and see the service health', async () => {
    const page = await market.page({ width: 1366, height: 800 });
    await page.goto(`${market.baseUrl}/console`);
    await page.getByLabel('手机号').fill('13800000001');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('当前账户').waitFor();
    await page.getByRole('main').getByText('协会工作人员', { exact: true }).waitFor();
    await page.getByText('13800000001').first().waitFor();
    await page.getByText('服务状态').waitFor();
    await page.getByText('运行正常').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-overview.png'), fullPage: true });
  });

  it('kiosk: the welcome screen fills a landscape counter display', async () => {
    const page = await market.page({ width: 1920, height: 1080 });
    await page.goto(`${market.baseUrl}/kiosk`);
    await page.getByText('自助专柜').first().waitFor();
    await page.getByText('茶叶').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-welcome.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });
});
