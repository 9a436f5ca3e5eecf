import { chinaDate, chinaDateTime, chinaDayBounds, chinaDayStart, formatChinaTime } from './china-time';

describe('China time', () => {
  it('turns instants into China dates and times, across midnight', () => {
    expect(chinaDate(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(chinaDate('2026-11-28T16:00:00Z')).toBe('2026-11-29');
    expect(chinaDateTime('2026-01-09T16:00:00.000Z')).toBe('2026-01-10 00:00:00');
    expect(formatChinaTime('2026-11-28T21:16:38Z')).toBe('2026-11-29 05:16');
    expect(formatChinaTime('not a time')).toBe('not a time');
  });

  it('bounds inclusive China days as instants', () => {
    expect(chinaDayStart('2026-11-29').toISOString()).toBe('2026-11-28T16:00:00.000Z');
    const { after, before } = chinaDayBounds('2026-01-10', '2026-01-10');
    expect([after?.toISOString(), before?.toISOString()]).toEqual(['2026-01-09T16:00:00.000Z', '2026-01-10T16:00:00.000Z']);
    expect(chinaDayBounds()).toEqual({ after: undefined, before: undefined });
    // Month and year ends, and a leap day.
    expect(chinaDayBounds('2028-02-29', '2028-12-31').before?.toISOString()).toBe('2028-12-31T16:00:00.000Z');
  });
});
