import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../support/test-app';
import type { Answer } from './error-shape';

export interface RawRequest {
  method: string;
  /** Sent byte for byte: no URL normalisation, so `../` and broken escapes reach the server as written. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** node:http rather than supertest: supertest resolves `..` segments and fills in headers the cases must control. */
export function rawRequest(t: TestApp, req: RawRequest): Promise<Answer & { text: string }> {
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const outgoing = request({ host: '127.0.0.1', port, method: req.method, path: req.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        if (String(res.headers['content-type'] ?? '').includes('json')) {
          try {
            body = JSON.parse(text);
          } catch {
            // Left as text: the shape check then reports that the answer is not the JSON error shape.
          }
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
      });
      res.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}
