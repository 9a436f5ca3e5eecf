import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, serveMarket, type ServedMarket } from './served-market';

/** The shopper's buying journey in the storefront on a phone-sized screen, in Chinese, against the dev cashier. */
describe('the storefront buying journey in Chromium', () => {
  let market: ServedMarket;
  beforeAll(async () => {
    market = await serveMarket();
  });
  afterAll(() => market?.stop());

  const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOTS, `shopping-${name}.png`), fullPage });

  /** Product pictures load lazily; wait until those on screen have drawn before a screenshot. */
  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  }

  async function logIn(page: Page): Promise<void> {
    await page.getByPlaceholder(/手机号/).fill('13800000003');
    await page.getByPlaceholder(/密码/).fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
  }

  /** The demo shopper's default address, which the checkout picks from her address book. */
  async function defaultAddressChosen(page: Page): Promise<void> {
    await page.locator('.address-chooser').getByText('陕西省 汉中市 汉台区 天汉大道 88 号 3 栋 2 单元 501').waitFor();
  }

  it('finds shiitake by its Chinese name and by pinyin, with suggestions, a county filter and sorting', async () => {
    const page = await market.page();
    await page.goto(`${market.baseUrl}/`);
    await page.getByPlaceholder(/搜索/).fill('香菇');
    const suggestions = page.getByRole('listbox', { name: '搜索建议' });
    await suggestions.getByRole('option', { name: '搜索“香菇”' }).waitFor();
    await suggestions.getByRole('option').nth(1).waitFor();
    expect(await suggestions.getByRole('option').count()).toBeGreaterThan(2);
    await shot(page, 'suggest');

    await page.getByPlaceholder(/搜索/).press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const cards = page.locator('.product-card');
    await cards.first().waitFor();
    await expect(cards.first().locator('mark').textContent()).resolves.toBe('香菇');
    await page.getByText(/共 \d+ 件商品/).waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await shot(page, 'search');

    // Counties come with their counts for these words; choosing one narrows the list and the URL says so.
    await page.locator('.search-filters').getByText('产地').click();
    await page.getByText(/^城固县 \(\d+\)$/).click();
    await page.waitForURL(/county=610722/);
    await page.locator('.search-filters').getByText('城固县').waitFor();
    await page.waitForFunction(() => {
      const counties = Array.from(document.querySelectorAll('.product-card-meta > span:first-child')).map((s) => s.textContent);
      return counties.length > 0 && counties.every((c) => c === '城固县');
    });

    await page.locator('.search-filters').getByText('综合排序').click();
    await page.getByText('价格从低到高').click();
    await page.waitForURL(/sort=price%3Aasc/);
    await page.locator('.search-filters').getByText('价格从低到高').waitFor();
    await page.waitForFunction(() => {
      const prices = Array.from(document.querySelectorAll('.product-card .price')).map((p) => Number(p.textContent?.replace('¥', '')));
      return prices.length > 1 && prices.every((p, i) => i === 0 || prices[i - 1] <= p);
    });
    expect(await page.locator('.product-card-meta > span:first-child', { hasNotText: '城固县' }).count()).toBe(0);

    // Pinyin typed into the same box finds the same products.
    const box = page.getByPlaceholder(/搜索/);
    await box.fill('xianggu');
    await box.press('Enter');
    await page.waitForURL(/q=xianggu/);
    await page.locator('.product-card mark', { hasText: '香菇' }).first().waitFor();
    await settle(page);
    await shot(page, 'search-pinyin');
  });

  it('buys from a search: product page, cart, login at the checkout, dev cashier, and the paid order with its timeline', async () => {
    const page = await market.page();
    // Landing from a village e-commerce point's link: the sale is credited to it.
    const ref = await market.villagePointCode();
    await page.goto(`${market.baseUrl}/search?q=${encodeURIComponent('香菇')}&ref=${ref}`);
    await page.locator('.product-card').first().click();
    await page.waitForURL(/\/products\/\d+/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const productName = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByText(/带动脱贫户 \d+ 户/).waitFor();
    await page.getByText(/证书编号/).waitFor();
    await page.getByText('汉中市 · ', { exact: false }).first().waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await shot(page, 'product');

    await page.getByRole('button', { name: '加入购物车' }).click();
    await page.getByText('已加入购物车').waitFor();
    await page.locator('.purchase-bar-cart .adm-badge').getByText('1').waitFor();
    await page.locator('.purchase-bar-cart').click();
    await page.waitForURL(/\/cart$/);
    await page.locator('.cart-line', { hasText: productName }).waitFor();
    await page.locator('.app-tabs .adm-badge').getByText('1').waitFor();
    await settle(page);
    await shot(page, 'cart');

    // Checking out needs an account: the shopper logs in on the checkout itself, and the cart stays.
    await page.getByRole('button', { name: /去结算/ }).click();
    await page.waitForURL(/\/checkout$/);
    await page.getByRole('button', { name: '提交订单' }).click();
    await page.getByText('请先注册或登录').waitFor();
    await page.locator('.checkout-account').getByText('已有账号登录').click();
    await logIn(page);
    await defaultAddressChosen(page);
    await page.getByText(productName).first().waitFor();
    await settle(page);
    await shot(page, 'checkout', true);

    await page.getByRole('button', { name: '提交订单' }).click();
    await page.waitForURL(/\/api\/payments\/dev\/page\//);
    await page.getByTestId('amount').waitFor();
    await shot(page, 'cashier');

    // Back from the cashier without paying: the order waits, with its actions once.
    await page.goBack();
    await page.waitForURL(/\/orders\/\d+\?pay=\d+$/);
    const waitingUrl = page.url();
    const orderId = Number(new URL(waitingUrl).pathname.split('/').pop());
    await page.getByText('等待支付结果').waitFor();
    await page.getByText(/剩余支付时间 \d\d:\d\d/).waitFor();
    await page.getByRole('button', { name: '去支付' }).waitFor();
    expect(await page.getByRole('button', { name: '去支付' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '取消订单' }).count()).toBe(1);
    await shot(page, 'awaiting-payment');

    await page.getByRole('button', { name: '去支付' }).click();
    await page.waitForURL(/\/api\/payments\/dev\/page\//);
    await page.getByRole('button', { name: /确认支付/ }).click();
    await page.getByTestId('status').getByText('succeeded').waitFor();

    // The payment page, opened again, has seen the notification settle it.
    await page.goto(waitingUrl);
    await page.getByText('支付成功，商家将尽快发货').waitFor();

    await page.goto(`${market.baseUrl}/orders`);
    const card = page.locator(`.order-card[href="/orders/${orderId}"]`);
    await card.getByText('待发货').waitFor();
    await shot(page, 'orders');
    await page.getByRole('tab', { name: '待发货' }).click();
    await card.waitFor();
    await card.click();
    await page.waitForURL(new RegExp(`/orders/${orderId}$`));
    await page.locator('.order-head').getByText('待发货', { exact: true }).waitFor();
    await page.getByText('待付款 → 待发货').waitFor();
    await page.getByText(/支付成功（交易号 BF\w+）/).waitFor();
    // The sale is credited to the village point, whose code is not the shopper's to see.
    expect(await page.getByText(ref).count()).toBe(0);
    await page.getByText(productName).first().waitFor();
    await page.getByRole('button', { name: '申请退款' }).waitFor();
    await noSidewaysScroll(page);
    await page.locator('.order-timeline').scrollIntoViewIfNeeded();
    await shot(page, 'order-paid');

    // The same page in English, through the language switch.
    await page.getByRole('button', { name: /english/i }).click();
    await page.locator('.order-head').getByText('Paid, to ship', { exact: true }).waitFor();
    await page.getByText('Awaiting payment → Paid, to ship').waitFor();
    await shot(page, 'order-paid-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('.order-head').getByText('待发货', { exact: true }).waitFor();

    // What was bought has left the cart.
    await page.goto(`${market.baseUrl}/cart`);
    await page.getByText('购物车是空的').waitFor();
    expect(await page.locator('.app-tabs .adm-badge').count()).toBe(0);
  });

  it('names a product that falls short and lets the shopper take what is left; buying now ships to the default address', async () => {
    const page = await market.page();
    await page.goto(`${market.baseUrl}/login`);
    await logIn(page);
    await page.getByText('13800000003').first().waitFor();

    await page.goto(`${market.baseUrl}/search?q=${encodeURIComponent('木耳')}`);
    await page.locator('.product-card', { hasText: '有货' }).first().click();
    await page.getByRole('button', { name: '加入购物车' }).click();
    await page.getByText('已加入购物车').waitFor();
    await page.goto(`${market.baseUrl}/cart`);
    const quantity = page.locator('.cart-line .adm-stepper input');
    await quantity.fill('999');
    await quantity.blur();
    await page.getByRole('button', { name: '去结算(999)' }).click();
    await page.waitForURL(/\/checkout$/);
    await defaultAddressChosen(page);
    await page.getByRole('button', { name: '提交订单' }).click();

    const shortage = page.locator('.shortage');
    await shortage.getByText(/库存不足：仅剩 \d+ 件，您要 999 件/).waitFor();
    await shot(page, 'shortage', true);
    const left = Number((await shortage.textContent())!.match(/仅剩 (\d+) 件/)![1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(999);
    await shortage.getByRole('button', { name: `改为 ${left} 件` }).click();
    await page.getByText(`× ${left}`).waitFor();
    await page.getByRole('button', { name: '提交订单' }).click();
    await page.waitForURL(/\/api\/payments\/dev\/page\//);

    // "Buy now" goes straight to the checkout with that one line, to the default address.
    await page.goto(`${market.baseUrl}/search?q=${encodeURIComponent('茶叶')}`);
    await page.locator('.product-card', { hasText: '有货' }).first().click();
    await page.getByRole('button', { name: '立即购买' }).click();
    await page.waitForURL(/\/checkout\?buyNow=1$/);
    await defaultAddressChosen(page);
    expect(await page.locator('.checkout-line').count()).toBe(1);
    await page.getByRole('button', { name: '提交订单' }).click();
    await page.waitForURL(/\/api\/payments\/dev\/page\//);
    await page.goBack();
    await page.waitForURL(/\/orders\/\d+\?pay=\d+$/);

    // An unpaid order can be cancelled; the timeline says who did it.
    await page.getByRole('button', { name: '取消订单' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '取消订单' }).click();
    await page.locator('.order-head').getByText('已取消', { exact: true }).waitFor();
    await page.getByText('买家取消订单').waitFor();
    await page.getByText('支付未完成，订单已关闭').waitFor();
    await shot(page, 'order-cancelled');
  });

  describe('after-sales on orders of the demo supplier', () => {
    /** The API as another party (the supplier) or as the shopper setting up an order without clicking through it. */
    async function call<T>(method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
      const res = await fetch(`${market.baseUrl}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    }
    const login = (phone: string) =>
      call<{ accessToken: string; user: { supplierId: number | null } }>('POST', '/auth/login', null, { phone, password: 'demo1234' });

    /** A paid order of two units from the demo supplier, shipped by SF; returns its id. */
    async function shippedOrder(shopperToken: string, supplierToken: string, supplierId: number, key: string): Promise<number> {
      const hits = await call<{ items: { id: number }[] }>('GET', `/search?supplierId=${supplierId}&inStock=true`, null);
      const product = await call<{ skus: { id: number; inStock: boolean }[] }>('GET', `/products/${hits.items[0].id}`, null);
      const sku = product.skus.find((s) => s.inStock)!;
      const address = { name: '张晓雨', phone: '13800000003', province: '陕西省', city: '汉中市', district: '汉台区', detail: '天汉大道 88 号' };
      const placed = await call<{ orders: { id: number }[]; payment: { id: number; outTradeNo: string } }>(
        'POST',
        '/checkout',
        shopperToken,
        { items: [{ skuId: sku.id, quantity: 2 }], address },
        { 'idempotency-key': key },
      );
      await call('POST', `/payments/dev/${placed.payment.outTradeNo}/complete`, null, { outcome: 'succeeded' });
      const orderId = placed.orders[0].id;
      await call('POST', `/supplier/orders/${orderId}/ship`, supplierToken, { carrier: 'SF', trackingNo: `SF${String(orderId).padStart(10, '0')}` });
      return orderId;
    }

    it('shows the shipment, asks for part of an order back, and takes a refused refund to the association', async () => {
      const shopper = await login('13800000003');
      const supplier = await login('13800000002');
      const orderId = await shippedOrder(shopper.accessToken, supplier.accessToken, supplier.user.supplierId!, 'browser-after-sales-1');

      const page = await market.page();
      await page.goto(`${market.baseUrl}/orders/${orderId}`);
      await page.waitForURL(/\/login$/);
      await logIn(page);
      await page.waitForURL(new RegExp(`/orders/${orderId}$`));
      await page.locator('.order-head').getByText('待收货', { exact: true }).waitFor();
      await page.getByText('顺丰速运').first().waitFor();
      await page.getByText(`SF${String(orderId).padStart(10, '0')}`).first().waitFor();
      await page.getByText(/顺丰速运 运单号 SF\d+/).waitFor();

      await page.getByRole('button', { name: '申请退款' }).click();
      const popup = page.locator('.refund-popup');
      await popup.getByRole('button', { name: '提交申请' }).click();
      await popup.getByText('请填写退款原因（2–500 字）').waitFor();
      await popup.getByPlaceholder(/请说明原因/).fill('有一袋受潮发霉');
      await popup.locator('.adm-stepper-minus').first().click();
      await shot(page, 'refund-form');
      await popup.getByRole('button', { name: '提交申请' }).click();
      await page.locator('.order-head').getByText('退款中', { exact: true }).waitFor();
      await page.locator('.refund-requests').getByText('待商家处理').waitFor();
      await page.getByText('待收货 → 退款中').waitFor();

      const requests = await call<{ items: { id: number; orderId: number }[] }>('GET', '/supplier/refund-requests?status=requested', supplier.accessToken);
      const request = requests.items.find((r) => r.orderId === orderId)!;
      await call('POST', `/supplier/refund-requests/${request.id}/reject`, supplier.accessToken, { reason: '发货前已检查无霉变' });
      await page.reload();
      await page.locator('.order-head').getByText('待收货', { exact: true }).waitFor();
      await page.getByText('商家拒绝退款：发货前已检查无霉变').waitFor();
      await page.locator('.refund-requests').getByText('商家已拒绝').waitFor();
      await page.getByRole('button', { name: '申请协会介入' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '申请协会介入' }).click();
      await page.locator('.refund-requests').getByText('协会处理中').waitFor();
      await page.getByText('买家申请协会介入').waitFor();
      await page.locator('.order-head').getByText('退款中', { exact: true }).waitFor();
      await page.locator('.refund-requests').scrollIntoViewIfNeeded();
      await shot(page, 'refund-escalated');

      await page.goto(`${market.baseUrl}/orders?tab=refund`);
      await page.locator(`.order-card[href="/orders/${orderId}"]`).getByText('退款中').waitFor();
    });

    it('confirms the receipt of a shipped order', async () => {
      const shopper = await login('13800000003');
      const supplier = await login('13800000002');
      const orderId = await shippedOrder(shopper.accessToken, supplier.accessToken, supplier.user.supplierId!, 'browser-after-sales-2');

      const page = await market.page();
      await page.goto(`${market.baseUrl}/login`);
      await logIn(page);
      await page.getByText('13800000003').first().waitFor();
      await page.goto(`${market.baseUrl}/orders?tab=shipped`);
      await page.locator(`.order-card[href="/orders/${orderId}"]`).click();
      await page.getByRole('button', { name: '确认收货' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认收货' }).click();
      await page.locator('.order-head').getByText('已完成', { exact: true }).waitFor();
      await page.getByText('待收货 → 已完成').waitFor();
      await page.getByText('买家确认收货').waitFor();
      expect(await page.getByRole('button', { name: '申请退款' }).count()).toBe(0);
    });
  });
});
