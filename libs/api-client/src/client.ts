import { z } from 'zod';
import {
  AddressBook,
  AddressView,
  ApplicationDecisionList,
  ApplicationView,
  ApprovalResult,
  AuditEntryView,
  CategoryView,
  CertificateCheck,
  CertifyResult,
  CheckoutResponse,
  CountyTowns,
  CountyView,
  DevSmsView,
  ErrorBody,
  HealthView,
  HomeView,
  LoginResponse,
  OrderDetail,
  OrderList,
  PaymentStartResponse,
  PaymentView,
  ProductAdminView,
  ProductDecisionList,
  PublicProductView,
  PublicSupplierView,
  RefundRequestList,
  ReindexStatus,
  RefundRequestView,
  SearchResponse,
  ShippingRule,
  SkuStockView,
  SmsCodeResponse,
  StockLevelView,
  StockMovementView,
  SupplierOrderSummary,
  SupplierProfileView,
  SuggestResponse,
  SynonymGroups,
  SupplierAdminView,
  UploadView,
  UserView,
  listOf,
  queryString,
  type AddressInput,
  type ApplicationListQuery,
  type ApproveRequest,
  type ArbitrationDecision,
  type AssociationOrderListQuery,
  type AuditQuery,
  type CertifyRequest,
  type CheckoutRequest,
  type LoginRequest,
  type OrderListQuery,
  type PaymentMethod,
  type ProductDraftRequest,
  type ProductListQuery,
  type ProductPatchRequest,
  type QueryParams,
  type RefundRequestCreate,
  type RefundListQuery,
  type RegisterRequest,
  type RenewalRequest,
  type ResetPasswordRequest,
  type SearchQuery,
  type ShipRequest,
  type SmsCodeRequest,
  type StockAdjustmentRequest,
  type StockListQuery,
  type SupplierApplicationRequest,
  type SupplierListQuery,
} from '@bangfu/contracts';
import { ApiError, isErrorCode } from './api-error';

export interface ApiClientOptions {
  /** Origin the API is served from, without the `/api` prefix: `http://127.0.0.1:3000`, `window.location.origin`. */
  baseUrl: string;
  /** Read on every call, so a token stored after login is picked up without a new client. */
  getToken?: () => string | null | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface UploadOptions {
  /** Defaults to the File's own name. */
  fileName?: string;
  /** In a browser, hears the share of the file sent so far (0–1); fetch cannot report upload progress. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The parts of the browser's XMLHttpRequest an upload uses; Node has none, and then fetch sends the form. */
interface ProgressRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  readonly status: number;
  readonly statusText: string;
  readonly responseText: string;
}
type ProgressRequestClass = new () => ProgressRequest;

interface RequestOptions {
  body?: unknown;
  query?: QueryParams;
  headers?: Record<string, string>;
  /** Error statuses whose body is still the contract's answer rather than an error shape. */
  alsoAccept?: readonly number[];
}

export function createApiClient({ baseUrl, getToken }: ApiClientOptions) {
  const apiRoot = `${baseUrl.replace(/\/+$/, '')}/api`;

  async function request<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    options: RequestOptions = {},
  ): Promise<z.output<S>> {
    const { response, payload } = await send(method, path, 'application/json', options);
    return answer(method, path, schema, response, payload, options.alsoAccept);
  }

