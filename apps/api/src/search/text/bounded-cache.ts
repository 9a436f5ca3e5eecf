/**
 * A memo that keeps at most `capacity` entries, for per-request work (query analysis, highlight
 * layouts of names) without letting odd input grow memory for ever.
 *
 * Two generations approximate least-recently-used eviction at the cost of a plain Map lookup per
 * hit: new entries go to the young generation; when it is full it becomes the old one and the
 * previous old one is dropped; an entry found in the old generation moves back to the young one.
 * So whatever was used within the last `capacity / 2` insertions survives.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`cache capacity must be an integer of at least 2, not ${capacity}`);
    this.generationSize = Math.floor(capacity / 2);
  }

  /** Entries held, at most `capacity`. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.keep(key, aged);
    }
    return aged;
  }

  set(key: K, value: V): void {
    this.old.delete(key);
    this.keep(key, value);
  }

  /** The cached value, computing and keeping it on a miss. */
  remember(key: K, compute: () => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = compute();
      this.keep(key, value);
    }
    return value;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  private keep(key: K, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
