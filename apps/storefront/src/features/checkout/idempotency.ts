import type { CheckoutRequest } from '@bangfu/contracts';
import { readJson, removeKey, writeJson } from '@bangfu/ui';

/**
 * One Idempotency-Key per checkout attempt. Sending the same cart and address again (a retry after a timeout,
 * a double tap, a reload) reuses the key, so the server answers with the orders it already made; a changed cart
 * is a new attempt with a new key. Kept per tab, so a reload mid-request still retries with the same key.
 */
const ATTEMPT_KEY = 'bangfu.storefront.checkoutAttempt';

interface Attempt {
  key: string;
  body: string;
}

export function attemptKey(body: CheckoutRequest): string {
  const text = JSON.stringify(body);
  const earlier = readJson(window.sessionStorage, ATTEMPT_KEY, (value) => {
    const attempt = value as Partial<Attempt> | null;
    return typeof attempt?.key === 'string' && typeof attempt.body === 'string' ? (attempt as Attempt) : null;
  });
  if (earlier && earlier.body === text) return earlier.key;
  const key = newKey();
  writeJson(window.sessionStorage, ATTEMPT_KEY, { key, body: text } satisfies Attempt);
  return key;
}

export function endAttempt(): void {
  removeKey(window.sessionStorage, ATTEMPT_KEY);
}

/** crypto.randomUUID exists only in secure contexts; a phone on a LAN address gets the same from getRandomValues. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
