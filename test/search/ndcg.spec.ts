import { dcgAt, gain, ndcgAt } from './ndcg';

describe('NDCG@k', () => {
  it('weighs grades exponentially and discounts ranks by log2', () => {
    expect([0, 1, 2, 3].map(gain)).toEqual([0, 1, 3, 7]);
    expect(dcgAt(10, [3, 2, 1])).toBeCloseTo(7 + 3 / Math.log2(3) + 1 / 2, 10);
    expect(dcgAt(2, [3, 2, 1])).toBeCloseTo(7 + 3 / Math.log2(3), 10);
  });

  it('is 1 for an ideal ranking and below 1 for the reversed one', () => {
    const judged = [3, 3, 2, 1];
    expect(ndcgAt(10, [3, 3, 2, 1], judged)).toBe(1);
    const reversed = ndcgAt(10, [1, 2, 3, 3], judged);
    expect(reversed).toBeGreaterThan(0);
    expect(reversed).toBeLessThan(1);
  });

  it('compares against every judged product, not only those retrieved', () => {
    expect(ndcgAt(10, [3], [3, 3])).toBeCloseTo(7 / (7 + 7 / Math.log2(3)), 10);
    expect(ndcgAt(10, [0, 0, 3], [3])).toBeCloseTo(1 / 2, 10);
    expect(ndcgAt(10, [], [3, 2])).toBe(0);
  });

  it('ignores what lies beyond k', () => {
    expect(ndcgAt(2, [3, 3, 0, 0], [3, 3, 3, 3])).toBe(1);
    expect(ndcgAt(2, [0, 0, 3, 3], [3, 3])).toBe(0);
  });

  it('is undefined when nothing is relevant', () => {
    expect(ndcgAt(10, [0, 0], [])).toBeNull();
    expect(ndcgAt(10, [], [0])).toBeNull();
  });
});
