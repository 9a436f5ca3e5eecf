import { creditCodeCheckChar, type CategoryCode, type CountyCode, type ProductAdminView } from '@bangfu/contracts';
import { CertificateEntity, SupplierEntity } from '../../apps/api/src/certification/certification.entities';
import { addDays, chinaDate } from '../../apps/api/src/common/clock';
import { signIn, startTestApp, TEST_DB, type TestApp } from '../support/test-app';

type Caller = ReturnType<typeof callerFor>;

const TEA_DRAFT = {
  name: '洋县黑米茶',
  categoryCode: 'tea',
  description: '朱鹮之乡有机黑米炒制',
  originTown: '华阳镇',
  originVillage: '吊坝河村',
  images: ['/media/uploads/black-rice-tea.png'],
  shelfLife: '18个月',
  storage: '阴凉干燥处',
  skus: [
    { spec: '罐装 250g', unit: '罐', weightGrams: 250, priceFen: 6800, stock: 40 },
    { spec: '礼盒 500g', unit: '盒', priceFen: 12800 },
  ],
};

function callerFor(t: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (url: string) => t.http.get(url).set(auth),
    post: (url: string, body: object = {}) => t.http.post(url).set(auth).send(body),
    patch: (url: string, body: object) => t.http.patch(url).set(auth).send(body),
  };
}

