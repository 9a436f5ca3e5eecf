import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './api-error';
import { createApiClient } from './client';

const user = {
  id: 3,
  phone: '13800000003',
  name: '张三',
  role: 'shopper',
  supplierId: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};

const degradedHealth = {
  status: 'degraded',
  db: { status: 'down', driver: 'sqlite' },
  search: { status: 'up', engine: 'embedded' },
  version: '0.1.0',
};

type Seen = { method?: string; url?: string; authorization?: string; idempotencyKey?: string; body?: unknown };

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
}

describe('api client', () => {
  let server: Server;
  let baseUrl: string;
  let seen: Seen;
  let degraded = false;

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await readJson(req);
      seen = { method: req.method, url: req.url, authorization: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, body };
      const route = `${req.method} ${req.url}`;
      if (route === 'POST /api/auth/login') {
        const { password } = body as { password: string };
        if (password === 'demo1234') return send(res, 200, { accessToken: 'tok-1', expiresAt: '2030-01-01T00:00:00.000Z', user });
        return send(res, 401, { error: { code: 'INVALID_CREDENTIALS', message: '手机号或密码错误', details: { attempts: 1 } } });
      }
      if (route === 'GET /api/me') {
        if (req.headers.authorization === 'Bearer tok-1') return send(res, 200, user);
        return send(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'login required' } });
      }
      if (route === 'GET /api/categories') return send(res, 200, [{ code: 'tea', name: '茶叶' }]);
      if (route === 'POST /api/checkout') return send(res, 409, { error: { code: 'STOCK_INSUFFICIENT', message: '库存不足', details: { skuId: 7 } } });
      if (req.url?.startsWith('/api/supplier/orders/export.csv')) {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        return res.end('订单号 order\r\n12\r\n');
      }
      if (route === 'GET /api/health' && degraded) return send(res, 503, degradedHealth);
      res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('logs in and parses the response with the contract', async () => {
    const api = createApiClient({ baseUrl });
    const result = await api.login({ phone: '13800000003', password: 'demo1234' });
    expect(result.accessToken).toBe('tok-1');
    expect(result.user).toEqual(user);
    expect(seen).toMatchObject({ method: 'POST', url: '/api/auth/login', body: { phone: '13800000003', password: 'demo1234' } });
    expect(seen.authorization).toBeUndefined();
  });

  it('turns an error response into an ApiError with status, code, message and details', async () => {
    const api = createApiClient({ baseUrl });
    const error = await api.login({ phone: '13800000003', password: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', message: '手机号或密码错误', details: { attempts: 1 } });
  });

  it('sends the bearer token it reads at call time', async () => {
    let token: string | null = null;
    const api = createApiClient({ baseUrl, getToken: () => token });
    await expect(api.me()).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    token = 'tok-1';
    await expect(api.me()).resolves.toEqual(user);
    expect(seen.authorization).toBe('Bearer tok-1');
  });

  it('rejects a response that breaks its contract', async () => {
    const api = createApiClient({ baseUrl });
    await expect(api.categories()).rejects.toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
  });

  it('reports a response without the error shape by its HTTP status', async () => {
    const api = createApiClient({ baseUrl });
    await expect(api.health()).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: 'Bad Gateway' });
  });

  it('reads the health report of a degraded instance from its 503', async () => {
    degraded = true;
    try {
      await expect(createApiClient({ baseUrl }).health()).resolves.toEqual(degradedHealth);
    } finally {
      degraded = false;
    }
  });

  it('sends the Idempotency-Key of a checkout and reports a shortage with its details', async () => {
    const api = createApiClient({ baseUrl });
    const cart = { items: [{ skuId: 7, quantity: 2 }], address: { name: '王', phone: '13900001111', province: '陕西省', city: '汉中市', district: '汉台区', detail: '中山街 18 号' }, channel: 'online' as const };
    await expect(api.checkout(cart, 'key-12345678')).rejects.toMatchObject({ status: 409, code: 'STOCK_INSUFFICIENT', details: { skuId: 7 } });
    expect(seen).toMatchObject({ method: 'POST', url: '/api/checkout', idempotencyKey: 'key-12345678', body: cart });
  });

  it('puts the given query parameters in the URL, leaving out empty ones, and reads text answers as text', async () => {
    const api = createApiClient({ baseUrl });
    await expect(api.exportSupplierOrders({ status: 'paid', from: '2026-11-01', to: undefined })).resolves.toBe('订单号 order\r\n12\r\n');
    expect(seen.url).toBe('/api/supplier/orders/export.csv?status=paid&from=2026-11-01');
  });

  it('reports an unreachable server as status 0', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    await expect(api.health()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
