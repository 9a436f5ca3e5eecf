import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('never holds more than its capacity', () => {
    const cache = new BoundedCache<number, number>(10);
    for (let i = 0; i < 1_000; i++) cache.set(i, i * i);
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get(999)).toBe(999 * 999);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps what was used recently and drops what was not', () => {
    const cache = new BoundedCache<string, string>(4);
    cache.set('hot', 'h');
    cache.set('cold', 'c');
    for (let i = 0; i < 20; i++) {
      expect(cache.get('hot')).toBe('h');
      cache.set(`new${i}`, String(i));
    }
    expect(cache.get('hot')).toBe('h');
    expect(cache.get('cold')).toBeUndefined();
  });

  it('computes a missing value once and remembers it', () => {
    const cache = new BoundedCache<string, number>(8);
    const compute = jest.fn(() => 42);
    expect(cache.remember('answer', compute)).toBe(42);
    expect(cache.remember('answer', compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets everything when cleared', () => {
    const cache = new BoundedCache<string, number>(8);
    cache.set('a', 1);
    cache.clear();
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('refuses a capacity it cannot keep', () => {
    expect(() => new BoundedCache(1)).toThrow(RangeError);
    expect(() => new BoundedCache(2.5)).toThrow(RangeError);
  });
});
