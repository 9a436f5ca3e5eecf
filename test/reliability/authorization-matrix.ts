import { applicationBody, nextPhone } from '../support/certification';
import { ADDRESS } from '../support/orders';
import { SHIP_BODY, VILLAGE_POINT, type Actor, type Target, type TargetKind, type World } from './authorization-fixtures';

/** What a body or query may be computed from: the standing accounts and the cell's target. */
export interface CellContext {
  w: World;
  target: Target;
}

type Supplied<T> = T | ((ctx: CellContext) => T);

/**
 * One route of the matrix: what its path parameters point at, a body valid for an authorized caller (so that
 * the answer reflects authorization, not validation), and the status each actor must get.
 */
export interface RouteCase {
  target: TargetKind;
  /** A JSON body; routes that take none still get `{}`, the empty-body case belongs to the fuzz suite. */
  body?: Supplied<object>;
  /** An urlencoded form body instead of JSON (the Alipay notification). */
  form?: Record<string, string>;
  /** A multipart upload of a small PNG with these fields. */
  multipart?: Record<string, string>;
  query?: Supplied<Record<string, string>>;
  /** Served but left out of the OpenAPI document on purpose (@ApiExcludeController). */
  notInOpenApi?: true;
  expect: Record<Actor, number>;
}

const REASON = { reason: '授权矩阵测试' };

/**
 * The expected answer of every route for every actor. Targets belong to someone else: orders, payments, refund
 * requests and uploads to an owner shopper who is not an actor; products, SKUs and the target orders' supplier
 * side to supplierB (the owner's cells are the positive control); applications to a fresh applicant.
 */