  function answer<S extends z.ZodType>(method: Method, path: string, schema: S, response: HttpStatus, payload: unknown, alsoAccept: readonly number[] = []): z.output<S> {
    if (!response.ok && !alsoAccept.includes(response.status)) throw errorFrom(response, payload);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      if (!response.ok) throw errorFrom(response, payload);
      throw new ApiError(
        response.status,
        'INVALID_RESPONSE',
        `${method} ${path}: the response does not match its contract`,
        parsed.error.issues,
      );
    }
    return parsed.data;
  }

  function authorized(headers: Record<string, string>): Record<string, string> {
    const token = getToken?.();
    return token ? { ...headers, authorization: `Bearer ${token}` } : headers;
  }

  async function send(method: Method, path: string, accept: string, { body, query, headers: extra }: RequestOptions) {
    const headers = authorized({ accept, ...extra });
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${apiRoot}${path}${queryString(query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
    }
    return { response, payload: await readBody(response) };
  }

  /** A non-JSON answer such as a CSV export. */
  async function requestText(path: string, query?: QueryParams): Promise<string> {
    const { response, payload } = await send('GET', path, '*/*', { query });
    if (!response.ok) throw errorFrom(response, payload);
    return typeof payload === 'string' ? payload : JSON.stringify(payload);
  }

  /** A private document's bytes: its URL needs the session's token, which an <img> or a link cannot send. */
  async function uploadContent(id: number): Promise<Blob> {
    let response: Response;
    try {
      response = await fetch(`${apiRoot}/uploads/${id}/content`, { headers: authorized({ accept: '*/*' }) });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
    }
    if (!response.ok) throw errorFrom(response, await readBody(response));
    return response.blob();
  }

  /** One file as multipart/form-data (`purpose` and `file`), the way `POST /api/uploads` takes it. */
  async function upload(file: Blob, purpose: UploadView['purpose'], { fileName, onProgress, signal }: UploadOptions = {}): Promise<UploadView> {
    const form = new FormData();
    form.append('purpose', purpose);
    form.append('file', file, fileName ?? (file as Blob & { name?: string }).name ?? 'upload');
    const headers = authorized({ accept: 'application/json' });
    const Xhr = (globalThis as { XMLHttpRequest?: ProgressRequestClass }).XMLHttpRequest;
    if (Xhr && onProgress) {
      const { status, payload } = await sendWithProgress(Xhr, `${apiRoot}/uploads`, form, headers, onProgress, signal);
      return answer('POST', '/uploads', UploadView, status, payload);
    }
    let response: Response;
    try {
      response = await fetch(`${apiRoot}/uploads`, { method: 'POST', headers, body: form, signal });
    } catch (cause) {
      if (signal?.aborted) throw aborted();
      throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
    }
    return answer('POST', '/uploads', UploadView, response, await readBody(response));
  }

  return {
    /** A degraded instance answers 503 (so load balancers drop it) with the same health report. */
    health: () => request('GET', '/health', HealthView, { alsoAccept: [503] }),
    login: (credentials: LoginRequest) => request('POST', '/auth/login', LoginResponse, { body: credentials }),
    register: (account: RegisterRequest) => request('POST', '/auth/register', UserView, { body: account }),
    sendSmsCode: (sms: SmsCodeRequest) => request('POST', '/auth/sms-codes', SmsCodeResponse, { body: sms }),
    /** Signs in with the new password at once. */
    resetPassword: (reset: ResetPasswordRequest) => request('POST', '/auth/reset-password', LoginResponse, { body: reset }),
    /** The last code texted to a phone; only the embedded default's dev SMS box answers, elsewhere it is a 404. */
    devSms: (phone: string) => request('GET', '/auth/dev/sms', DevSmsView, { query: { phone } }),
    me: () => request('GET', '/me', UserView),
    addresses: () => request('GET', '/me/addresses', AddressBook),
    addAddress: (address: AddressInput) => request('POST', '/me/addresses', AddressView, { body: address }),
    updateAddress: (id: number, address: AddressInput) => request('PUT', `/me/addresses/${id}`, AddressView, { body: address }),
    /** Answers with the book as it is now: deleting the default moves the mark to another address. */
    deleteAddress: (id: number) => request('DELETE', `/me/addresses/${id}`, AddressBook),
    counties: () => request('GET', '/counties', z.array(CountyView)),
    categories: () => request('GET', '/categories', z.array(CategoryView)),
    /** The storefront's home page: the association's banners and picks, and the best sellers. */
    home: () => request('GET', '/home', HomeView),

    search: (query: Partial<SearchQuery>) => request('GET', '/search', SearchResponse, { query }),
    suggest: (q: string) => request('GET', '/search/suggest', SuggestResponse, { query: { q } }),
    product: (id: number) => request('GET', `/products/${id}`, PublicProductView),
    supplier: (id: number) => request('GET', `/suppliers/${id}`, PublicSupplierView),
    countyTowns: (code: string) => request('GET', `/counties/${code}/towns`, CountyTowns),
    /** The public check of a certificate number: its holder and whether it holds today. */
    certificate: (no: string) => request('GET', `/certificates/${encodeURIComponent(no)}`, CertificateCheck),

    /** The same key for a retry of the same cart: the server then answers with the first checkout. */
    checkout: (cart: CheckoutRequest, idempotencyKey: string) =>
      request('POST', '/checkout', CheckoutResponse, { body: cart, headers: { 'idempotency-key': idempotencyKey } }),
    payment: (id: number) => request('GET', `/payments/${id}`, PaymentView),
    startPayment: (id: number, method: PaymentMethod) => request('POST', `/payments/${id}/start`, PaymentStartResponse, { body: { method } }),
    orders: (query: Partial<OrderListQuery> = {}) => request('GET', '/orders', OrderList, { query }),
    order: (id: number) => request('GET', `/orders/${id}`, OrderDetail),
    cancelOrder: (id: number, reason?: string) => request('POST', `/orders/${id}/cancel`, OrderDetail, { body: { reason } }),
    confirmReceipt: (id: number) => request('POST', `/orders/${id}/confirm-receipt`, OrderDetail, { body: {} }),
    requestRefund: (id: number, refund: RefundRequestCreate) => request('POST', `/orders/${id}/refund-requests`, RefundRequestView, { body: refund }),
    escalateRefund: (orderId: number, requestId: number) =>
      request('POST', `/orders/${orderId}/refund-requests/${requestId}/escalate`, RefundRequestView, { body: {} }),

    supplierOrders: (query: Partial<OrderListQuery> = {}) => request('GET', '/supplier/orders', OrderList, { query }),
    supplierOrder: (id: number) => request('GET', `/supplier/orders/${id}`, OrderDetail),
    shipOrder: (id: number, shipment: ShipRequest) => request('POST', `/supplier/orders/${id}/ship`, OrderDetail, { body: shipment }),
    exportSupplierOrders: (query: Partial<Omit<OrderListQuery, 'page' | 'pageSize'>> = {}) => requestText('/supplier/orders/export.csv', query),
    supplierRefundRequests: (query: Partial<RefundListQuery> = {}) => request('GET', '/supplier/refund-requests', RefundRequestList, { query }),
    acceptRefund: (id: number) => request('POST', `/supplier/refund-requests/${id}/accept`, RefundRequestView, { body: {} }),
    rejectRefund: (id: number, reason: string) => request('POST', `/supplier/refund-requests/${id}/reject`, RefundRequestView, { body: { reason } }),
    shippingRule: () => request('GET', '/supplier/shipping-rule', ShippingRule),
    setShippingRule: (rule: ShippingRule) => request('PUT', '/supplier/shipping-rule', ShippingRule, { body: rule }),
    supplierStock: (query: Partial<Omit<StockListQuery, 'low'>> & { low?: boolean } = {}) =>
      request('GET', '/supplier/stock', listOf(StockLevelView), { query }),
    skuStock: (skuId: number) => request('GET', `/supplier/skus/${skuId}/stock`, SkuStockView),
    adjustStock: (skuId: number, adjustment: Partial<StockAdjustmentRequest> & Pick<StockAdjustmentRequest, 'delta' | 'reason'>) =>
      request('POST', `/supplier/skus/${skuId}/stock-adjustments`, SkuStockView, { body: adjustment }),
    setLowStockThreshold: (skuId: number, lowStockThreshold: number) =>
      request('PUT', `/supplier/stock/${skuId}/threshold`, StockLevelView, { body: { lowStockThreshold } }),
    stockMovements: (skuId: number, page = 1) => request('GET', `/supplier/stock/${skuId}/movements`, listOf(StockMovementView), { query: { page } }),
    /** The supplier's own products, newest first (those under review oldest first). */
    supplierProducts: (query: Partial<ProductListQuery> = {}) => request('GET', '/supplier/products', listOf(ProductAdminView), { query }),
    supplierProduct: (id: number) => request('GET', `/supplier/products/${id}`, ProductAdminView),
    /** Every decision of the association on the product, with its reason, newest first. */
    productDecisions: (id: number) => request('GET', `/supplier/products/${id}/decisions`, ProductDecisionList),
    /** A draft; new SKUs bring their opening stock. */
    createProduct: (draft: ProductDraftRequest) => request('POST', '/supplier/products', ProductAdminView, { body: draft }),
    /** A certified product whose name, category or origin changes goes back to review. */
    updateProduct: (id: number, patch: ProductPatchRequest) => request('PATCH', `/supplier/products/${id}`, ProductAdminView, { body: patch }),
    submitProduct: (id: number) => request('POST', `/supplier/products/${id}/submit`, ProductAdminView, { body: {} }),
    listProduct: (id: number) => request('POST', `/supplier/products/${id}/list`, ProductAdminView, { body: {} }),
    /** The reason goes into the product's record. */
    unlistProduct: (id: number, reason?: string) => request('POST', `/supplier/products/${id}/unlist`, ProductAdminView, { body: { reason } }),

    /** Orders paid today and this month (China dates) and those waiting to ship. */
    supplierOrderSummary: () => request('GET', '/supplier/orders/summary', SupplierOrderSummary),
    /** The supplier's own record: its certificate and, from 30 days before expiry, the renewal notice. */
    supplierProfile: () => request('GET', '/supplier/profile', SupplierProfileView),
    /** A renewal application, reviewed by staff like the first one. */
    requestRenewal: (renewal: RenewalRequest) => request('POST', '/supplier/renewals', ApplicationView, { body: renewal }),
    /** The applicant's own applications, newest first: a new supplier's and later renewals. */
    myApplications: () => request('GET', '/supplier/applications/mine', listOf(ApplicationView)),
    apply: (application: SupplierApplicationRequest) => request('POST', '/supplier/applications', ApplicationView, { body: application }),
    /** Every decision of the association on the applicant's application, with its reason, newest first. */
    applicationDecisions: (id: number) => request('GET', `/supplier/applications/${id}/decisions`, ApplicationDecisionList),
    /** An application staff sent back for changes, sent again in full. */
    resubmitApplication: (id: number, application: SupplierApplicationRequest) =>
      request('PATCH', `/supplier/applications/${id}`, ApplicationView, { body: application }),

    upload,
    uploadContent,

    /** Every supplier's orders, newest first; a malformed filter is answered 400 naming its field. */
    /** Words the search treats as the same; saving replaces the whole set and reindexes what it touches. */
    synonyms: () => request('GET', '/association/search/synonyms', SynonymGroups),
    saveSynonyms: (synonyms: SynonymGroups) => request('PUT', '/association/search/synonyms', SynonymGroups, { body: synonyms }),
    /** Rebuilds the search index in the background; `reindexStatus` tells how far it has come. */
    startReindex: () => request('POST', '/association/search/reindex', ReindexStatus, { body: {} }),
    reindexStatus: () => request('GET', '/association/search/reindex', ReindexStatus),
    associationOrders: (query: Partial<AssociationOrderListQuery> = {}) => request('GET', '/association/orders', OrderList, { query }),
    associationOrder: (id: number) => request('GET', `/association/orders/${id}`, OrderDetail),
    /** Escalated requests unless another status is asked for, oldest first. */
    associationRefundRequests: (query: Partial<RefundListQuery> = {}) => request('GET', '/association/refund-requests', RefundRequestList, { query }),
    decideRefund: (id: number, decision: ArbitrationDecision) =>
      request('POST', `/association/refund-requests/${id}/decide`, RefundRequestView, { body: decision }),

    /** Supplier applications, oldest submitted first, as the review queue is worked. */
    associationApplications: (query: Partial<ApplicationListQuery> = {}) => request('GET', '/association/applications', listOf(ApplicationView), { query }),
    associationApplication: (id: number) => request('GET', `/association/applications/${id}`, ApplicationView),
    /** Certifies the supplier; without `validUntil` the certificate runs the default term. */
    approveApplication: (id: number, approval: ApproveRequest) => request('POST', `/association/applications/${id}/approve`, ApprovalResult, { body: approval }),
    requestApplicationChanges: (id: number, reason: string) =>
      request('POST', `/association/applications/${id}/request-changes`, ApplicationView, { body: { reason } }),
    rejectApplication: (id: number, reason: string) => request('POST', `/association/applications/${id}/reject`, ApplicationView, { body: { reason } }),
    associationSuppliers: (query: Partial<SupplierListQuery> = {}) => request('GET', '/association/suppliers', listOf(SupplierAdminView), { query }),
    associationSupplier: (id: number) => request('GET', `/association/suppliers/${id}`, SupplierAdminView),
    suspendSupplier: (id: number, reason: string) => request('POST', `/association/suppliers/${id}/suspend`, SupplierAdminView, { body: { reason } }),
    reinstateSupplier: (id: number, reason: string) => request('POST', `/association/suppliers/${id}/reinstate`, SupplierAdminView, { body: { reason } }),
    /** Pending products oldest first (the review queue); any other filter newest first. */
    associationProducts: (query: Partial<ProductListQuery> = {}) => request('GET', '/association/products', listOf(ProductAdminView), { query }),
    associationProduct: (id: number) => request('GET', `/association/products/${id}`, ProductAdminView),
    /** A pending product, or a certified one whose supplier asked to renew, gets a new certificate. */
    certifyProduct: (id: number, certification: CertifyRequest) => request('POST', `/association/products/${id}/certify`, CertifyResult, { body: certification }),
    rejectProduct: (id: number, reason: string) => request('POST', `/association/products/${id}/reject`, ProductAdminView, { body: { reason } }),
    revokeProduct: (id: number, reason: string) => request('POST', `/association/products/${id}/revoke`, ProductAdminView, { body: { reason } }),
    /** Who did what to one supplier, product or application, oldest first. */
    auditTrail: (query: Partial<AuditQuery> & Pick<AuditQuery, 'subject'>) => request('GET', '/association/audit', listOf(AuditEntryView), { query }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

async function readBody(response: Response): Promise<unknown> {
  return parseBody(await response.text());
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface HttpStatus {
  ok: boolean;
  status: number;
  statusText: string;
}

function aborted(): ApiError {
  return new ApiError(0, 'ABORTED', 'the request was cancelled');
}

function sendWithProgress(
  Xhr: ProgressRequestClass,
  url: string,
  form: FormData,
  headers: Record<string, string>,
  onProgress: (fraction: number) => void,
  signal: AbortSignal | undefined,
): Promise<{ status: HttpStatus; payload: unknown }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const xhr = new Xhr();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    const cancel = () => xhr.abort();
    signal?.addEventListener('abort', cancel, { once: true });
    const settle = () => signal?.removeEventListener('abort', cancel);
    xhr.onload = () => {
      settle();
      onProgress(1);
      const ok = xhr.status >= 200 && xhr.status < 300;
      resolve({ status: { ok, status: xhr.status, statusText: xhr.statusText }, payload: parseBody(xhr.responseText) });
    };
    xhr.onerror = () => {
      settle();
      reject(new ApiError(0, 'NETWORK_ERROR', `POST ${url} failed`));
    };
    xhr.onabort = () => {
      settle();
      reject(aborted());
    };
    xhr.send(form);
  });
}

/** Proxies and crashed upstreams answer without our error shape; those still become an ApiError. */
function errorFrom(response: HttpStatus, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    // A code newer than this client is still an error of that status, with the server's message.
    return new ApiError(response.status, isErrorCode(code) ? code : `HTTP_${response.status}`, message, details, requestId);
  }
  return new ApiError(response.status, `HTTP_${response.status}`, response.statusText || `HTTP ${response.status}`, payload);
}
