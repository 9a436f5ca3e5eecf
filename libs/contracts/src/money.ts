import { z } from 'zod';

/** Money travels as integer fen; yuan strings exist only at the Alipay boundary and in the UI. */
export const Fen = z.number().int().min(0).max(1_000_000_000_000);

const YUAN_PATTERN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

/** 1250 → "12.50". Exact: integer arithmetic only. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`fen must be a non-negative integer, got ${fen}`);
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  return `${yuan}.${rest.toString().padStart(2, '0')}`;
}

/** "12.5" or "12.50" → 1250. Rejects anything that is not a plain non-negative yuan amount. */
export function yuanToFen(yuan: string): number {
  if (!YUAN_PATTERN.test(yuan)) throw new RangeError(`not a yuan amount: "${yuan}"`);
  const [whole, fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 1250 → "¥12.50", the form shoppers see. */
export function formatPrice(fen: number): string {
  return `¥${fenToYuan(fen)}`;
}
