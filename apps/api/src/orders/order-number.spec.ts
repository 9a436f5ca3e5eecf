import { orderNumber } from './order-number';

describe('orderNumber', () => {
  const placedAt = new Date('2026-12-01T16:30:00Z'); // 00:30 on 2 December in China

  it('is the China date and 8 digits', () => {
    expect(orderNumber('secret', 1, 0, placedAt)).toMatch(/^20261202\d{8}$/);
  });

  it('never repeats across many checkouts and positions, and does not count up', () => {
    const seen = new Set<string>();
    for (let checkout = 1; checkout <= 5000; checkout++) {
      for (let position = 0; position < 3; position++) seen.add(orderNumber('secret', checkout, position, placedAt));
    }
    expect(seen.size).toBe(15000);
    const [a, b] = [orderNumber('secret', 100, 0, placedAt), orderNumber('secret', 101, 0, placedAt)];
    expect(Math.abs(Number(a.slice(8)) - Number(b.slice(8)))).toBeGreaterThan(64);
  });

  it('depends on the key', () => {
    expect(orderNumber('one key', 7, 0, placedAt)).not.toBe(orderNumber('another key', 7, 0, placedAt));
  });
});
