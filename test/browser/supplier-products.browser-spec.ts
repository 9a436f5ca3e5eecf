import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

interface Product {
  id: number;
  name: string;
  status: string;
  listed: boolean;
  images: string[];
  skus: { spec: string; priceFen: number; available: number }[];
  certificate: { no: string } | null;
}

/** What staff do between the supplier's steps, through the HTTP API. */
function apiOf(baseUrl: string) {
  async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
  async function login(account: { phone: string; password: string }): Promise<string> {
    const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    if (!response.ok) throw new Error(`login ${account.phone} → ${response.status}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }
  return { call, login };
}

async function signIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel('手机号').fill(DEMO_LOGINS.supplier.phone);
  await page.getByLabel('密码').fill(DEMO_LOGINS.supplier.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('当前账户').waitFor();
}

/** A small picture of one colour, as a phone's camera roll would hand over. */
const picture = (colour: string, format: 'png' | 'jpeg') => sharp({ create: { width: 240, height: 240, channels: 3, background: colour } })[format]().toBuffer();

/** The `/media/…` path each picture tile shows, in order; playwright-core has no `expect` to poll with. */
async function tileUrls(page: Page, count: number): Promise<string[]> {
  const previews = page.locator('.product-image-preview');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const sources = await previews.evaluateAll((images) => images.map((i) => i.getAttribute('src') ?? ''));
    if (sources.length === count && sources.every((s) => s.startsWith('/media/'))) return sources.map((s) => s.replace(/\?.*$/, ''));
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ${count} uploaded pictures`);
}

const skuRow = (page: Page, n: number): Locator => page.getByRole('group', { name: `第 ${n} 个规格` });

async function fillSku(row: Locator, sku: { spec: string; unit: string; price: string; stock: string }): Promise<void> {
  await row.getByLabel('规格', { exact: true }).fill(sku.spec);
  await row.getByLabel('单位', { exact: true }).fill(sku.unit);
  await row.getByLabel('单价（元）').fill(sku.price);
  await row.getByLabel('期初库存').fill(sku.stock);
}

describe('a supplier lists a product in the console (Chromium)', () => {
  let market: ServedMarket;
  let api: ReturnType<typeof apiOf>;
  let supplierToken: string;
  let staffToken: string;
  const name = `汉中仙毫 明前特级 ${Date.now() % 100_000}`;
  let productId: number;

  beforeAll(async () => {
    market = await serveMarket();
    api = apiOf(market.baseUrl);
    supplierToken = await api.login(DEMO_LOGINS.supplier);
    staffToken = await api.login(DEMO_LOGINS.staff);
  });
  afterAll(() => market?.stop());

  it('creates a draft with two SKUs and two pictures, reorders them and submits it; staff certify it and the certificate shows', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    await page.getByRole('menuitem', { name: '商品' }).click();
    await page.getByRole('heading', { name: '商品' }).waitFor();
    await page.getByRole('button', { name: '新建商品' }).click();
    await page.getByRole('heading', { name: '新建商品' }).waitFor();

    // The contract's rules are checked before anything is sent.
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('请填写 2–100 字的商品名称').waitFor();
    await page.getByText('请选择分类').waitFor();

    await page.getByLabel('商品名称').fill(name);
    await page.getByLabel('分类').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '茶叶' }).click();
    await page.getByLabel('产地乡镇').fill('三合镇');
    await page.getByLabel('产地村（选填）').fill('青龙村');
    await page.getByLabel('商品介绍').fill('海拔 800 米茶园，清明前手工采摘一芽一叶。');
    await fillSku(skuRow(page, 1), { spec: '250g 礼盒装', unit: '盒', price: '128.555', stock: '30' });
    await page.getByRole('button', { name: '添加规格' }).click();
    await fillSku(skuRow(page, 2), { spec: '500g 袋装', unit: '袋', price: '88', stock: '50' });
    await page.getByText('请输入 0.01–1000000.00 的金额，最多两位小数').waitFor();
    await skuRow(page, 1).getByLabel('单价（元）').fill('128.5');
    await page.getByText('请输入 0.01–1000000.00 的金额，最多两位小数').waitFor({ state: 'detached' });

    await page.locator('input[type="file"]').setInputFiles([
      { name: 'tea-garden.png', mimeType: 'image/png', buffer: await picture('#2e7d32', 'png') },
      { name: 'gift-box.jpg', mimeType: 'image/jpeg', buffer: await picture('#c62828', 'jpeg') },
    ]);
    const [garden, box] = await tileUrls(page, 2);
    expect(await page.locator('.product-image-tile').first().getByText('封面').count()).toBe(1);
    // The gift box becomes the cover.
    await page.getByRole('button', { name: '后移 1' }).click();
    expect(await tileUrls(page, 2)).toEqual([box, garden]);
    await page.getByText('第一张是封面', { exact: false }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-product-editor-new.png'), fullPage: true });

    await page.getByRole('button', { name: '提交认证' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.locator('.ant-modal-confirm-title', { hasText: '提交认证？' }).waitFor();
    await confirm.getByRole('button', { name: '提交认证' }).click();
    await page.getByText('已提交认证，请等待协会审核').waitFor();
    await page.waitForURL(/\/console\/products\/\d+$/);
    productId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByText('协会正在审核，审核结束前不能修改。').waitFor();

    const saved = await api.call<Product>('GET', `/supplier/products/${productId}`, supplierToken);
    expect(saved).toMatchObject({ name, status: 'pending', images: [box, garden], certificate: null });
    expect(saved.skus.map((s) => [s.spec, s.priceFen, s.available])).toEqual([
      ['250g 礼盒装', 12850, 30],
      ['500g 袋装', 8800, 50],
    ]);

    await page.getByRole('link', { name: '返回商品列表' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row.getByText('待认证').waitFor();
    await row.getByText('¥88.00 起').waitFor();
    await row.getByText('茶叶').waitFor();
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await page.getByText('已提交认证，请等待协会审核').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-products-list.png'), fullPage: true });

    // Only drafts: the submitted product is not among them; then by name.
    await page.getByLabel('状态', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '草稿' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('状态', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '全部状态' }).click();
    await page.getByLabel('搜索商品名称').fill(name);
    await page.getByLabel('搜索商品名称').press('Enter');
    await page.getByText('共 1 件商品').waitFor();

    // Rejected once, resubmitted, then certified: the editor keeps both decisions with the reviewer's reason.
    await api.call('POST', `/association/products/${productId}/reject`, staffToken, { reason: '请补充农残检测报告' });
    await api.call('POST', `/supplier/products/${productId}/submit`, supplierToken, {});
    const certified = await api.call<{ certificateNo: string }>('POST', `/association/products/${productId}/certify`, staffToken, {});
    await page.reload();
    await page.getByLabel('搜索商品名称').fill(name);
    await page.getByLabel('搜索商品名称').press('Enter');
    await row.getByText(certified.certificateNo).waitFor();
    await row.getByText('已认证').waitFor();
    await row.getByText('已上架').waitFor();

    await row.getByRole('link', { name }).click();
    await page.getByText(certified.certificateNo, { exact: false }).first().waitFor();
    await page.getByText('修改名称、分类、图片或产地', { exact: false }).waitFor();
    const history = page.locator('.decision-history');
    await history.getByText('未通过').waitFor();
    await history.getByText('请补充农残检测报告').waitFor();
    await history.getByText('通过认定').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-product-editor.png'), fullPage: true });

    // Renaming a certified product asks first, since it sends the product back to review.
    await page.getByLabel('商品名称').fill(`${name} 新包装`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const review = page.getByRole('dialog');
    await review.locator('.ant-modal-confirm-title', { hasText: '修改后需要重新认证' }).waitFor();
    await review.getByRole('button', { name: '取消' }).click();
    await review.waitFor({ state: 'detached' });
    await page.getByLabel('商品名称').fill(name);

    await page.getByRole('button', { name: '下架' }).click();
    const unlist = page.getByRole('dialog');
    await unlist.getByText('下架这件商品？').waitFor();
    await unlist.getByLabel('下架原因').fill('包装更换，暂停销售两周');
    await unlist.getByRole('button', { name: '下架' }).click();
    await page.getByText('已下架', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: '上架' }).waitFor();
    expect(await api.call<Product>('GET', `/supplier/products/${productId}`, supplierToken)).toMatchObject({ status: 'certified', listed: false });
  });

  it('reads in English', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await signIn(page, market.baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Products' }).click();
    await page.getByRole('columnheader', { name: 'Certificate No.' }).waitFor();
    await page.getByLabel('Search by name').fill(name);
    await page.getByLabel('Search by name').press('Enter');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row.getByText('Certified').waitFor();
    await row.getByText('Unlisted').waitFor();
    await row.getByText('from ¥88.00').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-products-list-en.png'), fullPage: true });

    await page.getByRole('button', { name: 'New product' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Give a name of 2–100 characters').waitFor();
    await page.getByRole('button', { name: 'Submit for certification' }).waitFor();
    await page.getByText('the first is the cover', { exact: false }).waitFor();
  });

  it('on a phone lists the products as cards and stacks the editor', async () => {
    const page = await market.page();
    await signIn(page, market.baseUrl);
    await page.goto(`${market.baseUrl}/console/products`);
    const card = page.locator('.record-cards > li').filter({ has: page.getByRole('link', { name, exact: true }) });
    await card.getByText('已认证').waitFor();
    await card.getByRole('button', { name: '编辑' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-products-phone.png'), fullPage: true });
    await card.getByRole('button', { name: '编辑' }).click();
    await page.getByText('认证状态').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'supplier-product-editor-phone.png'), fullPage: true });
  });
});
