import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApiClient, type ApiClient } from '@bangfu/api-client';
import type { ApplicationView, SupplierApplicationRequest } from '@bangfu/contracts';
import { consoleSignIn, creditCode, DEMO_LOGINS, drawnPng, SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

const PASSWORD = 'review-pass-2026';
const CHANGES = '营业执照照片不清晰，请重新上传加盖公章的扫描件';
const SUSPENSION = '抽检发现产品农残超标，暂停经营待整改';
const VALID_UNTIL = '2030-06-30';

/**
 * Association staff certify suppliers and products in the console, in Chromium at desktop width: the application queue
 * with its document, a request for changes, the resubmission approved with a chosen validity date, the next application
 * opening after each decision; a product certified from its queue; a supplier suspended from the registry; suppliers
 * kept out.
 */
describe('association staff review applications, products and suppliers, in Chromium', () => {
  let market: ServedMarket;
  let api: ApiClient;
  beforeAll(async () => {
    market = await serveMarket();
    api = createApiClient({ baseUrl: market.baseUrl });
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const asUser = (token: string) => createApiClient({ baseUrl: market.baseUrl, getToken: () => token });

  async function staffPage(): Promise<Page> {
    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, DEMO_LOGINS.staff);
    return page;
  }

  /** A fresh shopper's account applies through the API, with a licence scan as its document. */
  async function apply(page: Page, name: string, phone: string): Promise<{ client: ApiClient; application: ApplicationView; request: SupplierApplicationRequest }> {
    await api.register({ phone, password: PASSWORD, name: '王春梅' });
    const client = asUser((await api.login({ phone, password: PASSWORD })).accessToken);
    const licence = await client.upload(new Blob([new Uint8Array(await drawnPng(page, '营业执照'))], { type: 'image/png' }), 'document', { fileName: '营业执照.png' });
    const request: SupplierApplicationRequest = {
      name,
      creditCode: creditCode(),
      entityType: 'coop',
      county: '610723',
      town: '华阳镇',
      village: '石塔寺村',
      address: '洋县华阳镇石塔寺村二组',
      contactName: '王春梅',
      contactPhone: phone,
      legalRep: '王建军',
      householdsLinked: 36,
      description: '种植和加工高山绿茶，带动本村脱贫户务工。',
      documents: [licence.id],
    };
    return { client, application: await client.apply(request), request };
  }

  /** The list has loaded and its loading veil has faded, so a screenshot shows it as read. */
  async function settled(page: Page): Promise<void> {
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.ant-spin-container')).every((c) => getComputedStyle(c).opacity === '1'));
  }

  const rowWith = (page: Page, text: string) => page.locator('.ant-table-row').filter({ hasText: text });

  it('asks for changes, approves the resubmission with a validity date, and opens the next application each time', async () => {
    const page = await staffPage();
    const stamp = String(Date.now()).slice(-7);
    const first = await apply(page, `洋县石塔寺村茶叶专业合作社${stamp}`, `1391${stamp}`);
    const second = await apply(page, `洋县溢水镇香菇专业合作社${stamp}`, `1392${stamp}`);

    // The queue: pending first and oldest first, counted per state.
    await page.getByRole('menuitem', { name: '供应商认定' }).click();
    await page.waitForURL(/\/console\/association\/applications$/);
    await page.getByRole('heading', { name: '供应商认定' }).waitFor();
    await rowWith(page, second.request.name).waitFor();
    const names = await page.locator('.ant-table-row td:nth-child(2)').allTextContents();
    expect(names.indexOf(first.request.name)).toBeLessThan(names.indexOf(second.request.name));
    expect(await page.getByRole('tab', { name: /待审核\s*2/ }).getAttribute('aria-selected')).toBe('true');
    await settled(page);
    await shot(page, 'review-applications');

    // Every field, the licence inline, no supplier past, the record of its filing.
    await rowWith(page, first.request.name).getByRole('link', { name: `#${first.application.id}` }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/association/applications/${first.application.id}`));
    await page.getByRole('heading', { name: `申请 #${first.application.id} · ${first.request.name}` }).waitFor();
    for (const text of [first.request.creditCode, '农民专业合作社', '洋县', '华阳镇', '王建军', first.request.address]) {
      await page.locator('.ant-descriptions').getByText(text, { exact: true }).first().waitFor();
    }
    const licence = page.getByRole('img', { name: '营业执照.png' });
    await licence.waitFor();
    expect(await licence.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(400);
    await page.getByText('没有使用此统一社会信用代码的供应商，这是首次认定').waitFor();
    await page.locator('.review-audit').getByText('提交申请').waitFor();
    await shot(page, 'review-application-detail');

    // Changes asked for: a reason is required and checked before anything is sent.
    await page.getByRole('button', { name: '退回修改' }).click();
    const dialog = page.getByRole('dialog', { name: `退回申请 #${first.application.id} 修改` });
    await dialog.getByRole('textbox').fill('改');
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await dialog.getByText('请填写 2–500 字的原因').waitFor();
    await dialog.getByRole('textbox').fill(CHANGES);
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await page.getByText('已退回申请人修改').waitFor();
    // The next application waiting opens by itself.
    await page.waitForURL((url) => url.pathname.endsWith(`/association/applications/${second.application.id}`));
    await page.getByRole('heading', { name: `申请 #${second.application.id} · ${second.request.name}` }).waitFor();
    expect(await first.client.myApplications()).toMatchObject({ items: [{ id: first.application.id, status: 'changes_requested', reason: CHANGES }] });

    // The applicant resubmits; it is back in the queue, now behind the other.
    await first.client.resubmitApplication(first.application.id, { ...first.request, address: '洋县华阳镇石塔寺村二组 12 号' });
    await page.getByRole('link', { name: /返回列表/ }).click();
    await page.waitForURL(/\/console\/association\/applications$/);
    await rowWith(page, first.request.name).waitFor();
    await rowWith(page, first.request.name).getByRole('link', { name: `#${first.application.id}` }).click();
    await page.locator('.ant-descriptions').getByText('洋县华阳镇石塔寺村二组 12 号', { exact: true }).waitFor();
    await page.locator('.review-audit').getByText('修改后重新提交').waitFor();
    await page.locator('.review-audit').getByText(`原因：${CHANGES}`).waitFor();

    // Approved with a validity date picked in a Chinese calendar.
    await page.getByRole('button', { name: '通过认定' }).click();
    const approval = page.getByRole('dialog', { name: `通过申请 #${first.application.id}` });
    await approval.getByLabel('有效期至（可选）').click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-content th').filter({ hasText: '一' }).first().waitFor();
    await approval.getByLabel('有效期至（可选）').fill(VALID_UNTIL);
    await shot(page, 'review-approve-dialog');
    // Typing moves the calendar to that month; the day is then picked in it (Enter would submit the form at once).
    await page.locator(`.ant-picker-dropdown:visible td[title="${VALID_UNTIL}"]`).click();
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    await approval.getByLabel('审核备注（可选）').fill('材料齐全');
    expect(await approval.getByLabel('有效期至（可选）').inputValue()).toBe(VALID_UNTIL);
    await approval.getByRole('button', { name: '通过认定' }).click();
    await page.getByText(/已通过，证书编号 \S+/).waitFor();
    await page.waitForURL((url) => url.pathname.endsWith(`/association/applications/${second.application.id}`));

    const [decided] = (await first.client.myApplications()).items;
    expect(decided).toMatchObject({ status: 'approved', certificateNo: expect.any(String) });
    const staff = asUser((await api.login(DEMO_LOGINS.staff)).accessToken);
    const certified = (await staff.associationSuppliers({ q: first.request.creditCode })).items;
    expect(certified).toMatchObject([{ name: first.request.name, status: 'active', certificate: { no: decided.certificateNo, validUntil: VALID_UNTIL } }]);

    // Nothing of it is left pending: the queue holds only the other application.
    await page.getByRole('link', { name: /返回列表/ }).click();
    await rowWith(page, second.request.name).waitFor();
    // The list read before the approval shows until the queue has been read again.
    await rowWith(page, first.request.name).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /待审核\s*1/ }).waitFor();
    await page.getByRole('tab', { name: /已通过/ }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'approved');
    await rowWith(page, first.request.name).waitFor();
  });

  it('certifies a product the demo supplier submitted, from the product queue', async () => {
    const page = await staffPage();
    const supplier = asUser((await api.login(DEMO_LOGINS.supplier)).accessToken);
    const image = await supplier.upload(new Blob([new Uint8Array(await drawnPng(page, '午子仙毫'))], { type: 'image/png' }), 'image', { fileName: 'tea.png' });
    const name = `午子仙毫明前绿茶 ${String(Date.now()).slice(-5)}`;
    const draft = await supplier.createProduct({
      name,
      categoryCode: 'tea',
      description: '西乡县午子山明前采摘，一芽一叶。',
      originTown: '堰口镇',
      originVillage: '茶园村',
      images: [image.url],
      skus: [{ spec: '250克/罐', unit: '罐', priceFen: 12800, stock: 20 }],
    });
    await supplier.submitProduct(draft.id);

    await page.getByRole('menuitem', { name: '产品认定' }).click();
    await page.waitForURL(/\/console\/association\/products$/);
    await page.getByRole('heading', { name: '产品认定' }).waitFor();
    await rowWith(page, name).getByText('¥128.00').waitFor();
    await settled(page);
    await shot(page, 'review-products');

    await rowWith(page, name).getByRole('link', { name: `#${draft.id}` }).click();
    await page.getByRole('heading', { name: `产品 #${draft.id} · ${name}` }).waitFor();
    await page.getByRole('cell', { name: '250克/罐' }).waitFor();
    await page.getByRole('img', { name: `${name} 图片 1` }).waitFor();
    await page.getByText('西乡县午子山明前采摘，一芽一叶。').waitFor();
    await page.locator('.review-audit').getByText('提交认定').waitFor();
    await shot(page, 'review-product-detail');

    await page.getByRole('button', { name: '通过认定' }).click();
    await page.getByRole('dialog', { name: `认定产品 #${draft.id}` }).getByRole('button', { name: '通过认定' }).click();
    await page.getByText(/已认定，证书编号 \S+/).waitFor();
    expect(await supplier.supplierProduct(draft.id)).toMatchObject({ status: 'certified', certificate: { no: expect.any(String) } });

    // Certified now: it can be revoked from its page.
    await page.goto(`${market.baseUrl}/console/association/products/${draft.id}`);
    await page.getByRole('button', { name: '撤销认定' }).waitFor();
  });

  it('suspends a supplier from the registry, with the reason in its record', async () => {
    const page = await staffPage();
    const applicant = await apply(page, `勉县武侯镇蜂蜜专业合作社${String(Date.now()).slice(-6)}`, `1393${String(Date.now()).slice(-7)}`);
    const staff = asUser((await api.login(DEMO_LOGINS.staff)).accessToken);
    const { supplierId } = await staff.approveApplication(applicant.application.id, {});

    await page.getByRole('menuitem', { name: '供应商名录' }).click();
    await page.getByRole('heading', { name: '供应商名录' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await settled(page);
    await shot(page, 'review-suppliers');

    await page.getByLabel('名称或信用代码').fill(applicant.request.creditCode);
    await page.getByLabel('名称或信用代码').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === applicant.request.creditCode);
    const row = rowWith(page, applicant.request.name);
    await row.getByText('正常经营').waitFor();
    await row.getByRole('button', { name: '暂停经营' }).click();
    const dialog = page.getByRole('dialog', { name: `暂停供应商 #${supplierId}` });
    await dialog.getByRole('textbox').fill(SUSPENSION);
    await dialog.getByRole('button', { name: '暂停经营' }).click();
    await page.getByText('已暂停该供应商').waitFor();
    await row.getByText('已暂停').waitFor();

    await row.getByRole('button', { name: '记录' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/association/suppliers/${supplierId}`));
    await page.locator('.review-audit').getByText('认定为供应商').waitFor();
    await page.locator('.review-audit').getByText(`原因：${SUSPENSION}`).waitFor();
    await page.getByRole('button', { name: '恢复经营' }).waitFor();
  });

  it('is not for suppliers', async () => {
    const page = await market.page({ width: 1366, height: 900 });
    await consoleSignIn(page, market.baseUrl, DEMO_LOGINS.supplier);
    expect(await page.getByRole('menuitem', { name: '供应商认定' }).count()).toBe(0);
    await page.goto(`${market.baseUrl}/console/association/applications`);
    await page.getByText('仅协会工作人员可用').waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
  });

  it('reads in English too', async () => {
    const page = await staffPage();
    await page.getByRole('menuitem', { name: '供应商认定' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Supplier certification' }).waitFor();
    await page.getByRole('tab', { name: /Changes requested/ }).waitFor();
    await page.getByRole('menuitem', { name: 'Product certification' }).click();
    await page.getByRole('columnheader', { name: 'Supplier' }).waitFor();
  });
});
