import { chinaDate } from '@bangfu/contracts';
import { createHmac } from 'node:crypto';

/** Orders one checkout can split into (one per supplier) fit below this many slots. */
const SLOTS_PER_CHECKOUT = 64;
const HALF = 10_000;
const ROUNDS = 4;

/**
 * The number people read and quote: the China date and 8 digits, e.g. 2026120283920174. The digits are a keyed
 * permutation of (checkout, position), so they are unique for a day's first 1.5 million checkouts, say nothing
 * about how many orders there are, and cannot be stepped through by adding one.
 */
export function orderNumber(secret: string, checkoutId: number, position: number, placedAt: Date): string {
  const slot = (checkoutId * SLOTS_PER_CHECKOUT + position) % (HALF * HALF);
  return chinaDate(placedAt).replaceAll('-', '') + String(permute(secret, slot)).padStart(8, '0');
}

/** A balanced Feistel network on two 4-digit halves: a bijection of 0 … 99 999 999 for every key. */
function permute(secret: string, value: number): number {
  let left = Math.floor(value / HALF);
  let right = value % HALF;
  for (let round = 0; round < ROUNDS; round++) {
    const mixed = createHmac('sha256', secret).update(`order-no:${round}:${right}`).digest().readUInt32BE(0) % HALF;
    [left, right] = [right, (left + mixed) % HALF];
  }
  return left * HALF + right;
}