export const AUTHORIZATION_MATRIX: Record<string, RouteCase> = {
  'GET /api/health': { target: 'none', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/association/audit': {
    target: 'none',
    query: ({ w }) => ({ subject: `supplier:${w.supplierB.supplierId}` }),
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 },
  },

  // identity
  'POST /api/auth/register': {
    target: 'none',
    body: () => ({ phone: nextPhone(), password: 'secret-pass-1', name: '新用户' }),
    expect: { anonymous: 201, shopper: 201, supplierA: 201, supplierB: 201, staff: 201, admin: 201 },
  },
  'POST /api/auth/login': {
    target: 'none',
    body: ({ w }) => ({ phone: w.owner.phone, password: w.owner.password }),
    expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 },
  },
  'GET /api/me': { target: 'none', expect: { anonymous: 401, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'POST /api/auth/sms-codes': {
    target: 'none',
    body: () => ({ phone: nextPhone(), purpose: 'register' }),
    expect: { anonymous: 202, shopper: 202, supplierA: 202, supplierB: 202, staff: 202, admin: 202 },
  },
  // Public; without a code sent to the phone nobody gets past the code check.
  'POST /api/auth/reset-password': {
    target: 'none',
    body: () => ({ phone: nextPhone(), smsCode: '123456', password: 'new-pass-123' }),
    expect: { anonymous: 400, shopper: 400, supplierA: 400, supplierB: 400, staff: 400, admin: 400 },
  },
  'GET /api/auth/dev/sms': {
    target: 'none',
    query: () => ({ phone: nextPhone() }),
    notInOpenApi: true,
    expect: { anonymous: 404, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 },
  },
  'GET /api/auth/dev/sms-box': { target: 'none', notInOpenApi: true, expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  // an address book is its owner's alone: the target belongs to a shopper who is not an actor
  'GET /api/me/addresses': { target: 'none', expect: { anonymous: 401, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'POST /api/me/addresses': { target: 'none', body: ADDRESS, expect: { anonymous: 401, shopper: 201, supplierA: 201, supplierB: 201, staff: 201, admin: 201 } },
  'PUT /api/me/addresses/{id}': { target: 'ownerAddress', body: ADDRESS, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 403, admin: 403 } },
  'DELETE /api/me/addresses/{id}': { target: 'ownerAddress', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 403, admin: 403 } },

  // home page
  'GET /api/home': { target: 'none', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/association/home': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'PUT /api/association/home': {
    target: 'none',
    body: { banners: [{ title: '春茶上新', link: '/search?category=tea' }], featuredProductIds: [] },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 },
  },

  // uploads: a document is served to its owner and to staff only
  'POST /api/uploads': {
    target: 'none',
    multipart: { purpose: 'document' },
    expect: { anonymous: 401, shopper: 201, supplierA: 201, supplierB: 201, staff: 201, admin: 201 },
  },
  'GET /api/uploads/{id}/content': { target: 'upload', expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 200, admin: 200 } },

  // public catalog
  'GET /api/counties': { target: 'none', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/categories': { target: 'none', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/products/{id}': { target: 'certifiedProduct', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/counties/{code}/towns': { target: 'county', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/suppliers/{id}': { target: 'supplierB', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/certificates/{certificateNo}': { target: 'certificate', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/village-points/{id}': { target: 'villagePoint', expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },

  // a supplier's own products
  'POST /api/supplier/products': {
    target: 'none',
    body: { name: '宁强天麻', categoryCode: 'herbs', description: '', originTown: '阳平关镇', skus: [{ spec: '100g', unit: '盒', priceFen: 8800, stock: 5 }] },
    expect: { anonymous: 401, shopper: 403, supplierA: 201, supplierB: 201, staff: 403, admin: 403 },
  },
  'GET /api/supplier/products': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/products/{id}': { target: 'draftProduct', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/products/{id}/decisions': { target: 'draftProduct', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'PATCH /api/supplier/products/{id}': {
    target: 'draftProduct',
    body: { name: '镇巴腊肉（新）' },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 },
  },
  'POST /api/supplier/products/{id}/submit': { target: 'draftProduct', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/products/{id}/list': { target: 'unlistedProduct', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/products/{id}/unlist': { target: 'certifiedProduct', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/products/{id}/renew': { target: 'certifiedProduct', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 409, staff: 403, admin: 403 } },

  // the association's side of certification
  'GET /api/association/applications': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'GET /api/association/applications/{id}': { target: 'pendingApplication', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/applications/{id}/approve': { target: 'pendingApplication', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/applications/{id}/request-changes': { target: 'pendingApplication', body: REASON, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/applications/{id}/reject': { target: 'pendingApplication', body: REASON, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/village-points': { target: 'none', body: VILLAGE_POINT, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 201, admin: 201 } },
  'GET /api/association/suppliers': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'GET /api/association/suppliers/{id}': { target: 'supplierB', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/suppliers/{id}/suspend': { target: 'freshSupplier', body: REASON, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/suppliers/{id}/reinstate': { target: 'suspendedSupplier', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/certificates/expire-due': { target: 'none', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },

  // an applicant's side of certification
  'POST /api/supplier/applications': {
    target: 'none',
    body: () => applicationBody(),
    expect: { anonymous: 401, shopper: 201, supplierA: 409, supplierB: 409, staff: 403, admin: 403 },
  },
  'GET /api/supplier/applications/mine': { target: 'none', expect: { anonymous: 401, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  // Another account's application is not found, like an unknown id: ids of others' applications reveal nothing.
  'GET /api/supplier/applications/{id}': { target: 'pendingApplication', expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 200, admin: 200 } },
  'GET /api/supplier/applications/{id}/decisions': { target: 'pendingApplication', expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 200, admin: 200 } },
  'PATCH /api/supplier/applications/{id}': {
    target: 'changesRequestedApplication',
    body: () => applicationBody(),
    expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 },
  },
  'GET /api/supplier/profile': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/shipping-rule': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'PUT /api/supplier/shipping-rule': {
    target: 'none',
    body: { flatFeeFen: 800, freeOverFen: 9900 },
    expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 },
  },
  // A supplier may ask for renewal at any time, also right after its certification.
  'POST /api/supplier/renewals': { target: 'none', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 201, supplierB: 201, staff: 403, admin: 403 } },

  // product certification
  'GET /api/association/products': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'GET /api/association/products/{id}': { target: 'pendingProduct', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/products/{id}/certify': { target: 'pendingProduct', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/products/{id}/reject': { target: 'pendingProduct', body: REASON, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/products/{id}/revoke': { target: 'certifiedProduct', body: REASON, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },

  // a supplier's stock
  'GET /api/supplier/stock': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/stock/{skuId}': { target: 'sku', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/stock/{skuId}/adjustments': {
    target: 'sku',
    body: { delta: 1, reason: '盘点' },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 },
  },
  'PUT /api/supplier/stock/{skuId}/threshold': {
    target: 'sku',
    body: { lowStockThreshold: 5 },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 },
  },
  'GET /api/supplier/stock/{skuId}/movements': { target: 'sku', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/skus/{skuId}/stock': { target: 'sku', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/skus/{skuId}/stock-adjustments': {
    target: 'sku',
    body: { delta: 1, reason: '盘点' },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 200, staff: 403, admin: 403 },
  },

  // payments
  'GET /api/payments/{id}': { target: 'payment', expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 } },
  'POST /api/payments/{id}/start': { target: 'payment', body: { method: 'page' }, expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 } },
  'POST /api/payments/alipay/notify': {
    target: 'none',
    form: { notify_id: 'matrix' },
    expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 },
  },
  'GET /api/payments/dev/page/{outTradeNo}': {
    target: 'devPayment',
    notInOpenApi: true,
    expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 },
  },
  'POST /api/payments/dev/{outTradeNo}/complete': {
    target: 'devPayment',
    notInOpenApi: true,
    body: { outcome: 'succeeded' },
    expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 },
  },

  // a shopper's orders
  'POST /api/checkout': {
    target: 'none',
    body: ({ w }) => ({ items: [{ skuId: w.skuId, quantity: 1 }], address: ADDRESS }),
    // supplierB sells this SKU: buying one's own goods would inflate the reported sales.
    expect: { anonymous: 401, shopper: 201, supplierA: 201, supplierB: 409, staff: 201, admin: 201 },
  },
  'GET /api/orders': { target: 'none', expect: { anonymous: 401, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/orders/{id}': { target: 'paidOrder', expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 } },
  'POST /api/orders/{id}/cancel': { target: 'pendingOrder', body: {}, expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 } },
  'POST /api/orders/{id}/confirm-receipt': { target: 'shippedOrder', body: {}, expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 } },
  'POST /api/orders/{id}/refund-requests': { target: 'paidOrder', body: REASON, expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 } },
  'POST /api/orders/{id}/refund-requests/{requestId}/escalate': {
    target: 'rejectedRefund',
    body: {},
    expect: { anonymous: 401, shopper: 404, supplierA: 404, supplierB: 404, staff: 404, admin: 404 },
  },

  // a supplier's orders and refund requests
  'GET /api/supplier/orders': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/orders/summary': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/orders/export.csv': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/orders/{id}': { target: 'paidOrder', expect: { anonymous: 401, shopper: 403, supplierA: 404, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/orders/{id}/ship': { target: 'paidOrder', body: SHIP_BODY, expect: { anonymous: 401, shopper: 403, supplierA: 404, supplierB: 200, staff: 403, admin: 403 } },
  'GET /api/supplier/refund-requests': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 200, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/refund-requests/{id}/accept': { target: 'pendingRefund', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 404, supplierB: 200, staff: 403, admin: 403 } },
  'POST /api/supplier/refund-requests/{id}/reject': { target: 'pendingRefund', body: REASON, expect: { anonymous: 401, shopper: 403, supplierA: 404, supplierB: 200, staff: 403, admin: 403 } },

  // the association's view of orders and arbitration
  'GET /api/association/orders': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'GET /api/association/orders/{id}': { target: 'paidOrder', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'GET /api/association/refund-requests': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'POST /api/association/refund-requests/{id}/decide': {
    target: 'escalatedRefund',
    body: { refund: false, reason: '证据不足' },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 },
  },
  'POST /api/association/orders/run-jobs': { target: 'none', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },

  // search
  'GET /api/search': { target: 'none', query: { q: '茶' }, expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/search/suggest': { target: 'none', query: { q: '茶' }, expect: { anonymous: 200, shopper: 200, supplierA: 200, supplierB: 200, staff: 200, admin: 200 } },
  'GET /api/association/search/synonyms': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
  'PUT /api/association/search/synonyms': {
    target: 'none',
    body: { groups: [['黑米', '紫米']] },
    expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 },
  },
  'POST /api/association/search/reindex': { target: 'none', body: {}, expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 202, admin: 202 } },
  'GET /api/association/search/reindex': { target: 'none', expect: { anonymous: 401, shopper: 403, supplierA: 403, supplierB: 403, staff: 200, admin: 200 } },
};
