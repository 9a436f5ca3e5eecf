import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApiClient } from '@bangfu/api-client';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@bangfu/contracts';
import { consoleSignIn, DEMO_LOGINS, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const PASSWORD = 'apply-pass-2026';
const CHANGES = '营业执照照片不清晰，请重新上传';

/** A valid unified social credit code of a Hanzhong cooperative, different on every run. */
function creditCode(): string {
  let body = '93610723';
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * 31)];
  return body + creditCodeCheckChar(body);
}

/** A scan of a licence, drawn by the browser so the upload is a real PNG. */
async function licenceScan(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 280;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fffbe6';
    g.fillRect(0, 0, 400, 280);
    g.fillStyle = '#cf1322';
    g.font = '32px sans-serif';
    g.fillText('营业执照', 130, 80);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/**
 * A business becomes a certified supplier from its own account, in Chromium at desktop width: it applies (the
 * credit code checked as typed, a licence uploaded, the draft kept over a reload), staff ask for a change, it
 * resubmits, and once approved its console shows the supplier's pages.
 */
describe('a supplier application from the console, in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `apply-${name}.png`), fullPage: true });

  async function asStaff<T>(act: (token: string) => Promise<T>): Promise<T> {
    const { accessToken } = await createApiClient({ baseUrl: market.baseUrl }).login(DEMO_LOGINS.staff);
    return act(accessToken);
  }
  const staffPost = (path: string, body: object) =>
    asStaff(async (token) => {
      const res = await fetch(`${market.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      return res.json();
    });

  /** Picks an option of an antd Select; a searchable one is narrowed by typing, as its long list is virtual. */
  async function choose(page: Page, label: string, option: string, searchable = false): Promise<void> {
    await page.getByLabel(label).click();
    if (searchable) await page.keyboard.type(option);
    await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  }

  it('applies, is asked for a change, resubmits and, once approved, works as a supplier', async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    await createApiClient({ baseUrl: market.baseUrl }).register({ phone, password: PASSWORD, name: '王春梅' });
    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, { phone, password: PASSWORD });

    // A shopper's account is invited to apply; the supplier's own pages are not in its menu.
    await page.getByRole('button', { name: '填写入驻申请' }).click();
    await page.waitForURL(/\/console\/apply$/);
    expect(await page.getByRole('menuitem', { name: '订单' }).count()).toBe(0);

    await page.getByLabel('主体名称').fill('洋县华阳镇石塔寺村茶叶专业合作社');
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

    await page.locator('.document-list input[type="file"]').setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: await licenceScan(page) });
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
    const [pending] = await asStaff(async (token) =>
      (await (await fetch(`${market.baseUrl}/api/association/applications?status=pending&pageSize=100`, { headers: { authorization: `Bearer ${token}` } })).json()).items.filter(
        (a: { creditCode: string }) => a.creditCode === code,
      ),
    );
    expect(pending).toMatchObject({ name: '洋县华阳镇石塔寺村茶叶专业合作社', county: '610723', town: '华阳镇', householdsLinked: 36, documents: [{ fileName: '营业执照.png' }] });

    // Staff ask for a clearer licence: the form opens again with their reason beside it, filled as sent.
    await staffPost(`/api/association/applications/${pending.id}/request-changes`, { reason: CHANGES });
    await page.reload();
    await page.getByText(`修改意见：${CHANGES}`).waitFor();
    expect(await page.getByLabel('详细地址').inputValue()).toBe('洋县华阳镇石塔寺村二组');
    await shot(page, 'changes-requested');
    await page.getByLabel('详细地址').fill('洋县华阳镇石塔寺村二组 12 号');
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.getByText('协会正在审核您的申请').waitFor();

    // Approved, with a certificate that runs out in 20 days: the account is a supplier's now, and its console says so.
    const validUntil = new Date(Date.now() + 20 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const approved = await staffPost(`/api/association/applications/${pending.id}/approve`, { validUntil });
    await page.reload();
    await page.getByText(`证书编号 ${approved.certificateNo}`, { exact: false }).waitFor();
    await shot(page, 'approved');
    await page.getByRole('button', { name: '进入供应商控制台' }).click();
    await page.getByRole('menuitem', { name: '订单' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '申请入驻' }).count()).toBe(0);

    // Its certificate, with the QR code of the public check; renewal is open as it expires within 30 days.
    await page.getByRole('menuitem', { name: '认定证书' }).click();
    await page.getByText(approved.certificateNo, { exact: true }).waitFor();
    await page.getByText('还有 20 天到期').waitFor();
    await page.locator('.certificate-qr-card').getByRole('img', { name: '证书查验二维码' }).waitFor();
    await page.locator('.document-list input[type="file"]').setInputFiles({ name: '新营业执照.png', mimeType: 'image/png', buffer: await licenceScan(page) });
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
