import { selectTop } from './select-top';

describe('selectTop', () => {
  const ascending = (a: number, b: number) => a - b;
  const shuffled = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);

  it.each([0, 1, 10, 249, 250, 999, 1000, 2000])('returns the first %i in order, like a full sort', (count) => {
    expect(selectTop(shuffled, count, ascending)).toEqual([...shuffled].sort(ascending).slice(0, count));
  });

  it('keeps the order of the comparator, ties included', () => {
    const items = shuffled.map((n) => ({ group: n % 3, n }));
    const byGroupThenN = (a: (typeof items)[number], b: (typeof items)[number]) => a.group - b.group || a.n - b.n;
    expect(selectTop(items, 20, byGroupThenN)).toEqual([...items].sort(byGroupThenN).slice(0, 20));
  });

  it('leaves the input untouched', () => {
    const copy = [...shuffled];
    selectTop(shuffled, 5, ascending);
    expect(shuffled).toEqual(copy);
  });
});
