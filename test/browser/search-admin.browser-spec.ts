import { join } from 'node:path';
import { createApiClient } from '@bangfu/api-client';
import { consoleSignIn, DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

/**
 * Search administration in the console, in Chromium at desktop width: staff add a synonym group (refused until it
 * has two words), shoppers' searches then use it, and a rebuild of the index shows its progress to the end.
 */
describe('search administration in the console, in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  it('saves a synonym group the storefront search then uses, and rebuilds the index with its progress', async () => {
    const api = createApiClient({ baseUrl: market.baseUrl });
    expect((await api.search({ q: '椎茸' })).total).toBe(0);

    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, DEMO_LOGINS.staff);
    await page.getByRole('menuitem', { name: '搜索管理' }).click();
    await page.waitForURL(/\/console\/association\/search$/);
    await page.getByRole('button', { name: '保存同义词' }).waitFor();
    const before = await page.locator('.synonym-group').count();

    await page.getByRole('button', { name: '添加一组' }).click();
    const group = page.locator('.synonym-group').last();
    await group.locator('input').fill('椎茸');
    await group.locator('input').press('Enter');
    await page.getByRole('button', { name: '保存同义词' }).click();
    await group.getByText('每组至少 2 个词').waitFor();

    await group.locator('input').fill('香菇');
    await group.locator('input').press('Enter');
    await page.getByRole('button', { name: '保存同义词' }).click();
    await page.getByText('同义词已保存').waitFor();
    expect(await page.locator('.synonym-group').count()).toBe(before + 1);

    // Shoppers' words now find what the group names.
    const found = await api.search({ q: '椎茸' });
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0].name).toContain('香菇');

    await page.getByRole('button', { name: '重建索引' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已完成').waitFor({ timeout: 60_000 });
    await page.getByText(/\d+ \/ \d+ 件商品/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search-admin.png'), fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Search' }).waitFor();
    await page.getByRole('button', { name: 'Save synonyms' }).waitFor();
  });
});
