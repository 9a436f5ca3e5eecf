import { z } from 'zod';
import {
  CategoryView,
  CountyView,
  ErrorBody,
  HealthView,
  LoginResponse,
  UserView,
  type LoginRequest,
  type RegisterRequest,
} from '@bangfu/contracts';
import { ApiError } from './api-error';

export interface ApiClientOptions {
  /** Origin the API is served from, without the `/api` prefix: `http://127.0.0.1:3000`, `window.location.origin`. */
  baseUrl: string;
  /** Read on every call, so a token stored after login is picked up without a new client. */
  getToken?: () => string | null | undefined;
}

type Method = 'GET' | 'POST';

interface RequestOptions {
  body?: unknown;
  /** Error statuses whose body is still the contract's answer rather than an error shape. */
  alsoAccept?: readonly number[];
}

export function createApiClient({ baseUrl, getToken }: ApiClientOptions) {
  const apiRoot = `${baseUrl.replace(/\/+$/, '')}/api`;

  async function request<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    { body, alsoAccept = [] }: RequestOptions = {},
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;

    let response: Response;
    try {
      response = await fetch(`${apiRoot}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
    }

    const payload = await readBody(response);
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

  return {
    /** A degraded instance answers 503 (so load balancers drop it) with the same health report. */
    health: () => request('GET', '/health', HealthView, { alsoAccept: [503] }),
    login: (credentials: LoginRequest) => request('POST', '/auth/login', LoginResponse, { body: credentials }),
    register: (account: RegisterRequest) => request('POST', '/auth/register', UserView, { body: account }),
    me: () => request('GET', '/me', UserView),
    counties: () => request('GET', '/counties', z.array(CountyView)),
    categories: () => request('GET', '/categories', z.array(CategoryView)),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

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
