import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiClient } from './client';

const stored = { id: 9, purpose: 'image', fileName: 'box.png', contentType: 'image/png', size: 4, url: '/media/uploads/9.png' };

describe('api client uploads', () => {
  let server: Server;
  let baseUrl: string;
  let seen: { url?: string; contentType?: string; authorization?: string; body: string };

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('latin1');
      seen = { url: req.url, contentType: req.headers['content-type'], authorization: req.headers.authorization, body };
      const tooBig = body.includes('filename="big.png"');
      res.writeHead(tooBig ? 413 : 201, { 'content-type': 'application/json' });
      res.end(JSON.stringify(tooBig ? { error: { code: 'PAYLOAD_TOO_LARGE', message: 'A image may be at most 2 MB' } } : stored));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the purpose and the file as multipart form data with the token, and parses the stored upload', async () => {
    const api = createApiClient({ baseUrl, getToken: () => 'tok-1' });
    const file = new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await expect(api.upload(file, 'image', { fileName: 'box.png' })).resolves.toEqual(stored);
    expect(seen.url).toBe('/api/uploads');
    expect(seen.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.authorization).toBe('Bearer tok-1');
    expect(seen.body).toMatch(/name="purpose"\r\n\r\nimage\r\n/);
    expect(seen.body).toMatch(/name="file"; filename="box.png"\r\nContent-Type: image\/png\r\n\r\n\x89PNG\r\n/);
  });

  it('reports a refused file as an ApiError with the code of the answer', async () => {
    const api = createApiClient({ baseUrl });
    await expect(api.upload(new Blob(['x']), 'image', { fileName: 'big.png' })).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});
