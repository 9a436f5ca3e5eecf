import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const SUPPLIER = { phone: '13800000002', password: 'demo1234' };
const SHOPPER = { phone: '13800000003', password: 'demo1234' };
const STAFF = { phone: '13800000001', password: 'demo1234' };
const ADDRESS = { name: '李娜', phone: '13900000001', province: '江苏省', city: '南通市', district: '崇川区', detail: '工农路 1 号' };

interface Sku {
  id: number;
  productName: string;
  spec: string;
}

/** The HTTP side of the journey: what a shopper and the dev cashier do before the supplier sees an order. */
function apiOf(baseUrl: string) {
  async function call<T>(method: string, path: string, { token, body, headers }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
  return {
    call,
    login: (account: { phone: string; password: string }) =>
      call<{ accessToken: string; user: { supplierId: number | null } }>('POST', '/auth/login', { body: account }),
    /** A paid order of one piece of the SKU: checkout, then the dev provider completes the payment. */
    async paidOrder(shopperToken: string, skuId: number, key: string): Promise<number> {
      const checkout = await call<{ orders: { id: number }[]; payment: { id: number; outTradeNo: string } }>('POST', '/checkout', {
        token: shopperToken,
        headers: { 'idempotency-key': key },
        body: { items: [{ skuId, quantity: 1 }], address: ADDRESS },
      });
      await call('POST', `/payments/dev/${checkout.payment.outTradeNo}/complete`, { token: shopperToken, body: {} });
      return checkout.orders[0].id;
    },
  };
}

async function signIn(page: Page, baseUrl: string, account = SUPPLIER): Promise<void> {
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel('手机号').fill(account.phone);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('当前账户').waitFor();
}

/** Today as a China calendar date, the unit of the order filter. */
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Polls a locator's text until it matches; playwright-core has no `expect`. */
async function waitForText(locator: Locator, expected: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent())?.trim() ?? '';
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected "${expected}", still "${last}"`);
}

describe('the supplier console in Chromium', () => {
  let market: ServedMarket;
  let api: ReturnType<typeof apiOf>;
  let supplierToken: string;
  let sku: Sku;
  let orderToShip: number;
  let orderToRefund: number;
  let orderShippedElsewhere: number;

  beforeAll(async () => {
    market = await serveMarket();
    api = apiOf(market.baseUrl);
    const supplier = await api.login(SUPPLIER);
    supplierToken = supplier.accessToken;
    const found = await api.call<{ items: { id: number; name: string; inStock: boolean }[] }>('GET', `/search?supplierId=${supplier.user.supplierId}`);
    const product = found.items.find((p) => p.inStock);
    if (!product) throw new Error('the demo supplier has nothing in stock');
    const detail = await api.call<{ skus: { id: number; spec: string; inStock: boolean }[] }>('GET', `/products/${product.id}`);
    const first = detail.skus.find((s) => s.inStock)!;
    sku = { id: first.id, productName: product.name, spec: first.spec };
    const shopper = await api.login(SHOPPER);
    orderToShip = await api.paidOrder(shopper.accessToken, sku.id, 'browser-supplier-ship-1');
    orderToRefund = await api.paidOrder(shopper.accessToken, sku.id, 'browser-supplier-refund-1');
    orderShippedElsewhere = await api.paidOrder(shopper.accessToken, sku.id, 'browser-supplier-conflict-1');
    await api.call('POST', `/orders/${orderToRefund}/refund-requests`, { token: shopper.accessToken, body: { reason: '包装破损，茶叶受潮' } });
  });
  afterAll(() => market?.stop());

  it('orders: filters 待发货, opens the order, ships it and shows 已发货 with the timeline', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    await page.getByRole('menuitem', { name: '订单' }).click();
    await page.getByRole('heading', { name: '订单' }).waitFor();
    await page.getByRole('tab', { name: '待发货' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `#${orderToShip}`, exact: true }) });
    await row.getByText('待发货').waitFor();

    // Today's orders, typed into the range picker; the CSV export takes the same filters.
    const today = chinaToday();
    await page.getByPlaceholder('开始日期').fill(today);
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('结束日期').fill(today);
    await page.keyboard.press('Enter');
    await row.getByText('待发货').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-orders.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`orders-${today}-${today}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(sku.spec);
    expect(csv.split(/\r?\n/).filter((line) => line.startsWith(`${orderToShip},`))).toHaveLength(1);
    expect(csv).not.toContain(`\n${orderToRefund},`);

    await row.getByRole('link', { name: `#${orderToShip}` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`订单 #${orderToShip}`).waitFor();
    await drawer.getByText(sku.spec).first().waitFor();
    await drawer.getByText('工农路 1 号', { exact: false }).waitFor();

    // The contract's rule is checked before anything is sent.
    await drawer.getByLabel('快递公司').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '顺丰' }).click();
    await drawer.getByLabel('运单号').fill('SF12');
    await drawer.getByRole('button', { name: '确认发货' }).click();
    await drawer.getByText('运单号应为 8–30 位字母或数字').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-ship-form.png') });

    await drawer.getByLabel('运单号').fill('sf1234567890');
    await drawer.getByRole('button', { name: '确认发货' }).click();
    await page.getByText(`订单 #${orderToShip} 已发货`).waitFor();
    await drawer.locator('.ant-descriptions').getByText('已发货', { exact: true }).waitFor();
    await drawer.getByText('待发货 → 已发货').waitFor();
    await drawer.getByText('供应商 · 顺丰速运 (SF) 运单号 SF1234567890').waitFor();
    await drawer.getByText('SF1234567890', { exact: true }).waitFor();
    expect(await drawer.getByRole('button', { name: '确认发货' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-order-shipped.png') });

    await drawer.getByRole('button', { name: /close|关闭/i }).click();
    await page.waitForURL(/\/console\/orders$/);
    // The list under the drawer was refetched: the order has left 待发货 and is under 已发货.
    await page.getByRole('tab', { name: '已发货' }).click();
    await row.getByText('已发货').waitFor();
  });

  it('orders: a shipment the API refuses (409) shows its message', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    // A deep link opens the drawer over the list.
    await page.goto(`${market.baseUrl}/console/orders/${orderShippedElsewhere}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`订单 #${orderShippedElsewhere}`).waitFor();
    await drawer.getByLabel('快递公司').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '中国邮政' }).click();
    await drawer.getByLabel('运单号').fill('CP123456789CN');
    // Meanwhile someone else ships it.
    await api.call('POST', `/supplier/orders/${orderShippedElsewhere}/ship`, { token: supplierToken, body: { carrier: 'EMS', trackingNo: 'EE123456789CN' } });
    await drawer.getByRole('button', { name: '确认发货' }).click();
    const alert = drawer.getByRole('alert');
    await alert.getByText(/订单当前状态不允许这样操作|订单状态刚刚发生了变化/).waitFor();
    await alert.getByText(new RegExp(`Order ${orderShippedElsewhere} is shipped`)).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-ship-conflict.png') });
    // Reloading shows the order as it is now: shipped by EMS, nothing left to ship.
    await alert.getByRole('button', { name: '刷新订单' }).click();
    await drawer.getByText('EE123456789CN', { exact: true }).waitFor();
    expect(await drawer.getByRole('button', { name: '确认发货' }).count()).toBe(0);
  });

  it('stock: receives goods with a reason, available rises and the ledger shows the receipt', async () => {
    const before = await api.call<{ items: { skuId: number; available: number }[] }>('GET', '/supplier/stock?pageSize=100', { token: supplierToken });
    const available = before.items.find((l) => l.skuId === sku.id)!.available;

    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    await page.getByRole('menuitem', { name: '库存' }).click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: sku.productName, exact: true }) })
      .filter({ has: page.getByRole('cell', { name: sku.spec, exact: true }) });
    await waitForText(row.locator('.stock-available'), String(available));

    await row.getByRole('button', { name: '入库/调整' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`入库/调整 · ${sku.productName} ${sku.spec}`).waitFor();
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.getByText('入库数量应为正整数').waitFor();
    await dialog.getByText('请填写 2–200 字的原因').waitFor();
    await dialog.getByLabel('数量变化').fill('25');
    await dialog.getByLabel('原因').fill('新茶到货 25 袋');
    await dialog.getByText(`调整后在库`).waitFor();
    await dialog.getByText('请填写 2–200 字的原因').waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-stock-receive.png') });
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('库存已更新').waitFor();
    await waitForText(row.locator('.stock-available'), String(available + 25));
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-stock.png'), fullPage: true });

    await row.getByRole('button', { name: '流水' }).click();
    const ledger = page.getByRole('dialog');
    await ledger.getByText(`库存流水 · ${sku.productName} ${sku.spec}`).waitFor();
    const receipt = ledger.getByRole('row').filter({ hasText: '新茶到货 25 袋' });
    await receipt.getByText('入库', { exact: true }).waitFor();
    await receipt.getByText('+25').waitFor();
    // The two orders of this test reserved and then sold their pieces: those moves are in the ledger too.
    await ledger.getByText('预留', { exact: true }).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-ledger.png') });
    await ledger.getByRole('button', { name: /close|关闭/i }).click();
    await ledger.waitFor({ state: 'hidden' });

    // A threshold above what is available marks the SKU low, and the filter keeps only it.
    await row.getByText('库存不足').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: '预警值' }).click();
    const threshold = page.getByRole('dialog');
    await threshold.getByLabel('预警值').fill(String(available + 100));
    await threshold.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('预警值已更新').waitFor();
    await row.getByText('库存不足').waitFor();
    await page.getByLabel('只看低库存').check();
    await page.getByText('共 1 个规格').waitFor();
    await row.getByText('库存不足').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-stock-low.png'), fullPage: true });
  });

  it('refunds: a rejection needs a reason, then the request leaves the pending list', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    await page.getByRole('menuitem', { name: '退款' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `#${orderToRefund}`, exact: true }) });
    await row.getByText('包装破损，茶叶受潮').waitFor();
    await row.getByText('待处理').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-refunds.png'), fullPage: true });

    await row.getByRole('button', { name: /拒\s*绝/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /拒\s*绝/ }).click();
    await dialog.getByText('请填写 2–500 字的拒绝理由').waitFor();
    await dialog.getByLabel('拒绝理由').fill('发货前已检查包装完好，请提供外箱照片');
    await dialog.getByRole('button', { name: /拒\s*绝/ }).click();
    await page.getByText('已拒绝退款申请').waitFor();
    await page.getByText('没有这个状态的退款申请').waitFor();

    await page.getByLabel('状态').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '已拒绝' }).click();
    await row.getByText('发货前已检查包装完好，请提供外箱照片').waitFor();

    // The buyer asks again with the photo; this time the supplier agrees after confirming the amount.
    const shopper = await api.login(SHOPPER);
    await api.call('POST', `/orders/${orderToRefund}/refund-requests`, { token: shopper.accessToken, body: { reason: '已补充外箱照片，请退款' } });
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '待处理' }).click();
    const again = page.getByRole('row').filter({ hasText: '已补充外箱照片，请退款' });
    await again.getByRole('button', { name: '同意退款' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText(`同意订单 #${orderToRefund} 的退款 ¥86.00`, { exact: false }).waitFor();
    await page.waitForTimeout(500); // the dialog zooms in and the status list fades out: let the picture settle
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-refund-accept.png') });
    await confirm.getByRole('button', { name: '同意退款' }).click();
    await page.getByText('已同意退款').waitFor();
    await page.getByText('没有这个状态的退款申请').waitFor();
    const order = await api.call<{ status: string }>('GET', `/supplier/orders/${orderToRefund}`, { token: supplierToken });
    expect(['refunding', 'refunded']).toContain(order.status);
  });

  it('shipping: yuan typed with one decimal is saved as exact fen; the page switches to English', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    await page.getByRole('menuitem', { name: '运费设置' }).click();
    const fee = page.getByLabel('每单运费（元）');
    await fee.fill('8.5');
    await page.getByLabel('不设满额包邮').check();
    await page.getByText('每单运费 ¥8.50').waitFor();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('运费规则已保存').waitFor();
    const rule = await api.call<{ flatFeeFen: number; freeOverFen: number | null }>('GET', '/supplier/shipping-rule', { token: supplierToken });
    expect(rule).toEqual({ flatFeeFen: 850, freeOverFen: null });
    await fee.fill('8.555');
    await page.getByText('请输入金额，最多两位小数，例如 8 或 8.50').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-shipping.png') });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Orders' }).click();
    await page.getByRole('tab', { name: 'To ship' }).waitFor();
    await page.getByRole('columnheader', { name: 'Order No.' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-supplier-orders-en.png'), fullPage: true });
  });

  it('staff keep their console: no supplier pages in the menu, and their addresses say so', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl, STAFF);
    await page.getByRole('menuitem', { name: '概览' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '订单', exact: true }).count()).toBe(0);
    await page.goto(`${market.baseUrl}/console/stock`);
    await page.getByText('仅供应商可用').waitFor();
  });
});
