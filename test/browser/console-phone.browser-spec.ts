import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createApiClient } from '@bangfu/api-client';
import { DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const { shopper: SHOPPER, supplier: SUPPLIER } = DEMO_LOGINS;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const ADDRESS = { name: '王芳', phone: '13900000002', province: '陕西省', city: '汉中市', district: '汉台区', detail: '北团结街 6 号' };
const REASON = '收到时茶叶罐有凹陷';

/**
 * A supplier works from a phone held upright: orders, refund requests and stock come as cards with buttons a thumb can
 * hit, the menu hides in a drawer, and nothing is wider than the screen. A desktop keeps its tables.
 */
describe('the supplier console on a phone, in Chromium', () => {
  let market: ServedMarket;
  let orderToShip: number;
  let orderToRefund: number;

  /** Buying and paying are other specs' subject: two paid orders of the demo supplier, one with a refund request. */
  async function placeOrders(): Promise<void> {
    const api = createApiClient({ baseUrl: market.baseUrl });
    const supplier = await api.login(SUPPLIER);
    const shopper = await api.login(SHOPPER);
    const asShopper = createApiClient({ baseUrl: market.baseUrl, getToken: () => shopper.accessToken });
    const hit = (await api.search({ supplierId: supplier.user.supplierId!, inStock: true })).items[0];
    const sku = (await api.product(hit.id)).skus.find((s) => s.inStock)!;
    const paidOrder = async (key: string) => {
      const placed = await asShopper.checkout({ items: [{ skuId: sku.id, quantity: 1 }], address: ADDRESS, channel: 'online' }, key);
      const paid = await fetch(`${market.baseUrl}/api/payments/dev/${placed.payment.outTradeNo}/complete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome: 'succeeded' }),
      });
      if (!paid.ok) throw new Error(`the dev cashier refused the payment: ${paid.status} ${await paid.text()}`);
      return placed.orders[0].id;
    };
    orderToShip = await paidOrder('browser-phone-ship');
    orderToRefund = await paidOrder('browser-phone-refund');
    await asShopper.requestRefund(orderToRefund, { reason: REASON, photos: [] });
  }

  beforeAll(async () => {
    market = await serveMarket();
    await placeOrders();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `console-phone-${name}.png`), fullPage: true });
  /** A drawer or dialog is fixed to the screen: the picture is of the screen, once it has slid in. */
  async function shotOfScreen(page: Page, name: string): Promise<void> {
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SCREENSHOTS, `console-phone-${name}.png`) });
  }

  async function signIn(viewport: { width: number; height: number }): Promise<Page> {
    const page = await market.page(viewport);
    await page.goto(`${market.baseUrl}/console`);
    await page.getByLabel('手机号').fill(SUPPLIER.phone);
    await page.getByLabel('密码').fill(SUPPLIER.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('当前账户').waitFor();
    return page;
  }

  /** The phone's pages go through the drawer menu, as a thumb would. */
  async function openFromMenu(page: Page, item: string): Promise<void> {
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: item, exact: true }).click();
    await page.getByRole('heading', { name: item, exact: true }).waitFor();
  }

  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  /** The button's own text: antd no longer spaces out two Chinese characters ("发 货"). */
  async function expectLabel(button: Locator, label: string): Promise<void> {
    await button.waitFor();
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe(label);
  }

  const cardOf = (page: Page, text: string | RegExp) => page.locator('.record-cards > li').filter({ hasText: text });

  it('signs in from a login page that fits the screen', async () => {
    const page = await market.page(PHONE);
    await page.goto(`${market.baseUrl}/console`);
    await expectLabel(page.getByRole('button', { name: '登录', exact: true }), '登录');
    await expectNoSidewaysScroll(page);
    await shot(page, 'login');
  });

  it('orders: one card per order, a paid one offers 发货, which opens the shipping form', async () => {
    const page = await signIn(PHONE);
    // The side menu is folded away behind the menu button.
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '订单', exact: true }).waitFor();
    await shotOfScreen(page, 'menu');
    await page.getByRole('menuitem', { name: '订单', exact: true }).click();
    await page.getByRole('heading', { name: '订单', exact: true }).waitFor();

    const card = page.locator('.record-cards > li').filter({ has: page.getByRole('link', { name: `#${orderToShip}`, exact: true }) });
    await card.getByText('待发货', { exact: true }).waitFor();
    await card.getByText('线上商城').waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    // The day range is two of the phone's own date pickers; antd's two-month panel would not fit.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await page.getByLabel('开始日期').fill(today);
    await page.getByLabel('结束日期').fill(today);
    await card.getByText('待发货', { exact: true }).waitFor();
    const ship = card.getByRole('button', { name: '发货' });
    await expectLabel(ship, '发货');
    await expectNoSidewaysScroll(page);
    await shot(page, 'orders');

    await ship.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`订单 #${orderToShip}`).waitFor();
    await drawer.getByLabel('快递公司').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '顺丰' }).click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await drawer.getByLabel('运单号').fill('SF9876543210');
    await shotOfScreen(page, 'ship-form');
    await drawer.getByRole('button', { name: '确认发货' }).click();
    await page.getByText(`订单 #${orderToShip} 已发货`).waitFor();
    await drawer.locator('.ant-descriptions').getByText('已发货', { exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
  });

  it('refunds: a request is a card with its reason, and 同意退款 and 拒绝 across its foot', async () => {
    const page = await signIn(PHONE);
    await openFromMenu(page, '退款');
    const card = cardOf(page, REASON);
    await card.getByText('待处理', { exact: true }).waitFor();
    await card.getByRole('link', { name: `#${orderToRefund}`, exact: true }).waitFor();
    await expectLabel(card.getByRole('button', { name: '同意退款' }), '同意退款');
    const reject = card.getByRole('button', { name: '拒绝' });
    await expectLabel(reject, '拒绝');
    // Full width: the two buttons share the card's width rather than huddling in a corner.
    const [cardBox, rejectBox] = await Promise.all([card.boundingBox(), reject.boundingBox()]);
    expect(rejectBox!.width).toBeGreaterThan(cardBox!.width / 3);
    await expectNoSidewaysScroll(page);
    await shot(page, 'refunds');

    await reject.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('拒绝理由').fill('发货前已检查，请提供快递外箱照片');
    await dialog.getByRole('button', { name: '拒绝', exact: true }).click();
    await page.getByText('已拒绝退款申请').waitFor();
    await page.getByText('没有这个状态的退款申请').waitFor();
  });

  it('stock: each SKU is a card with its counts and its three actions; the ledger fits too', async () => {
    const page = await signIn(PHONE);
    await openFromMenu(page, '库存');
    const card = page.locator('.record-cards > li').first();
    await card.getByText('可售').waitFor();
    await expectLabel(card.getByRole('button', { name: '流水' }), '流水');
    await card.getByRole('button', { name: '入库/调整' }).waitFor();
    await card.getByRole('button', { name: '预警值' }).waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await shot(page, 'stock');

    await card.getByRole('button', { name: '流水' }).click();
    const ledger = page.getByRole('dialog');
    await ledger.locator('.record-cards > li').first().waitFor();
    await shotOfScreen(page, 'ledger');
    await expectNoSidewaysScroll(page);
    await ledger.getByRole('button', { name: /close|关闭/i }).click();
    await ledger.waitFor({ state: 'hidden' });

    // English labels are longer; the buttons still fit, a row of their own if need be.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await card.getByRole('button', { name: 'Receive/adjust' }).waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'stock-en');
  });

  it('a desktop keeps its side menu and tables', async () => {
    const page = await signIn(DESKTOP);
    await page.getByRole('menuitem', { name: '订单', exact: true }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `#${orderToRefund}`, exact: true }) });
    await row.waitFor();
    expect(await page.locator('.record-cards').count()).toBe(0);
    expect(await page.getByRole('button', { name: '菜单' }).count()).toBe(0);
    await page.getByRole('columnheader', { name: '订单号' }).waitFor();
    await shot(page, 'desktop-orders');
    await page.getByRole('menuitem', { name: '库存', exact: true }).click();
    await page.getByRole('columnheader', { name: '可售' }).waitFor();
    await shot(page, 'desktop-stock');
  });
});