describe(`products: drafts, certification and the public catalog on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: Caller;
  let shopper: Caller;
  let supplierA: { id: number; caller: Caller };
  let supplierB: { id: number; caller: Caller };
  let phones = 13700000000;
  let suppliers = 0;

  /** A certified, active supplier and a user acting for it, written straight to the tables. */
  async function supplier(county: CountyCode, name: string): Promise<{ id: number; caller: Caller }> {
    const body = `916107${String(++suppliers).padStart(11, '0')}`;
    const id = await t.db.transaction(async (m) => {
      const row = await m.save(
        m.create(SupplierEntity, {
          name,
          creditCode: body + creditCodeCheckChar(body),
          entityType: 'coop',
          countyCode: county,
          town: '华阳镇',
          village: null,
          address: '华阳镇街道 1 号',
          contactName: '张三',
          contactPhone: '13912345678',
          legalRep: '张三',
          householdsLinked: 36,
          description: '带动脱贫户种植',
          status: 'active',
          certificateId: null,
        }),
      );
      const certificate = await m.save(
        m.create(CertificateEntity, {
          no: `TEST-S-${row.id}`,
          subjectType: 'supplier',
          subjectId: row.id,
          status: 'valid',
          validFrom: chinaDate(new Date()),
          validUntil: addDays(chinaDate(new Date()), 700),
          issuedBy: null,
        }),
      );
      await m.update(SupplierEntity, { id: row.id }, { certificateId: certificate.id });
      return row.id;
    });
    const user = await signIn(t, String(++phones), 'supplier');
    await t.db.manager.query('UPDATE users SET supplier_id = ? WHERE id = ?', [id, user.userId]);
    return { id, caller: callerFor(t, user.token) };
  }

  async function draft(owner = supplierA, changes: object = {}): Promise<ProductAdminView> {
    return (await owner.caller.post('/api/supplier/products', { ...TEA_DRAFT, ...changes }).expect(201)).body;
  }

  async function submitted(owner = supplierA, changes: object = {}): Promise<ProductAdminView> {
    const product = await draft(owner, changes);
    return (await owner.caller.post(`/api/supplier/products/${product.id}/submit`).expect(200)).body;
  }

  async function certified(owner = supplierA, validUntil?: string): Promise<ProductAdminView> {
    const product = await submitted(owner);
    return (await staff.post(`/api/association/products/${product.id}/certify`, { validUntil }).expect(200)).body.product;
  }

  const publicProduct = (id: number) => t.http.get(`/api/products/${id}`);
  const categoryCount = async (code: CategoryCode) =>
    (await t.http.get('/api/categories').expect(200)).body.find((c: { code: string }) => c.code === code).productCount;
  const auditActions = async (id: number): Promise<string[]> =>
    (await staff.get(`/api/association/audit?subject=product:${id}&pageSize=100`).expect(200)).body.items.map((e: { action: string }) => e.action);
  const outboxReasons = async (id: number): Promise<string[]> =>
    (
      await t.db.manager.query("SELECT topic, payload FROM outbox WHERE aggregate_type = 'product' AND aggregate_id = ? ORDER BY id", [id])
    ).map((row: { topic: string; payload: string }) => `${row.topic}:${JSON.parse(row.payload).reason}`);
  const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) => res.body.error.details.map((d) => d.field);

  beforeAll(async () => {
    t = await startTestApp();
    staff = callerFor(t, (await signIn(t, '13600000001', 'staff')).token);
    shopper = callerFor(t, (await signIn(t, '13600000002')).token);
    supplierA = await supplier('610723', '洋县朱鹮黑米合作社');
    supplierB = await supplier('610726', '宁强县羌州茶业合作社');
  });
  afterAll(() => t.close());

  it('creates a draft in the supplier county with opening stock in its new warehouse', async () => {
    const product = await draft();
    expect(product).toMatchObject({
      supplierId: supplierA.id,
      supplierName: '洋县朱鹮黑米合作社',
      countyCode: '610723',
      status: 'draft',
      certificate: null,
      reviewReason: null,
      skus: [
        { spec: '罐装 250g', priceFen: 6800, weightGrams: 250, available: 40 },
        { spec: '礼盒 500g', priceFen: 12800, weightGrams: null, available: 0 },
      ],
    });
    const warehouses = await t.db.manager.query("SELECT id, name FROM stock_locations WHERE kind = 'warehouse' AND supplier_id = ?", [supplierA.id]);
    expect(warehouses).toEqual([{ id: expect.anything(), name: '洋县朱鹮黑米合作社 线上仓' }]);
    const [first, second] = product.skus;
    const movements = await t.db.manager.query('SELECT sku_id, kind, on_hand_delta, reason FROM stock_movements WHERE sku_id IN (?, ?)', [first.id, second.id]);
    expect(movements.map((r: { sku_id: number; kind: string; on_hand_delta: number; reason: string }) => [Number(r.sku_id), r.kind, Number(r.on_hand_delta), r.reason])).toEqual([
      [first.id, 'receipt', 40, '初始入库'],
    ]);
    const levels = await t.db.manager.query('SELECT COUNT(*) AS n FROM stock_levels WHERE sku_id IN (?, ?) AND location_id = ?', [first.id, second.id, warehouses[0].id]);
    expect(Number(levels[0].n)).toBe(2);

    await draft();
    const more = await t.db.manager.query("SELECT COUNT(*) AS n FROM stock_locations WHERE kind = 'warehouse' AND supplier_id = ?", [supplierA.id]);
    expect(Number(more[0].n)).toBe(1);
  });

  it('takes a product from draft through review to the public catalog, counted in its category', async () => {
    const teaBefore = await categoryCount('tea');
    const product = await submitted();
    expect(product.status).toBe('pending');
    await publicProduct(product.id).expect(404);

    const res = await staff.post(`/api/association/products/${product.id}/certify`).expect(200);
    const today = chinaDate(new Date());
    expect(res.body).toMatchObject({ validFrom: today, validUntil: `${Number(today.slice(0, 4)) + 3}${today.slice(4)}` });
    expect(res.body.certificateNo).toMatch(new RegExp(`^HZXF-P-${today.slice(0, 4)}-\\d{5}$`));
    expect(res.body.product).toMatchObject({ status: 'certified', listed: true, certificate: { no: res.body.certificateNo, status: 'valid' } });

    const shown = await publicProduct(product.id).expect(200);
    expect(shown.body).toMatchObject({
      id: product.id,
      name: '洋县黑米茶',
      categoryCode: 'tea',
      categoryName: '茶叶',
      county: { code: '610723', name: '洋县' },
      originVillage: '吊坝河村',
      supplier: { id: supplierA.id, name: '洋县朱鹮黑米合作社', countyName: '洋县', certificate: { no: `TEST-S-${supplierA.id}` } },
      certificate: { no: res.body.certificateNo, validUntil: res.body.validUntil },
      householdsLinked: 36,
      salesCount: 0,
      skus: [
        { spec: '罐装 250g', priceFen: 6800, inStock: true },
        { spec: '礼盒 500g', priceFen: 12800, inStock: false },
      ],
    });
    expect(shown.body.skus[0]).not.toHaveProperty('available');
    expect(await categoryCount('tea')).toBe(teaBefore + 1);

    const profile = await t.http.get(`/api/suppliers/${supplierA.id}`).expect(200);
    expect(profile.body).toMatchObject({ id: supplierA.id, entityType: 'coop', countyCode: '610723', productCount: expect.any(Number) });
    expect(profile.body.productCount).toBeGreaterThanOrEqual(1);

    expect(await auditActions(product.id)).toEqual(['product.created', 'product.submitted', 'product.certified']);
    expect(await outboxReasons(product.id)).toEqual(['product.changed:certified']);
  });

  it('shows the rejection reason to the supplier, who edits and resubmits; a pending product cannot be edited', async () => {
    const product = await submitted();
    const url = `/api/supplier/products/${product.id}`;
    const editing = await supplierA.caller.patch(url, { description: '改过的描述' }).expect(409);
    expect(editing.body.error.code).toBe('PRODUCT_UNDER_REVIEW');

    await staff.post(`/api/association/products/${product.id}/reject`, { reason: '产地证明不清晰' }).expect(200);
    expect((await supplierA.caller.get(url).expect(200)).body).toMatchObject({ status: 'rejected', reviewReason: '产地证明不清晰' });

    const edited = await supplierA.caller.patch(url, { originVillage: '智果村', skus: [{ ...TEA_DRAFT.skus[0], stock: undefined, id: product.skus[0].id, priceFen: 7200 }] }).expect(200);
    expect(edited.body).toMatchObject({ status: 'rejected', originVillage: '智果村', skus: [{ priceFen: 7200 }, { priceFen: 12800 }] });
    const resubmitted = await supplierA.caller.post(`${url}/submit`).expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'pending', reviewReason: null });
    await supplierA.caller.post(`${url}/submit`).expect(409);

    const rejected = await staff.post(`/api/association/products/${product.id}/reject`, { reason: 'x' }).expect(400);
    expect(fieldsOf(rejected)).toEqual(['reason']);
    expect(await auditActions(product.id)).toEqual(['product.created', 'product.submitted', 'product.rejected', 'product.updated', 'product.submitted']);
    expect(await outboxReasons(product.id)).toEqual([]);
  });

  it("shows the supplier every decision on its product with its reason, newest first, and no one else's", async () => {
    const product = await submitted();
    const url = `/api/supplier/products/${product.id}`;
    await staff.post(`/api/association/products/${product.id}/reject`, { reason: '产地证明不清晰' }).expect(200);
    await supplierA.caller.post(`${url}/submit`).expect(200);
    await staff.post(`/api/association/products/${product.id}/reject`, { reason: '检测报告已过期' }).expect(200);
    await supplierA.caller.post(`${url}/submit`).expect(200);
    await staff.post(`/api/association/products/${product.id}/certify`, {}).expect(200);
    const decisions = (await supplierA.caller.get(`${url}/decisions`).expect(200)).body.items;
    expect(decisions.map((d: { decision: string; reason: string | null }) => [d.decision, d.reason])).toEqual([
      ['certified', null],
      ['rejected', '检测报告已过期'],
      ['rejected', '产地证明不清晰'],
    ]);
    await supplierB.caller.get(`${url}/decisions`).expect(403);
  });

  it('sends a certified product whose pictures change back to review: shoppers buy by them', async () => {
    const product = await certified();
    const images = ['/media/uploads/black-rice-tea-new.png', ...product.images];
    const changed = await supplierA.caller.patch(`/api/supplier/products/${product.id}`, { images }).expect(200);
    expect(changed.body).toMatchObject({ status: 'pending', images });
    await publicProduct(product.id).expect(404);
  });

  it('keeps price and SKU edits of a certified product live, but sends a renamed one back to review', async () => {
    const product = await certified();
    const url = `/api/supplier/products/${product.id}`;
    const repriced = await supplierA.caller
      .patch(url, { storage: '冷藏', skus: [{ id: product.skus[0].id, spec: '罐装 250g', unit: '罐', priceFen: 5900 }, { spec: '尝鲜装 50g', unit: '袋', priceFen: 1500, stock: 10 }] })
      .expect(200);
    expect(repriced.body.status).toBe('certified');
    const shown = await publicProduct(product.id).expect(200);
    expect(shown.body.storage).toBe('冷藏');
    expect(shown.body.skus.map((s: { spec: string; priceFen: number; inStock: boolean }) => [s.spec, s.priceFen, s.inStock])).toEqual([
      ['罐装 250g', 5900, true],
      ['礼盒 500g', 12800, false],
      ['尝鲜装 50g', 1500, true],
    ]);

    const renamed = await supplierA.caller.patch(url, { name: '洋县有机黑米茶' }).expect(200);
    expect(renamed.body).toMatchObject({ status: 'pending', name: '洋县有机黑米茶' });
    await publicProduct(product.id).expect(404);

    const actions = await auditActions(product.id);
    expect(actions.slice(-3)).toEqual(['product.updated', 'product.updated', 'product.back_to_review']);
    const entries = (await staff.get(`/api/association/audit?subject=product:${product.id}&pageSize=100`).expect(200)).body.items;
    expect(entries.find((e: { action: string }) => e.action === 'product.back_to_review')).toMatchObject({
      before: { status: 'certified' },
      after: { status: 'pending' },
      reason: 'changed name',
    });
    expect(await outboxReasons(product.id)).toEqual(['product.changed:certified', 'product.changed:edited', 'product.changed:back_to_review']);

    await staff.post(`/api/association/products/${product.id}/certify`).expect(200);
    expect((await publicProduct(product.id).expect(200)).body.name).toBe('洋县有机黑米茶');
  });

  it('lets the supplier unlist and list a certified product, and only a certified one', async () => {
    const product = await certified();
    const url = `/api/supplier/products/${product.id}`;
    expect((await supplierA.caller.post(`${url}/unlist`).expect(200)).body.listed).toBe(false);
    await publicProduct(product.id).expect(404);
    await supplierA.caller.post(`${url}/unlist`).expect(200);
    expect((await supplierA.caller.post(`${url}/list`).expect(200)).body.listed).toBe(true);
    await supplierA.caller.post(`${url}/list`).expect(200);
    await publicProduct(product.id).expect(200);
    expect((await auditActions(product.id)).slice(-2)).toEqual(['product.unlisted', 'product.listed']);
    expect((await outboxReasons(product.id)).slice(-2)).toEqual(['product.changed:unlisted', 'product.changed:listed']);

    // The console asks why; the reason goes into the product's record, and a reason of one character is refused.
    expect((await supplierA.caller.post(`${url}/unlist`, { reason: 'x' }).expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    await supplierA.caller.post(`${url}/unlist`, { reason: '包装更换，暂停销售两周' }).expect(200);
    const entries = (await staff.get(`/api/association/audit?subject=product:${product.id}&pageSize=100`).expect(200)).body.items;
    expect(entries.at(-1)).toMatchObject({ action: 'product.unlisted', reason: '包装更换，暂停销售两周' });

    const pending = await submitted();
    const refused = await supplierA.caller.post(`/api/supplier/products/${pending.id}/list`).expect(409);
    expect(refused.body.error.code).toBe('PRODUCT_NOT_CERTIFIED');
  });

  it('revokes a certified product: gone from the catalog at once, its certificate revoked', async () => {
    const product = await certified();
    const revoked = await staff.post(`/api/association/products/${product.id}/revoke`, { reason: '抽检农残超标' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', reviewReason: '抽检农残超标', certificate: { no: product.certificate?.no, status: 'revoked' } });
    await publicProduct(product.id).expect(404);
    await staff.post(`/api/association/products/${product.id}/revoke`, { reason: '再次撤销' }).expect(409);
    expect((await auditActions(product.id)).slice(-1)).toEqual(['product.revoked']);
    expect((await outboxReasons(product.id)).slice(-1)).toEqual(['product.changed:revoked']);

    // A revoked product may be corrected and submitted again.
    await supplierA.caller.post(`/api/supplier/products/${product.id}/submit`).expect(200);
  });

  it('takes a product off the catalog while its supplier is suspended', async () => {
    const product = await certified(supplierB);
    await t.db.manager.query("UPDATE suppliers SET status = 'suspended' WHERE id = ?", [supplierB.id]);
    try {
      await publicProduct(product.id).expect(404);
      await t.http.get(`/api/suppliers/${supplierB.id}`).expect(404);
      const refused = await supplierB.caller.post('/api/supplier/products', TEA_DRAFT).expect(409);
      expect(refused.body.error.code).toBe('SUPPLIER_NOT_ACTIVE');
    } finally {
      await t.db.manager.query("UPDATE suppliers SET status = 'active' WHERE id = ?", [supplierB.id]);
    }
    await publicProduct(product.id).expect(200);
  });

  it('lets a supplier renew within 30 days of expiry, and resubmit an expired product', async () => {
    const product = await certified(supplierA, addDays(chinaDate(new Date()), 20));
    const url = `/api/supplier/products/${product.id}`;
    expect((await supplierA.caller.post(`${url}/renew`).expect(200)).body).toMatchObject({ status: 'certified', renewalRequested: true });
    expect((await supplierA.caller.post(`${url}/renew`).expect(409)).body.error.code).toBe('RENEWAL_ALREADY_REQUESTED');
    const queue = await staff.get(`/api/association/products?status=certified&renewalRequested=true&supplierId=${supplierA.id}`).expect(200);
    expect(queue.body.items.map((p: { id: number }) => p.id)).toEqual([product.id]);

    const renewed = await staff.post(`/api/association/products/${product.id}/certify`).expect(200);
    expect(renewed.body.certificateNo).not.toBe(product.certificate?.no);
    expect(renewed.body.product).toMatchObject({ status: 'certified', renewalRequested: false, certificate: { no: renewed.body.certificateNo } });
    await publicProduct(product.id).expect(200);

    const notDue = await supplierA.caller.post(`${url}/renew`).expect(409);
    expect(notDue.body.error.code).toBe('RENEWAL_NOT_DUE');

    await t.db.manager.query("UPDATE products SET status = 'expired' WHERE id = ?", [product.id]);
    expect((await supplierA.caller.post(`${url}/renew`).expect(200)).body.status).toBe('pending');
    expect((await supplierA.caller.post(`/api/supplier/products/${(await draft()).id}/renew`).expect(409)).body.error.code).toBe('PRODUCT_NOT_RENEWABLE');
  });

  it('keeps each supplier to its own products', async () => {
    const product = await draft(supplierA);
    const url = `/api/supplier/products/${product.id}`;
    await supplierB.caller.get(url).expect(403);
    await supplierB.caller.patch(url, { name: '冒名顶替的茶' }).expect(403);
    await supplierB.caller.post(`${url}/submit`).expect(403);
    await supplierB.caller.get('/api/supplier/products/999999').expect(404);
    const own = await supplierB.caller.get('/api/supplier/products?pageSize=100').expect(200);
    expect(own.body.items.every((p: { supplierId: number }) => p.supplierId === supplierB.id)).toBe(true);
    expect(own.body.total).toBe(own.body.items.length);
    expect((await supplierA.caller.get(url).expect(200)).body.id).toBe(product.id);
  });

  it('refuses staff product routes to shoppers and suppliers, and supplier routes to shoppers', async () => {
    const product = await submitted();
    for (const caller of [shopper, supplierA.caller]) {
      await caller.get('/api/association/products').expect(403);
      await caller.get(`/api/association/products/${product.id}`).expect(403);
      await caller.post(`/api/association/products/${product.id}/certify`).expect(403);
      await caller.post(`/api/association/products/${product.id}/reject`, { reason: '不行不行' }).expect(403);
      await caller.post(`/api/association/products/${product.id}/revoke`, { reason: '不行不行' }).expect(403);
    }
    await shopper.post('/api/supplier/products', TEA_DRAFT).expect(403);
    await t.http.get('/api/association/products').expect(401);
  });

  it('lets staff filter the product list by status, supplier and name', async () => {
    const special = await submitted(supplierB, { name: '宁强天麻礼盒', categoryCode: 'herbs' });
    const bySupplier = await staff.get(`/api/association/products?supplierId=${supplierB.id}&status=pending&q=天麻`).expect(200);
    expect(bySupplier.body).toMatchObject({ total: 1, items: [{ id: special.id, supplierName: '宁强县羌州茶业合作社' }] });
    const pending = await staff.get('/api/association/products?status=pending&pageSize=100').expect(200);
    expect(pending.body.items.every((p: { status: string }) => p.status === 'pending')).toBe(true);
    expect(pending.body.total).toBeGreaterThan(1);
    expect((await staff.get(`/api/association/products/${special.id}`).expect(200)).body.categoryCode).toBe('herbs');
  });

  it('answers 20 simultaneous certifications of one product with one success and 19 conflicts', async () => {
    const product = await submitted();
    const results = await Promise.all(Array.from({ length: 20 }, () => staff.post(`/api/association/products/${product.id}/certify`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'PRODUCT_STATE_CONFLICT')).toBe(true);
    const certificates = await t.db.manager.query("SELECT COUNT(*) AS n FROM certificates WHERE subject_type = 'product' AND subject_id = ?", [product.id]);
    expect(Number(certificates[0].n)).toBe(1);
    expect((await auditActions(product.id)).filter((a) => a === 'product.certified')).toHaveLength(1);
  });

  it('gives 20 products certified at once 20 distinct certificate numbers', async () => {
    const products: ProductAdminView[] = [];
    for (let i = 0; i < 20; i++) products.push(await submitted(i % 2 ? supplierA : supplierB));
    const results = await Promise.all(products.map((p) => staff.post(`/api/association/products/${p.id}/certify`)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const numbers = results.map((r) => r.body.certificateNo as string);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.every((no) => /^HZXF-P-\d{4}-\d{5}$/.test(no))).toBe(true);
  });

  it('creates one warehouse for a new supplier whose first products arrive all at once', async () => {
    const newcomer = await supplier('610729', '留坝县土蜂蜜合作社');
    const created = await Promise.all(Array.from({ length: 10 }, () => newcomer.caller.post('/api/supplier/products', TEA_DRAFT)));
    expect(created.map((r) => r.status)).toEqual(Array(10).fill(201));
    const warehouses = await t.db.manager.query("SELECT COUNT(*) AS n FROM stock_locations WHERE kind = 'warehouse' AND supplier_id = ?", [newcomer.id]);
    expect(Number(warehouses[0].n)).toBe(1);
  });

  it('settles a rename racing a revocation into one consistent outcome', async () => {
    const product = await certified();
    const [rename, revoke] = await Promise.all([
      supplierA.caller.patch(`/api/supplier/products/${product.id}`, { name: '改名的黑米茶' }),
      staff.post(`/api/association/products/${product.id}/revoke`, { reason: '抽检不合格' }),
    ]);
    expect(rename.status).toBe(200);
    const final = (await staff.get(`/api/association/products/${product.id}`).expect(200)).body;
    if (revoke.status === 200) expect(final).toMatchObject({ status: 'revoked', certificate: { status: 'revoked' } });
    else expect([revoke.status, final.status]).toEqual([409, 'pending']);
    await publicProduct(product.id).expect(404);
  });

  it('names each bad field with 400', async () => {
    const { skus: _skus, ...withoutSkus } = TEA_DRAFT;
    expect(fieldsOf(await supplierA.caller.post('/api/supplier/products', withoutSkus).expect(400))).toEqual(['skus']);
    const freeTea = { ...TEA_DRAFT, skus: [{ ...TEA_DRAFT.skus[0], priceFen: 0 }] };
    expect(fieldsOf(await supplierA.caller.post('/api/supplier/products', freeTea).expect(400))).toEqual(['skus.0.priceFen']);
    expect(fieldsOf(await supplierA.caller.post('/api/supplier/products', { ...TEA_DRAFT, categoryCode: 'coffee' }).expect(400))).toEqual(['categoryCode']);

    const mine = await draft();
    const theirs = await draft(supplierB);
    const url = `/api/supplier/products/${mine.id}`;
    expect(fieldsOf(await supplierA.caller.patch(url, { skus: [{ id: theirs.skus[0].id, spec: '罐装', unit: '罐', priceFen: 100 }] }).expect(400))).toEqual(['skus.0.id']);
    expect(fieldsOf(await supplierA.caller.patch(url, { skus: [{ id: mine.skus[0].id, spec: '罐装', unit: '罐', priceFen: 100, stock: 5 }] }).expect(400))).toEqual(['skus.0.stock']);
    await supplierA.caller.patch(url, {}).expect(400);

    const submittedOne = await submitted();
    const pastDate = await staff.post(`/api/association/products/${submittedOne.id}/certify`, { validUntil: chinaDate(new Date()) }).expect(400);
    expect(fieldsOf(pastDate)).toEqual(['validUntil']);
    await staff.post('/api/association/products/999999/certify').expect(404);
    await t.http.get('/api/products/999999').expect(404);
  });
});
