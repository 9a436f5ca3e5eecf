import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApiClient } from '@bangfu/api-client';
import { formatPrice, type CheckoutRequest, type SearchHit } from '@bangfu/contracts';
import { DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const { shopper: SHOPPER, supplier: SUPPLIER, staff: STAFF } = DEMO_LOGINS;
const ADDRESS = { name: '张晓雨', phone: '13800000003', province: '陕西省', city: '汉中市', district: '汉台区', detail: '天汉大道 88 号' };
const REASON = '包装破损，茶叶受潮结块';
const REFUSAL = '发货时包装完好，破损发生在运输途中';

interface PlacedOrder {
  id: number;
  totalFen: number;
  supplierId: number;
  supplierName: string;
  productName: string;
}

/**
 * Association staff read every supplier's orders in the console: the list with its filters in the address, one order's
 * detail with its goods and history, and the order behind an escalated refund; suppliers are kept out.
 */
describe("association staff read every supplier's orders, in Chromium", () => {
  let market: ServedMarket;
  /** A demo village point's code: the attribution the referred order carries and the filter finds. */
  let ref: string;
  let orders: { paidA: PlacedOrder; unpaidB: PlacedOrder; referredB: PlacedOrder };

  /** Buying, paying and the refund dispute are other specs' subject; here they are set-up through the API. */
  async function placeOrders(): Promise<typeof orders> {
    const api = createApiClient({ baseUrl: market.baseUrl });
    ref = await market.villagePointCode();
    const supplier = await api.login(SUPPLIER);
    const shopper = await api.login(SHOPPER);
    const asShopper = createApiClient({ baseUrl: market.baseUrl, getToken: () => shopper.accessToken });
    const asSupplier = createApiClient({ baseUrl: market.baseUrl, getToken: () => supplier.accessToken });
    const supplierA = supplier.user.supplierId!;
    const hitOfA = (await api.search({ supplierId: supplierA, inStock: true })).items[0];
    const hitOfB = (await api.search({ inStock: true, pageSize: 100 })).items.find((h) => h.supplierId !== supplierA)!;
    expect(hitOfA).toBeDefined();
    expect(hitOfB).toBeDefined();

    async function place(hit: SearchHit, key: string, extra: Partial<CheckoutRequest> = {}) {
      const product = await api.product(hit.id);
      const sku = product.skus.find((s) => s.inStock)!;
      const placed = await asShopper.checkout({ items: [{ skuId: sku.id, quantity: 1 }], address: ADDRESS, channel: 'online', ...extra }, key);
      const order = { id: placed.orders[0].id, totalFen: placed.orders[0].totalFen, supplierId: hit.supplierId, supplierName: hit.supplierName, productName: product.name };
      return { order, outTradeNo: placed.payment.outTradeNo };
    }
    const paidA = await place(hitOfA, 'browser-association-orders-a');
    await payDev(paidA.outTradeNo);
    const unpaidB = await place(hitOfB, 'browser-association-orders-b');
    const referredB = await place(hitOfB, 'browser-association-orders-ref', { ref });
    await payDev(referredB.outTradeNo);

    // A's order goes to the association: refund asked, refused, escalated.
    const request = await asShopper.requestRefund(paidA.order.id, { reason: REASON, photos: [] });
    await asSupplier.rejectRefund(request.id, REFUSAL);
    await asShopper.escalateRefund(paidA.order.id, request.id);
    return { paidA: paidA.order, unpaidB: unpaidB.order, referredB: referredB.order };
  }

  async function payDev(outTradeNo: string): Promise<void> {
    const paid = await fetch(`${market.baseUrl}/api/payments/dev/${outTradeNo}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'succeeded' }),
    });
    if (!paid.ok) throw new Error(`the dev cashier refused the payment: ${paid.status} ${await paid.text()}`);
  }

  beforeAll(async () => {
    market = await serveMarket();
    orders = await placeOrders();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `association-orders-${name}.png`), fullPage: true });

  async function consoleSignIn(account: { phone: string; password: string }): Promise<Page> {
    const page = await market.page({ width: 1440, height: 900 });
    await page.goto(`${market.baseUrl}/console`);
    await page.getByLabel('手机号').fill(account.phone);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('当前账户').waitFor();
    return page;
  }

  const table = (page: Page) => page.locator('.ant-table').first();
  const rowOf = (page: Page, order: PlacedOrder) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name: `#${order.id}`, exact: true }) });

  /** The order numbers the table lists, top to bottom, once it has settled. */
  async function listedIds(page: Page): Promise<number[]> {
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    const cells = await table(page).locator('tbody tr td:first-child a').allTextContents();
    return cells.map((text) => Number(text.replace('#', '')));
  }

  async function waitForIds(page: Page, expected: number[]): Promise<void> {
    const deadline = Date.now() + 10_000;
    let last: number[] = [];
    while (Date.now() < deadline) {
      last = await listedIds(page);
      if (JSON.stringify(last) === JSON.stringify(expected)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`expected orders ${expected.join(', ')}, the table lists ${last.join(', ')}`);
  }

  it("lists both suppliers' orders with ¥ amounts, filters by supplier and status in the address, and opens one", async () => {
    const { paidA, unpaidB, referredB } = orders;
    const page = await consoleSignIn(STAFF);
    await page.getByRole('menuitem', { name: '全部订单' }).click();
    await page.waitForURL(/\/console\/association\/orders$/);
    await page.getByRole('heading', { name: '全部订单' }).waitFor();

    // Newest first, each row naming its supplier, with the money as ¥ and the state in words.
    await waitForIds(page, [referredB.id, unpaidB.id, paidA.id]);
    for (const order of [paidA, unpaidB, referredB]) {
      const row = rowOf(page, order);
      await row.getByText(order.supplierName, { exact: true }).waitFor();
      await row.getByText(formatPrice(order.totalFen), { exact: true }).waitFor();
    }
    expect(paidA.supplierId).not.toBe(unpaidB.supplierId);
    await rowOf(page, unpaidB).getByText('待付款', { exact: true }).waitFor();
    await rowOf(page, referredB).getByText('待发货', { exact: true }).waitFor();
    await rowOf(page, paidA).getByText('退款中', { exact: true }).waitFor();
    await shot(page, 'list');

    // One supplier's orders, then only those paid and waiting to ship: each filter lands in the address.
    await page.getByLabel('供应商编号').fill(String(unpaidB.supplierId));
    await page.getByRole('button', { name: /^筛\s*选$/ }).click();
    await page.waitForURL((url) => url.searchParams.get('supplierId') === String(unpaidB.supplierId));
    await waitForIds(page, [referredB.id, unpaidB.id]);
    await page.getByRole('tab', { name: '待发货' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'paid' && url.searchParams.get('supplierId') === String(unpaidB.supplierId));
    await waitForIds(page, [referredB.id]);

    // A reload (or a shared link) shows the same view: the filters come back from the address.
    await page.reload();
    await waitForIds(page, [referredB.id]);
    expect(await page.getByLabel('供应商编号').inputValue()).toBe(String(unpaidB.supplierId));
    expect(await page.getByRole('tab', { name: '待发货' }).getAttribute('aria-selected')).toBe('true');
    await shot(page, 'filtered');

    // The order opens over the list at its own address, with its goods, attribution and history in order.
    await rowOf(page, referredB).getByRole('link', { name: `#${referredB.id}` }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/association/orders/${referredB.id}`) && url.searchParams.get('status') === 'paid');
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`订单 #${referredB.id}`).waitFor();
    await drawer.getByRole('cell', { name: referredB.productName, exact: true }).waitFor();
    await drawer.getByText(referredB.supplierName, { exact: false }).first().waitFor();
    await drawer.getByText(ref, { exact: false }).waitFor();
    await drawer.getByText(ADDRESS.detail, { exact: false }).waitFor();
    const steps = await drawer.locator('.order-timeline strong').allTextContents();
    expect(steps).toEqual(['下单 → 待付款', '待付款 → 待发货']);
    // The reason is worded from its code in the reader's language, not the API's English text.
    await drawer.locator('.order-timeline').getByText(/支付成功（交易号 BF\w+）/).waitFor();
    await shot(page, 'detail');

    // Closing goes back to the filtered list; a reload of the detail address opens it again.
    await page.reload();
    await drawer.getByRole('cell', { name: referredB.productName, exact: true }).waitFor();
    await drawer.getByRole('button', { name: /close|关闭/i }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/association/orders') && url.searchParams.get('status') === 'paid');
    await waitForIds(page, [referredB.id]);

    // The attribution filter finds the livestream's order among everyone's.
    await page.getByRole('button', { name: '清除筛选' }).click();
    await waitForIds(page, [referredB.id, unpaidB.id, paidA.id]);
    await page.getByLabel('推广码').fill(ref);
    await page.getByRole('button', { name: /^筛\s*选$/ }).click();
    await page.waitForURL((url) => url.searchParams.get('ref') === ref);
    await waitForIds(page, [referredB.id]);
  });

  it('explains in Chinese a filter the API refuses', async () => {
    const page = await consoleSignIn(STAFF);
    await page.goto(`${market.baseUrl}/console/association/orders?supplierId=abc`);
    await page.getByText('筛选条件有误，请修改后再查询').waitFor();
    await page.getByText('供应商编号应为正整数，例如 12').waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);

    await page.getByLabel('供应商编号').fill('');
    await page.getByLabel('推广码').fill('nope');
    await page.getByRole('button', { name: /^筛\s*选$/ }).click();
    await page.getByText(/推广码应以 vp_（村级电商服务点）或 ls_（直播）开头/).waitFor();
    await shot(page, 'bad-filter');
  });

  it('opens the order behind an escalated refund from the arbitration queue', async () => {
    const { paidA } = orders;
    const page = await consoleSignIn(STAFF);
    await page.getByRole('menuitem', { name: '退款裁决' }).click();
    const row = page.getByRole('row').filter({ hasText: REASON });
    await row.getByRole('link', { name: `#${paidA.id}`, exact: true }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/association/orders/${paidA.id}`));
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('cell', { name: paidA.productName, exact: true }).waitFor();
    const refunds = drawer.locator('.order-refund-requests');
    await refunds.getByText(REASON).waitFor();
    await refunds.getByText(REFUSAL).waitFor();
    await refunds.getByText('协会介入中', { exact: true }).waitFor();
    await refunds.getByText('无', { exact: true }).waitFor();
    await shot(page, 'from-arbitration');
    await drawer.getByRole('button', { name: /close|关闭/i }).click();
    await page.waitForURL(/\/console\/arbitration$/);
    await page.getByRole('heading', { name: '退款裁决' }).waitFor();
  });

  it('is not for suppliers', async () => {
    const page = await consoleSignIn(SUPPLIER);
    expect(await page.getByRole('menuitem', { name: '全部订单' }).count()).toBe(0);
    await page.goto(`${market.baseUrl}/console/association/orders`);
    await page.getByText('仅协会工作人员可用').waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    await page.goto(`${market.baseUrl}/console/association/orders/${orders.referredB.id}`);
    await page.getByText('仅协会工作人员可用').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('reads in English too', async () => {
    const page = await consoleSignIn(STAFF);
    await page.getByRole('menuitem', { name: '全部订单' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'All orders' }).waitFor();
    await page.getByRole('columnheader', { name: 'Supplier' }).waitFor();
    await page.getByLabel('Referral code').waitFor();
  });
});
