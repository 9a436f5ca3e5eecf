import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createApiClient } from '@bangfu/api-client';
import { formatPrice } from '@bangfu/contracts';
import { SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const SHOPPER = { phone: '13800000003', password: 'demo1234' };
const SUPPLIER = { phone: '13800000002', password: 'demo1234' };
const STAFF = { phone: '13800000001', password: 'demo1234' };
const ADDRESS = { name: '张晓雨', phone: '13800000003', province: '陕西省', city: '汉中市', district: '汉台区', detail: '天汉大道 88 号' };

const REASON = '收到的香菇有一半发霉，照片为证';
const REFUSAL = '发货前逐袋检查过，没有霉变';
const DECISION = '照片显示明显霉变，支持买家退款';

/**
 * After-sales across the three parties: the shopper asks for a refund with a photo in the storefront, the supplier
 * refuses it in the console, the shopper takes it to the association, and staff decide for the shopper.
 */
describe('a refused refund with a photo, decided by the association, in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOTS, `after-sales-${name}.png`), fullPage });

  /** Buying and paying are the shopping spec's subject; here they are set-up, through the API and the dev cashier. */
  async function paidOrder(): Promise<{ orderId: number; totalFen: number }> {
    const api = createApiClient({ baseUrl: market.baseUrl });
    const supplier = await api.login(SUPPLIER);
    const shopper = await api.login(SHOPPER);
    const asShopper = createApiClient({ baseUrl: market.baseUrl, getToken: () => shopper.accessToken });
    const hits = await api.search({ supplierId: supplier.user.supplierId!, inStock: true });
    const product = await api.product(hits.items[0].id);
    const sku = product.skus.find((s) => s.inStock)!;
    const placed = await asShopper.checkout({ items: [{ skuId: sku.id, quantity: 1 }], address: ADDRESS, channel: 'online' }, 'browser-after-sales-photo-1');
    const paid = await fetch(`${market.baseUrl}/api/payments/dev/${placed.payment.outTradeNo}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'succeeded' }),
    });
    if (!paid.ok) throw new Error(`the dev cashier refused the payment: ${paid.status} ${await paid.text()}`);
    return { orderId: placed.orders[0].id, totalFen: placed.orders[0].totalFen };
  }

  async function storefrontLogIn(page: Page): Promise<void> {
    await page.getByPlaceholder(/手机号/).fill(SHOPPER.phone);
    await page.getByPlaceholder(/密码/).fill(SHOPPER.password);
    await page.getByRole('button', { name: '登录' }).click();
  }

  async function consoleSignIn(page: Page, account: { phone: string; password: string }): Promise<void> {
    await page.goto(`${market.baseUrl}/console`);
    await page.getByLabel('手机号').fill(account.phone);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('当前账户').waitFor();
  }

  /** A photo of mouldy mushrooms, drawn by the browser so the upload is a real PNG. */
  async function drawPhoto(page: Page): Promise<Buffer> {
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#5d4037';
      g.fillRect(0, 0, 320, 240);
      g.fillStyle = '#c5e1a5';
      for (const [x, y, r] of [[90, 110, 50], [210, 90, 40], [190, 170, 35]]) {
        g.beginPath();
        g.arc(x, y, r, 0, Math.PI * 2);
        g.fill();
      }
      return canvas.toDataURL('image/png');
    });
    return Buffer.from(dataUrl.split(',')[1], 'base64');
  }

  /** Waits until a picture has loaded from the server, and gives its natural width. */
  async function loadedWidth(img: Locator): Promise<number> {
    await img.scrollIntoViewIfNeeded();
    const handle = await img.elementHandle();
    await img.page().waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, handle);
    return img.evaluate((el) => (el as HTMLImageElement).naturalWidth);
  }

  it('shopper attaches a photo, supplier refuses, shopper escalates, staff see both sides and refund', async () => {
    const { orderId, totalFen } = await paidOrder();
    const amount = formatPrice(totalFen);

    // The shopper asks for the money back with a photo chosen through the form's file input.
    const shop = await market.page();
    await shop.goto(`${market.baseUrl}/orders/${orderId}`);
    await shop.waitForURL(/\/login$/);
    await storefrontLogIn(shop);
    await shop.waitForURL(new RegExp(`/orders/${orderId}$`));
    await shop.locator('.order-head').getByText('待发货', { exact: true }).waitFor();
    const photo = await drawPhoto(shop);

    await shop.getByRole('button', { name: '申请退款' }).click();
    const popup = shop.locator('.refund-popup');
    await popup.getByPlaceholder(/请说明原因/).fill(REASON);
    const fileInput = popup.locator('input[type=file]');
    // Only pictures are taken; anything else is named and left out before it is sent.
    await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await popup.getByText('“notes.txt”不是 JPG、PNG 或 WebP 图片，未添加').waitFor();
    expect(await popup.locator('.photo-tile img').count()).toBe(0);
    // A file that only claims to be a PNG gets past the browser, but the API refuses it: the tile says so and goes.
    await fileInput.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
    await popup.getByText('第 1 张照片上传失败：不支持这种文件格式').waitFor();
    await popup.locator('.photo-tile[data-state="failed"]').getByText('上传失败').waitFor();
    await popup.getByRole('button', { name: '提交申请' }).click();
    await popup.getByText('有照片上传失败，请重试或删除后再提交').waitFor();
    await popup.getByRole('button', { name: '删除第 1 张照片' }).click();
    await popup.locator('.photo-tile[data-state]').waitFor({ state: 'detached' });
    await fileInput.setInputFiles({ name: 'mould.png', mimeType: 'image/png', buffer: photo });
    const uploaded = popup.locator('.photo-tile[data-state="done"] img');
    await uploaded.waitFor();
    expect(await uploaded.getAttribute('src')).toMatch(/^\/media\/uploads\/[\w-]+\.png$/);
    expect(await loadedWidth(uploaded)).toBe(320);
    await popup.getByRole('button', { name: '删除第 1 张照片' }).waitFor();
    await shot(shop, 'refund-form');
    await popup.getByRole('button', { name: '提交申请' }).click();
    await shop.locator('.order-head').getByText('退款中', { exact: true }).waitFor();
    const requests = shop.locator('.refund-requests');
    await requests.getByText('待商家处理').waitFor();
    await requests.getByText(REASON, { exact: false }).waitFor();
    expect(await loadedWidth(requests.getByRole('img', { name: '凭证照片 1' }))).toBe(320);
    await shot(shop, 'refund-requested');

    // The supplier sees the photo beside the request and refuses with a reason.
    const desk = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(desk, SUPPLIER);
    await desk.getByRole('menuitem', { name: '退款' }).click();
    const supplierRow = desk.getByRole('row').filter({ has: desk.getByRole('link', { name: `#${orderId}`, exact: true }) });
    await supplierRow.getByText(REASON).waitFor();
    expect(await loadedWidth(supplierRow.getByRole('img', { name: '买家凭证 1' }))).toBe(320);
    expect(await desk.getByRole('menuitem', { name: '退款裁决' }).count()).toBe(0);
    await shot(desk, 'supplier-refunds', true);
    await supplierRow.getByRole('button', { name: /拒\s*绝/ }).click();
    const refuse = desk.getByRole('dialog');
    await refuse.getByLabel('拒绝理由').fill(REFUSAL);
    await refuse.getByRole('button', { name: /拒\s*绝/ }).click();
    await desk.getByText('已拒绝退款申请').waitFor();

    // The shopper reads the refusal and takes the request to the association.
    await shop.reload();
    await shop.getByText(`商家拒绝退款：${REFUSAL}`).waitFor();
    await shop.getByRole('button', { name: '申请协会介入' }).click();
    await shop.getByRole('dialog').getByRole('button', { name: '申请协会介入' }).click();
    await requests.getByText('协会处理中').waitFor();

    // Staff find it in their arbitration queue with both sides' words and the photo, and decide for a refund.
    const staff = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(staff, STAFF);
    await staff.getByRole('menuitem', { name: '退款裁决' }).click();
    await staff.waitForURL(/\/console\/arbitration$/);
    await staff.getByRole('heading', { name: '退款裁决' }).waitFor();
    const row = staff.getByRole('row').filter({ hasText: REASON });
    await row.getByText(REFUSAL).waitFor();
    await row.getByText(amount, { exact: true }).waitFor();
    await row.getByRole('cell', { name: `#${orderId}`, exact: true }).first().waitFor();
    expect(await loadedWidth(row.getByRole('img', { name: '买家凭证 1' }))).toBe(320);
    await shot(staff, 'arbitration', true);

    await row.getByRole('button', { name: '裁定退款' }).click();
    const decide = staff.getByRole('dialog');
    await decide.getByText(`订单 #${orderId} 退款 ${amount}`, { exact: false }).waitFor();
    // A one-character reason is refused as it is typed, before anything is sent.
    await decide.getByLabel('裁定理由').fill('准');
    await decide.getByText('请填写 2–500 字的裁定理由').waitFor();
    await decide.getByLabel('裁定理由').fill(DECISION);
    await shot(staff, 'arbitration-decide');
    await decide.getByRole('button', { name: '裁定退款' }).click();
    await staff.getByText('已裁定退款').waitFor();
    await staff.getByText('没有待裁决的退款申请').waitFor();

    // The money is back: the shopper's order says so, with the association's reason.
    await shop.reload();
    await shop.locator('.order-head').getByText('已退款', { exact: true }).waitFor();
    await requests.getByText('已退款', { exact: true }).waitFor();
    await requests.getByText(`处理说明：${DECISION}`).waitFor();
    await shot(shop, 'refunded', true);
  });

  it('keeps the arbitration screen to staff, and shows it in English too', async () => {
    const desk = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(desk, SUPPLIER);
    await desk.goto(`${market.baseUrl}/console/arbitration`);
    await desk.getByText('仅协会工作人员可用').waitFor();

    const staff = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(staff, STAFF);
    await staff.getByRole('menuitem', { name: '退款裁决' }).click();
    await staff.getByRole('button', { name: 'English' }).click();
    await staff.getByRole('heading', { name: 'Refund arbitration' }).waitFor();
    await staff.getByRole('columnheader', { name: "Supplier's refusal" }).waitFor();
    await staff.getByText('No refund requests are waiting for a decision').waitFor();
  });
});
