import { join } from 'node:path';
import { createApiClient } from '@bangfu/api-client';
import { formatPrice } from '@bangfu/contracts';
import { consoleSignIn, DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

/** The supplier's first screen in the console: the day's figures, each leading to the screen that deals with it. */
describe("the supplier's overview in Chromium", () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  it('shows sales today and this month, orders to ship and stock running low, as the API counts them', async () => {
    const api = createApiClient({ baseUrl: market.baseUrl });
    const { accessToken } = await api.login(DEMO_LOGINS.supplier);
    const own = createApiClient({ baseUrl: market.baseUrl, getToken: () => accessToken });
    const summary = await own.supplierOrderSummary();
    const low = await own.supplierStock({ low: true, pageSize: 1 });

    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, DEMO_LOGINS.supplier);
    const tile = (title: string) => page.locator('.dashboard-tile').filter({ hasText: title });
    await tile('本月销售额').getByText(formatPrice(summary.month.salesFen)).waitFor();
    await tile('今日销售额').getByText(formatPrice(summary.today.salesFen)).waitFor();
    await tile('待发货订单').locator('.ant-statistic-content-value').getByText(String(summary.toShip), { exact: true }).waitFor();
    await tile('库存不足的规格').locator('.ant-statistic-content-value').getByText(String(low.total), { exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-dashboard.png'), fullPage: true });

    await tile('待发货订单').getByRole('link', { name: '去发货' }).click();
    await page.waitForURL(/\/console\/orders$/);
  });
});
