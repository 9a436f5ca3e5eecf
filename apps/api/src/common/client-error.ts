import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from './app-error';
import { errorBody } from './error-body';

/**
 * Node answers a request it cannot parse (headers over its 16 KB limit, a malformed request line) before
 * Express sees it, with an empty body. This gives that answer the error shape and a request id.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const id = randomUUID();
  const failure = tooLarge
    ? new AppError(431, 'HEADERS_TOO_LARGE', 'The request line and headers are larger than 16 KB')
    : new AppError(400, 'MALFORMED_REQUEST', 'The request could not be parsed');
  const body = JSON.stringify(errorBody(failure, id));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${id}\r\nConnection: close\r\n\r\n${body}`,
  );
}
