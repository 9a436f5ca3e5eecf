import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { MAX_LINES_PER_CHECKOUT, MAX_QUANTITY_PER_LINE } from '@bangfu/contracts';
import { readJson, writeJson } from '@bangfu/ui';

/** One key, versioned: a later shape gets a new version and old carts are dropped rather than misread. */
export const CART_KEY = 'bangfu.storefront.cart';
const VERSION = 1;

/** What the cart remembers of a SKU, so it shows without asking the API; prices are checked again at checkout. */
const CartLine = z.object({
  skuId: z.number().int().positive(),
  productId: z.number().int().positive(),
  productName: z.string(),
  skuSpec: z.string(),
  unit: z.string(),
  priceFen: z.number().int().min(0),
  imageUrl: z.string().nullable(),
  supplierId: z.number().int().positive(),
  supplierName: z.string(),
  quantity: z.number().int().min(1).max(MAX_QUANTITY_PER_LINE),
  /** Whether the line goes to the next checkout. */
  selected: z.boolean(),
});
export type CartLine = z.infer<typeof CartLine>;

const StoredCart = z.object({ version: z.literal(VERSION), lines: z.array(CartLine) });

export const clampQuantity = (n: number) => Math.min(MAX_QUANTITY_PER_LINE, Math.max(1, Math.floor(n) || 1));

function load(): CartLine[] {
  return readJson(window.localStorage, CART_KEY, (value) => StoredCart.safeParse(value).data?.lines ?? null) ?? [];
}

let lines: CartLine[] = load();
const listeners = new Set<() => void>();

function commit(next: CartLine[]): void {
  lines = next;
  writeJson(window.localStorage, CART_KEY, { version: VERSION, lines: next });
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the cart: pick it up here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== CART_KEY) return;
    lines = load();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useCartLines(): CartLine[] {
  return useSyncExternalStore(subscribe, () => lines);
}

/** Adds to a line already in the cart; false when the cart is full (one checkout takes at most 50 lines). */
export function addToCart(line: Omit<CartLine, 'selected'>): boolean {
  const existing = lines.find((l) => l.skuId === line.skuId);
  if (existing) {
    commit(lines.map((l) => (l === existing ? { ...line, quantity: clampQuantity(l.quantity + line.quantity), selected: true } : l)));
    return true;
  }
  if (lines.length >= MAX_LINES_PER_CHECKOUT) return false;
  commit([...lines, { ...line, quantity: clampQuantity(line.quantity), selected: true }]);
  return true;
}

export function setQuantity(skuId: number, quantity: number): void {
  commit(lines.map((l) => (l.skuId === skuId ? { ...l, quantity: clampQuantity(quantity) } : l)));
}

export function setSelected(skuIds: readonly number[], selected: boolean): void {
  const ids = new Set(skuIds);
  commit(lines.map((l) => (ids.has(l.skuId) ? { ...l, selected } : l)));
}

export function removeFromCart(skuIds: readonly number[]): void {
  const ids = new Set(skuIds);
  commit(lines.filter((l) => !ids.has(l.skuId)));
}

/** After a checkout: the bought quantities leave the cart; anything added meanwhile stays. */
export function removePurchased(bought: readonly { skuId: number; quantity: number }[]): void {
  const byId = new Map(bought.map((b) => [b.skuId, b.quantity]));
  commit(
    lines.flatMap((l) => {
      const gone = byId.get(l.skuId);
      if (gone === undefined) return [l];
      return l.quantity > gone ? [{ ...l, quantity: l.quantity - gone }] : [];
    }),
  );
}

/** Another account signs in here, or this one leaves: what it put in the cart goes with it. */
export function clearCart(): void {
  commit([]);
}

export function cartCount(all: readonly CartLine[]): number {
  return all.reduce((sum, l) => sum + l.quantity, 0);
}

/** Lines by supplier, in the order their first line was added: each supplier ships (and charges) separately. */
export function groupBySupplier<T extends Pick<CartLine, 'supplierId' | 'supplierName'>>(all: readonly T[]) {
  const groups = new Map<number, { supplierId: number; supplierName: string; lines: T[] }>();
  for (const line of all) {
    const group = groups.get(line.supplierId) ?? { supplierId: line.supplierId, supplierName: line.supplierName, lines: [] };
    group.lines.push(line);
    groups.set(line.supplierId, group);
  }
  return [...groups.values()];
}
