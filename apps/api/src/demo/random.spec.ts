import { Random } from './random';

const draws = (random: Random, n: number) => Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    expect(draws(new Random(42), 100)).toEqual(draws(new Random(42), 100));
    expect(draws(new Random(42), 100)).not.toEqual(draws(new Random(43), 100));
  });

  it('draws uniformly enough in [0, 1)', () => {
    const values = draws(new Random(7), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers within both bounds, reaching each', () => {
    const random = new Random(1);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('crowds skewed draws towards the minimum', () => {
    const random = new Random(5);
    const values = Array.from({ length: 5000 }, () => random.skewed(0, 1000, 3));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(1000);
    expect(values.filter((v) => v < 500).length).toBeGreaterThan(values.length * 0.75);
  });

  it('never picks an item of weight 0 and favours heavier ones', () => {
    const random = new Random(9);
    const picks = Array.from({ length: 3000 }, () => random.weighted([['a', 3], ['b', 1], ['never', 0]] as const));
    expect(picks).not.toContain('never');
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(picks.filter((p) => p === 'b').length * 2);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = new Random(3).shuffled(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Random(1).pick([])).toThrow(RangeError);
    expect(() => new Random(1).weighted([['a', 0]])).toThrow(RangeError);
  });
});
