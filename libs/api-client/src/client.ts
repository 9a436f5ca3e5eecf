import { z } from 'zod';
import {
  CategoryView,
  CheckoutResponse,
  CountyView,
  ErrorBody,
  HealthView,
  LoginResponse,
  OrderDetail,
  OrderList,
  PaymentStartResponse,
  PaymentView,
  PublicProductView,
  PublicSupplierView,
  RefundRequestList,
  RefundRequestView,
  SearchResponse,
  ShippingRule,
  SkuStockView,
  StockLevelView,
  StockMovementView,
  SuggestResponse,
  UserView,
  listOf,
  type CheckoutRequest,
  type LoginRequest,
  type OrderListQuery,
  type PaymentMethod,
  type RefundRequestCreate,
  type RefundListQuery,
  type RegisterRequest,
  type SearchQuery,
  type ShipRequest,
  type StockAdjustmentRequest,
  type StockListQuery,
} from '@bangfu/contracts';
import { ApiError } from './api-error';

export interface ApiClientOptions {
  /** Origin the API is served from, without the `/api` prefix: `http://127.0.0.1:3000`, `window.location.origin`. */
  baseUrl: string;
  /** Read on every call, so a token stored after login is picked up without a new client. */
  getToken?: () => string | null | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** Query parameters; undefined ones are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>;

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
    const { alsoAccept = [] } = options;
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

  async function send(method: Method, path: string, accept: string, { body, query, headers: extra }: RequestOptions) {
    const headers: Record<string, string> = { accept, ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
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

  return {
    /** A degraded instance answers 503 (so load balancers drop it) with the same health report. */
    health: () => request('GET', '/health', HealthView, { alsoAccept: [503] }),
    login: (credentials: LoginRequest) => request('POST', '/auth/login', LoginResponse, { body: credentials }),
    register: (account: RegisterRequest) => request('POST', '/auth/register', UserView, { body: account }),
    me: () => request('GET', '/me', UserView),
    counties: () => request('GET', '/counties', z.array(CountyView)),
    categories: () => request('GET', '/categories', z.array(CategoryView)),

    search: (query: Partial<SearchQuery>) => request('GET', '/search', SearchResponse, { query }),
    suggest: (q: string) => request('GET', '/search/suggest', SuggestResponse, { query: { q } }),
    product: (id: number) => request('GET', `/products/${id}`, PublicProductView),
    supplier: (id: number) => request('GET', `/suppliers/${id}`, PublicSupplierView),

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
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function queryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Proxies and crashed upstreams answer without our error shape; those still become an ApiError. */
function errorFrom(response: Response, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError(response.status, code, message, details, requestId);
  }
  return new ApiError(response.status, `HTTP_${response.status}`, response.statusText || `HTTP ${response.status}`, payload);
}
