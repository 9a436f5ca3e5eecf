import type { ShippingRule } from '@bangfu/contracts';
import { randomUUID } from 'node:crypto';
import { auth, certifiedSupplier } from './certification';
import { signIn, type TestApp } from './test-app';

export const ADDRESS = {
  name: '王小明',
  phone: '13900001111',
  province: '陕西省',
  city: '汉中市',
  district: '汉台区',
  detail: '中山街 18 号 2 单元 301',
};

export interface Seller {
  token: string;
  userId: number;
  supplierId: number;
}

/** A certified supplier with a shipping rule (defaults: ¥8 flat, free from ¥99). */
export async function seller(t: TestApp, staffToken: string, rule: ShippingRule = { flatFeeFen: 800, freeOverFen: 9900 }): Promise<Seller> {
  const supplier = await certifiedSupplier(t, staffToken);
  await t.http.put('/api/supplier/shipping-rule').set(auth(supplier.token)).send(rule).expect(200);
  return supplier;
}

/** A certified, listed product with one SKU of this price and stock; returns its SKU id. */
export async function sellableSku(t: TestApp, staffToken: string, owner: Seller, priceFen: number, stock: number, name = '西乡午子仙毫'): Promise<number> {
  const draft = await t.http
    .post('/api/supplier/products')
    .set(auth(owner.token))
    .send({ name, categoryCode: 'tea', description: '', originTown: '午子镇', skus: [{ spec: '罐装 250g', unit: '罐', priceFen, stock }] })
    .expect(201);
  await t.http.post(`/api/supplier/products/${draft.body.id}/submit`).set(auth(owner.token)).expect(200);
  await t.http.post(`/api/association/products/${draft.body.id}/certify`).set(auth(staffToken)).send({}).expect(200);
  return draft.body.skus[0].id as number;
}

let shoppers = 0;
export async function shopper(t: TestApp): Promise<{ token: string; userId: number }> {
  return signIn(t, `136${String(process.pid % 1000).padStart(3, '0')}${String(++shoppers).padStart(5, '0')}`);
}

export function checkout(t: TestApp, token: string, items: { skuId: number; quantity: number }[], key: string = randomUUID(), extra: object = {}) {
  return t.http
    .post('/api/checkout')
    .set(auth(token))
    .set('Idempotency-Key', key)
    .send({ items, address: ADDRESS, ...extra });
}

/** Pays a checkout's payment through the dev cashier (the same notification path Alipay takes). */
export function payDev(t: TestApp, payment: { outTradeNo: string }, outcome: 'succeeded' | 'closed' = 'succeeded') {
  return t.http.post(`/api/payments/dev/${payment.outTradeNo}/complete`).send({ outcome });
}

/** The stock counters of a SKU at its supplier's warehouse. */
export async function stockOf(t: TestApp, skuId: number): Promise<{ onHand: number; reserved: number; available: number }> {
  const [row] = await t.db.manager.query('SELECT on_hand, reserved, available FROM stock_levels WHERE sku_id = ?', [skuId]);
  return { onHand: Number(row.on_hand), reserved: Number(row.reserved), available: Number(row.available) };
}

/** Σ of the ledger for a SKU; it must always equal the counters. */
export async function ledgerOf(t: TestApp, skuId: number): Promise<{ onHand: number; reserved: number }> {
  const [row] = await t.db.manager.query(
    'SELECT COALESCE(SUM(on_hand_delta), 0) AS on_hand, COALESCE(SUM(reserved_delta), 0) AS reserved FROM stock_movements WHERE sku_id = ?',
    [skuId],
  );
  return { onHand: Number(row.on_hand), reserved: Number(row.reserved) };
}
