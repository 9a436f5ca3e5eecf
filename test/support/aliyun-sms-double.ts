import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentSms {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
}

/** RFC 3986 percent-encoding, as the ACS3 canonical query uses. */
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A local stand-in for Aliyun's SMS endpoint (dysmsapi, SendSms, API version 2017-05-25): it checks the
 * ACS3-HMAC-SHA256 signature of every request against the one key pair it knows, answers as Aliyun does, and
 * keeps what it was asked to send. `refuseWith` makes it answer with one of Aliyun's refusal codes instead.
 */
export class AliyunSmsDouble {
  readonly accessKeyId = 'LTAI-test-key';
  readonly accessKeySecret = 'test-secret-of-the-double';
  readonly sent: SentSms[] = [];
  refuseWith: string | null = null;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = this.answer(req, Buffer.concat(chunks));
        res.writeHead(answer.status, { 'Content-Type': 'application/json;charset=utf-8' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(req: IncomingMessage, body: Buffer): { status: number; body: object } {
    const requestId = randomUUID().toUpperCase();
    const url = new URL(req.url ?? '/', 'http://double');
    if (req.headers['x-acs-action'] !== 'SendSms' || req.headers['x-acs-version'] !== '2017-05-25') {
      return { status: 400, body: { RequestId: requestId, Code: 'InvalidAction.NotFound', Message: 'Specified api is not found' } };
    }
    if (!this.signatureHolds(req, url, body)) {
      return { status: 400, body: { RequestId: requestId, Code: 'SignatureDoesNotMatch', Message: 'Specified signature does not match our calculation.' } };
    }
    const q = url.searchParams;
    if (this.refuseWith) return { status: 200, body: { RequestId: requestId, Code: this.refuseWith, Message: 'refused by the double' } };
    this.sent.push({
      phone: q.get('PhoneNumbers') ?? '',
      signName: q.get('SignName') ?? '',
      templateCode: q.get('TemplateCode') ?? '',
      params: JSON.parse(q.get('TemplateParam') ?? '{}') as Record<string, string>,
    });
    return { status: 200, body: { RequestId: requestId, Code: 'OK', Message: 'OK', BizId: `${Date.now()}^0` } };
  }

  /** ACS3-HMAC-SHA256: the canonical request (method, path, sorted query, signed headers, payload hash), hashed and keyed. */
  private signatureHolds(req: IncomingMessage, url: URL, body: Buffer): boolean {
    const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(String(req.headers.authorization ?? ''));
    if (!match || match[1] !== this.accessKeyId) return false;
    const signedHeaders = match[2].split(';');
    const payloadHash = createHash('sha256').update(body).digest('hex');
    if (req.headers['x-acs-content-sha256'] !== payloadHash) return false;
    const query = [...url.searchParams.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${encode(k)}=${encode(v)}`)
      .join('&');
    const headers = signedHeaders.map((name) => `${name}:${String(req.headers[name] ?? '').trim()}\n`).join('');
    const canonical = [req.method, url.pathname, query, headers, signedHeaders.join(';'), payloadHash].join('\n');
    const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
    return createHmac('sha256', this.accessKeySecret).update(stringToSign).digest('hex') === match[3];
  }
}
