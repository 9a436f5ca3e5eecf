import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { createApiClient } from '@bangfu/api-client';
import { addDays, chinaDate } from '@bangfu/contracts';
import { consoleSignIn, creditCode, DEMO_LOGINS, drawnPng, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const PASSWORD = 'apply-pass-2026';
const NAME = '洋县华阳镇石塔寺村茶叶专业合作社';
const CHANGES = '营业执照照片不清晰，请重新上传';
const SUSPENSION = '抽检发现农残超标，暂停经营待整改';
const PRODUCT = '石塔寺毛尖 明前一级';

/**
 * The whole certification journey, in Chromium at desktop width (phone width for the store): a new business
 * signs up in the store and applies from its own account (the credit code checked as typed, a licence uploaded, the draft kept over a
 * reload); staff send it back from the review queue; it resubmits; staff approve; it lists a product with two
 * SKUs and two pictures; staff certify it; the store finds it by pinyin and its certificate checks "valid";
 * staff suspend the supplier, and the product leaves the store while the check says "suspended".
 */
describe('certification from application to the store, in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `apply-${name}.png`), fullPage: true });

  /** Picks an option of an antd Select; a searchable one is narrowed by typing, as its long list is virtual. */
  async function choose(page: Page, label: string, option: string, searchable = false): Promise<void> {
    await page.getByLabel(label).click();
    if (searchable) await page.keyboard.type(option);
    await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  }

  /** Reloads a store page until `ready` holds: the search index follows certification within seconds. */
  async function within5s(page: Page, ready: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      await page.reload();
      await page.waitForLoadState('networkidle');
      if (await ready()) return;
      if (Date.now() > deadline) throw new Error('the store did not follow within 5 s');
    }
  }

  it('applies, is sent back, resubmits, is approved, lists a certified product the store finds, and is suspended', async () => {
    // The business's account is made in the store, its phone proved by an SMS code (the dev sender's hint here).
    const phone = `139${String(Date.now()).slice(-8)}`;
    const store = await market.page();
    await store.goto(`${market.baseUrl}/signup`);
    await store.getByPlaceholder('请输入手机号').fill(phone);
    await store.getByPlaceholder('怎么称呼您').fill('王春梅');
    await store.getByPlaceholder('设置登录密码').fill(PASSWORD);
    await store.getByRole('button', { name: '获取验证码' }).click();
    await store.getByTestId('dev-sms').getByRole('button', { name: '填入' }).click({ timeout: 60_000 });
    await store.getByRole('button', { name: '注册并登录' }).click();
    await store.waitForURL((url) => !url.pathname.startsWith('/signup'));

    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, { phone, password: PASSWORD });
    const staff = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(staff, market.baseUrl, DEMO_LOGINS.staff);

    // A shopper's account is invited to apply; the supplier's own pages are not in its menu.
    await page.getByRole('button', { name: '填写入驻申请' }).click();
    await page.waitForURL(/\/console\/apply$/);
    expect(await page.getByRole('menuitem', { name: '订单' }).count()).toBe(0);

    await page.getByLabel('主体名称').fill(NAME);
    await page.getByLabel('统一社会信用代码').fill('91610723MA6YT0000X');
    await page.getByText('统一社会信用代码不正确').waitFor();
    const code = creditCode();
    await page.getByLabel('统一社会信用代码').fill(code);
    await page.getByText('校验通过').waitFor();
    await choose(page, '主体类型', '农民专业合作社');
    await page.getByLabel('带动脱贫户数').fill('36');
    await choose(page, '所在县区', '洋县');
    await choose(page, '乡镇（街道）', '华阳镇', true);
    await page.getByLabel('村（社区）').fill('石塔寺村');
    await page.getByLabel('详细地址').fill('洋县华阳镇石塔寺村二组');
    await page.getByLabel('法定代表人').fill('王建军');
    await page.getByLabel('联系人').fill('王春梅');
    await page.getByLabel('联系电话').fill(phone);
    await page.locator('.document-list input[type="file"]').setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: await drawnPng(page, '营业执照') });
    // The private document is previewed through the session (a blob: URL the page's policy allows).
    await page.waitForFunction(() => (document.querySelector('img.document-thumbnail') as HTMLImageElement | null)?.naturalWidth === 400);

    // The draft is kept: a reload loses nothing, the uploaded licence included.
    await page.reload();
    await page.getByLabel('主体名称').waitFor();
    expect(await page.getByLabel('统一社会信用代码').inputValue()).toBe(code);
    await page.getByRole('img', { name: '营业执照.png' }).waitFor();
    await shot(page, 'form');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('申请已提交，请等待协会审核').waitFor();
    await page.getByText('协会正在审核您的申请').waitFor();

    // Staff find it in their queue with its licence, and send it back with a reason.
    await staff.getByRole('menuitem', { name: '供应商认定' }).click();
    await staff.locator('.ant-table-row').filter({ hasText: NAME }).getByRole('link').first().click();
    await staff.getByRole('heading', { name: new RegExp(`申请 #\\d+ · ${NAME}`) }).waitFor();
    const applicationId = Number(new URL(staff.url()).pathname.split('/').pop());
    await staff.getByRole('img', { name: '营业执照.png' }).waitFor();
    await staff.getByRole('button', { name: '退回修改' }).click();
    const sendBack = staff.getByRole('dialog', { name: `退回申请 #${applicationId} 修改` });
    await sendBack.getByRole('textbox').fill(CHANGES);
    await sendBack.getByRole('button', { name: '退回修改' }).click();
    await staff.getByText('已退回申请人修改').waitFor();

    // The form opens again with the reason beside it, filled as sent; the applicant resubmits.
    await page.reload();
    await page.getByText(`修改意见：${CHANGES}`).waitFor();
    expect(await page.getByLabel('详细地址').inputValue()).toBe('洋县华阳镇石塔寺村二组');
    await shot(page, 'changes-requested');
    await page.getByLabel('详细地址').fill('洋县华阳镇石塔寺村二组 12 号');
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.getByText('协会正在审核您的申请').waitFor();

    // Staff approve it, with a certificate that runs out in 20 days.
    const validUntil = addDays(chinaDate(new Date()), 20);
    await staff.goto(`${market.baseUrl}/console/association/applications/${applicationId}`);
    await staff.locator('.ant-descriptions').getByText('洋县华阳镇石塔寺村二组 12 号', { exact: true }).waitFor();
    await staff.getByRole('button', { name: '通过认定' }).click();
    const approval = staff.getByRole('dialog', { name: `通过申请 #${applicationId}` });
    await approval.getByLabel('有效期至（可选）').click();
    await approval.getByLabel('有效期至（可选）').fill(validUntil);
    // Tab leaves the picker with the typed date kept (Enter would submit the form at once).
    await approval.getByLabel('有效期至（可选）').press('Tab');
    await staff.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    expect(await approval.getByLabel('有效期至（可选）').inputValue()).toBe(validUntil);
    await approval.getByRole('button', { name: '通过认定' }).click();
    const supplierCertificate = (await staff.getByText(/已通过，证书编号 \S+/).textContent())!.match(/证书编号 (\S+)/)![1];

    // The account is a supplier's now: its console shows the supplier's pages and its certificate.
    await page.reload();
    await page.getByText(`证书编号 ${supplierCertificate}`, { exact: false }).waitFor();
    // Every decision stays readable with its reason: the send-back too, now that it is approved.
    const decisions = page.locator('.application-decisions');
    await decisions.getByText('通过认定').waitFor();
    await decisions.getByText('退回修改').waitFor();
    await decisions.getByText(`协会意见：${CHANGES}`).waitFor();
    await shot(page, 'approved');
    await page.getByRole('button', { name: '进入供应商控制台' }).click();
    await page.getByRole('menuitem', { name: '订单' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '申请入驻' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '认定证书' }).click();
    await page.getByText(supplierCertificate, { exact: true }).waitFor();
    await page.getByText('还有 20 天到期').waitFor();
    await page.locator('.certificate-qr-card').getByRole('img', { name: '证书查验二维码' }).waitFor();
    await page.locator('.document-list input[type="file"]').setInputFiles({ name: '新营业执照.png', mimeType: 'image/png', buffer: await drawnPng(page, '营业执照') });
    await page.getByText('新营业执照.png').waitFor();
    await shot(page, 'certificate');
    await page.getByRole('button', { name: '申请续期' }).click();
    await page.getByText('续期申请已提交，协会审核中。').waitFor();
    await page.getByRole('button', { name: '打印证书' }).click();
    await page.waitForURL(/\/console\/certificate\/print$/);
    await page.getByRole('heading', { name: '汉中市消费帮扶供应商认定证书' }).waitFor();
    const qr = page.locator('.printable-certificate').getByRole('img', { name: '证书查验二维码' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-header').isVisible()).toBe(false);
    await shot(page, 'certificate-print');
    await page.emulateMedia({ media: 'screen' });

    // It lists a product with two SKUs and two pictures, and submits it.
    await page.getByRole('menuitem', { name: '商品' }).click();
    await page.getByRole('button', { name: '新建商品' }).click();
    await page.getByRole('heading', { name: '新建商品' }).waitFor();
    await page.getByLabel('商品名称').fill(PRODUCT);
    await choose(page, '分类', '茶叶');
    await page.getByLabel('产地乡镇').fill('华阳镇');
    await page.getByLabel('产地村（选填）').fill('石塔寺村');
    await page.getByLabel('商品介绍').fill('华阳高山茶园，清明前采摘一芽一叶。');
    const sku = (n: number) => page.getByRole('group', { name: `第 ${n} 个规格` });
    await sku(1).getByLabel('规格', { exact: true }).fill('250g 罐装');
    await sku(1).getByLabel('单位', { exact: true }).fill('罐');
    await sku(1).getByLabel('单价（元）').fill('98');
    await sku(1).getByLabel('期初库存').fill('40');
    await page.getByRole('button', { name: '添加规格' }).click();
    await sku(2).getByLabel('规格', { exact: true }).fill('500g 袋装');
    await sku(2).getByLabel('单位', { exact: true }).fill('袋');
    await sku(2).getByLabel('单价（元）').fill('168.5');
    await sku(2).getByLabel('期初库存').fill('20');
    const picture = (colour: string) => sharp({ create: { width: 240, height: 240, channels: 3, background: colour } }).png().toBuffer();
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'garden.png', mimeType: 'image/png', buffer: await picture('#2e7d32') },
      { name: 'tin.png', mimeType: 'image/png', buffer: await picture('#a0522d') },
    ]);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.product-image-preview')).filter((i) => i.getAttribute('src')?.startsWith('/media/')).length === 2);
    await page.getByRole('button', { name: '提交认证' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交认证' }).click();
    await page.getByText('已提交认证，请等待协会审核').waitFor();

    // Staff certify it from the product queue.
    await staff.getByRole('menuitem', { name: '产品认定' }).click();
    await staff.locator('.ant-table-row').filter({ hasText: PRODUCT }).getByRole('link').first().click();
    await staff.getByRole('heading', { name: new RegExp(`产品 #\\d+ · ${PRODUCT}`) }).waitFor();
    await staff.getByRole('button', { name: '通过认定' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: '通过认定' }).click();
    const productCertificate = (await staff.getByText(/已认定，证书编号 \S+/).textContent())!.match(/证书编号 (\S+)/)![1];

    // Within 5 s the store finds it by its pinyin, and its certificate checks "valid".
    const shopper = await market.page();
    await shopper.goto(`${market.baseUrl}/search?q=shitasi`);
    const inResults = () => shopper.getByRole('link', { name: PRODUCT }).count().then((n) => n > 0);
    await within5s(shopper, inResults);
    await shopper.goto(`${market.baseUrl}/verify/${productCertificate}`);
    await shopper.getByRole('status').getByText('证书有效').waitFor();
    await shopper.getByRole('link', { name: NAME }).waitFor();

    // Staff suspend the supplier: the product leaves the store and the check says so.
    await staff.getByRole('menuitem', { name: '供应商名录' }).click();
    await staff.getByLabel('名称或信用代码').fill(code);
    await staff.getByLabel('名称或信用代码').press('Enter');
    const row = staff.locator('.ant-table-row').filter({ hasText: NAME });
    await row.getByRole('button', { name: '暂停经营' }).click();
    const suspend = staff.getByRole('dialog', { name: /暂停供应商 #\d+/ });
    await suspend.getByRole('textbox').fill(SUSPENSION);
    await suspend.getByRole('button', { name: '暂停经营' }).click();
    await staff.getByText('已暂停该供应商').waitFor();

    await shopper.reload();
    await shopper.getByRole('status').getByText('已暂停').waitFor();
    await shopper.goto(`${market.baseUrl}/search?q=shitasi`);
    await within5s(shopper, async () => !(await inResults()));
  });

  it('keeps the application page from staff, and reads in English', async () => {
    const staff = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(staff, market.baseUrl, DEMO_LOGINS.staff);
    await staff.goto(`${market.baseUrl}/console/apply`);
    await staff.getByText('供消费者和供应商账户使用').waitFor();

    const phone = `137${String(Date.now()).slice(-8)}`;
    await createApiClient({ baseUrl: market.baseUrl }).register({ phone, password: PASSWORD, name: 'Li Na' });
    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, { phone, password: PASSWORD });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Become a supplier' }).click();
    await page.getByRole('heading', { name: 'Apply to become a certified supplier' }).waitFor();
    await page.getByLabel('Unified social credit code').fill('12345');
    await page.getByText('Not a valid credit code').waitFor();
    await shot(page, 'form-en');
  });
});
