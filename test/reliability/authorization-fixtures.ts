import { applicationBody, auth, certifiedSupplier, nextPhone } from '../support/certification';
import { ADDRESS, checkout, payDev, seller, sellableSku, shopper, type Seller } from '../support/orders';
import { signIn, type TestApp } from '../support/test-app';

/** The six callers of every cell, in the order the matrix lists them. */
export const ACTORS = ['anonymous', 'shopper', 'supplierA', 'supplierB', 'staff', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * What a route's path parameters point at. Every target belongs to someone who is NOT one of the six actors,
 * except where supplierB is named: supplierB is the supplier of the target products, SKUs, orders and refund
 * requests, so its cells show that the owner gets through, while supplierA (owns nothing) shows that another
 * supplier does not. Orders, payments, refund requests and uploads belong to a separate owner shopper;
 * applications to a fresh applicant; suspend/reinstate act on a fresh supplier so supplierB stays active.
 */
export type TargetKind =
  | 'none'
  | 'supplierB'
  | 'freshSupplier'
  | 'suspendedSupplier'
  | 'pendingApplication'
  | 'changesRequestedApplication'
  | 'draftProduct'
  | 'pendingProduct'
  | 'certifiedProduct'
  | 'unlistedProduct'
  | 'sku'
  | 'upload'
  | 'payment'
  | 'devPayment'
  | 'pendingOrder'
  | 'paidOrder'
  | 'shippedOrder'
  | 'pendingRefund'
  | 'rejectedRefund'
  | 'escalatedRefund'
  | 'villagePoint'
  | 'ownerAddress'
  | 'certificate'
  | 'county';

/** The values a route's `{name}` placeholders take, plus what a request body may need. */
export interface Target {
  params: Record<string, string | number>;
}

/** Accounts and the catalog every target is made from. */
export interface World {
  t: TestApp;
  tokens: Record<Exclude<Actor, 'anonymous'>, string>;
  staffToken: string;
  owner: { token: string; phone: string; password: string };
  supplierA: Seller;
  supplierB: Seller;
  /** supplierB's certified, listed SKU with stock enough for every checkout of the run. */
  skuId: number;
}

const OWNER_PASSWORD = 'owner-pass-123';

const REASON = { reason: '授权矩阵测试' };
export const VILLAGE_POINT = { name: '石坝子村电子商务服务站', countyCode: '610726', town: '巴山镇', village: '石坝子村' };
export const SHIP_BODY = { carrier: 'SF', trackingNo: 'SF1234567890' };
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

export async function buildWorld(t: TestApp): Promise<World> {
  const staff = await signIn(t, nextPhone(), 'staff');
  const admin = await signIn(t, nextPhone(), 'admin');
  const supplierA = await seller(t, staff.token);
  const supplierB = await seller(t, staff.token);
  const actorShopper = await shopper(t);
  const ownerPhone = nextPhone();
  const owner = await signIn(t, ownerPhone, 'shopper', OWNER_PASSWORD);
  const skuId = await sellableSku(t, staff.token, supplierB, 1000, 1_000_000);
  return {
    t,
    tokens: { shopper: actorShopper.token, supplierA: supplierA.token, supplierB: supplierB.token, staff: staff.token, admin: admin.token },
    staffToken: staff.token,
    owner: { token: owner.token, phone: ownerPhone, password: OWNER_PASSWORD },
    supplierA,
    supplierB,
    skuId,
  };
}

/** Fails loudly when a fixture step does not answer as the harness expects, so a broken fixture is not read as a matrix cell. */
function ok<T extends { status: number; body: unknown }>(step: string, res: T, ...statuses: number[]): T {
  if (!statuses.includes(res.status)) throw new Error(`fixture step ${step}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

async function product(w: World, stage: 'draft' | 'pending' | 'certified'): Promise<number> {
  const { t, supplierB, staffToken } = w;
  const draft = ok(
    'create product',
    await t.http
      .post('/api/supplier/products')
      .set(auth(supplierB.token))
      .send({ name: '镇巴腊肉', categoryCode: 'meat', description: '', originTown: '泾洋街道', skus: [{ spec: '500g', unit: '袋', priceFen: 5900, stock: 10 }] }),
    201,
  );
  const id = draft.body.id as number;
  if (stage === 'draft') return id;
  ok('submit product', await t.http.post(`/api/supplier/products/${id}/submit`).set(auth(supplierB.token)), 200);
  if (stage === 'pending') return id;
  ok('certify product', await t.http.post(`/api/association/products/${id}/certify`).set(auth(staffToken)).send({}), 200);
  return id;
}

async function application(w: World, stage: 'pending' | 'changes_requested'): Promise<number> {
  const applicant = await signIn(w.t, nextPhone());
  const applied = ok('apply', await w.t.http.post('/api/supplier/applications').set(auth(applicant.token)).send(applicationBody()), 201);
  const id = applied.body.id as number;
  if (stage === 'changes_requested') {
    ok('request changes', await w.t.http.post(`/api/association/applications/${id}/request-changes`).set(auth(w.staffToken)).send(REASON), 200);
  }
  return id;
}

type OrderStage = 'pending' | 'paid' | 'shipped';

/** One order of the owner shopper for one unit of supplierB's SKU, taken as far as `stage`. */
async function order(w: World, stage: OrderStage): Promise<{ orderId: number; paymentId: number; outTradeNo: string }> {
  const { t } = w;
  const placed = ok('checkout', await checkout(t, w.owner.token, [{ skuId: w.skuId, quantity: 1 }]), 201);
  const result = { orderId: placed.body.orders[0].id as number, paymentId: placed.body.payment.id as number, outTradeNo: placed.body.payment.outTradeNo as string };
  if (stage === 'pending') return result;
  ok('pay', await payDev(t, placed.body.payment), 200);
  if (stage === 'paid') return result;
  ok('ship', await t.http.post(`/api/supplier/orders/${result.orderId}/ship`).set(auth(w.supplierB.token)).send(SHIP_BODY), 200);
  return result;
}

type RefundStage = 'requested' | 'rejected' | 'escalated';

async function refund(w: World, stage: RefundStage): Promise<{ orderId: number; requestId: number }> {
  const { t } = w;
  const { orderId } = await order(w, 'paid');
  const asked = ok('refund request', await t.http.post(`/api/orders/${orderId}/refund-requests`).set(auth(w.owner.token)).send(REASON), 201);
  const requestId = asked.body.id as number;
  if (stage !== 'requested') {
    ok('supplier rejects refund', await t.http.post(`/api/supplier/refund-requests/${requestId}/reject`).set(auth(w.supplierB.token)).send(REASON), 200);
  }
  if (stage === 'escalated') {
    ok('escalate refund', await t.http.post(`/api/orders/${orderId}/refund-requests/${requestId}/escalate`).set(auth(w.owner.token)).send({}), 200);
  }
  return { orderId, requestId };
}

/** Makes a new object of this kind (or names a standing one) and says what each path placeholder becomes. */
export async function buildTarget(w: World, kind: TargetKind): Promise<Target> {
  const { t } = w;
  switch (kind) {
    case 'none':
      return { params: {} };
    case 'supplierB':
      return { params: { id: w.supplierB.supplierId } };
    case 'freshSupplier':
      return { params: { id: (await certifiedSupplier(t, w.staffToken)).supplierId } };
    case 'suspendedSupplier': {
      const { supplierId } = await certifiedSupplier(t, w.staffToken);
      ok('suspend', await t.http.post(`/api/association/suppliers/${supplierId}/suspend`).set(auth(w.staffToken)).send(REASON), 200);
      return { params: { id: supplierId } };
    }
    case 'pendingApplication':
      return { params: { id: await application(w, 'pending') } };
    case 'changesRequestedApplication':
      return { params: { id: await application(w, 'changes_requested') } };
    case 'draftProduct':
      return { params: { id: await product(w, 'draft') } };
    case 'pendingProduct':
      return { params: { id: await product(w, 'pending') } };
    case 'certifiedProduct':
      return { params: { id: await product(w, 'certified') } };
    case 'unlistedProduct': {
      const id = await product(w, 'certified');
      ok('unlist', await t.http.post(`/api/supplier/products/${id}/unlist`).set(auth(w.supplierB.token)).send({}), 200);
      return { params: { id } };
    }
    case 'sku':
      return { params: { skuId: w.skuId } };
    case 'upload': {
      const stored = ok('upload', await t.http.post('/api/uploads').set(auth(w.owner.token)).field('purpose', 'document').attach('file', PNG, 'licence.png'), 201);
      return { params: { id: stored.body.id as number } };
    }
    case 'payment':
      return { params: { id: (await order(w, 'pending')).paymentId } };
    case 'devPayment':
      return { params: { outTradeNo: (await order(w, 'pending')).outTradeNo } };
    case 'pendingOrder':
      return { params: { id: (await order(w, 'pending')).orderId } };
    case 'paidOrder':
      return { params: { id: (await order(w, 'paid')).orderId } };
    case 'shippedOrder':
      return { params: { id: (await order(w, 'shipped')).orderId } };
    case 'pendingRefund':
      return { params: { id: (await refund(w, 'requested')).requestId } };
    case 'rejectedRefund': {
      const { orderId, requestId } = await refund(w, 'rejected');
      return { params: { id: orderId, requestId } };
    }
    case 'escalatedRefund':
      return { params: { id: (await refund(w, 'escalated')).requestId } };
    case 'ownerAddress': {
      const address = ok('address', await t.http.post('/api/me/addresses').set(auth(w.owner.token)).send(ADDRESS), 201);
      return { params: { id: address.body.id as number } };
    }
    case 'county':
      return { params: { code: '610723' } };
    case 'certificate': {
      const profile = ok('profile', await t.http.get('/api/supplier/profile').set(auth(w.supplierB.token)), 200);
      return { params: { certificateNo: profile.body.certificate.no as string } };
    }
    case 'villagePoint': {
      const point = ok('village point', await t.http.post('/api/association/village-points').set(auth(w.staffToken)).send(VILLAGE_POINT), 201);
      return { params: { id: point.body.id as number } };
    }
  }
}

/**
 * Every row of every table the app maps, in primary-key order: compared before and after the refused cells of
 * a route, it shows they changed nothing at all (no status, no ledger row, no audit entry, no outbox event).
 */
export async function databaseFingerprint(t: TestApp): Promise<Record<string, string>> {
  const tables: Record<string, string> = {};
  for (const entity of t.db.dataSource.entityMetadatas) {
    const order = entity.primaryColumns.map((c) => c.databaseName).join(', ');
    tables[entity.tableName] = JSON.stringify(await t.db.manager.query(`SELECT * FROM ${entity.tableName}${order ? ` ORDER BY ${order}` : ''}`));
  }
  return tables;
}
