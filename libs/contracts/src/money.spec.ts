import fc from 'fast-check';
import { fenToYuan, formatPrice, yuanToFen } from './money';

describe('money', () => {
  it('converts fen to yuan strings', () => {
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(1250)).toBe('12.50');
    expect(fenToYuan(100000000000)).toBe('1000000000.00');
    expect(formatPrice(1250)).toBe('¥12.50');
  });

  it('parses yuan strings to fen', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('12.50')).toBe(1250);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('7')).toBe(700);
  });

  it.each(['', '-1.00', '1.005', '01.00', '1e3', 'abc', '12.', ' 12.00'])('rejects %p', (bad) => {
    expect(() => yuanToFen(bad)).toThrow(RangeError);
  });

  it('rejects fractional or negative fen', () => {
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
    expect(() => fenToYuan(-1)).toThrow(RangeError);
  });

  it('round-trips every amount from 0 to 10^9 fen exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (fen) => yuanToFen(fenToYuan(fen)) === fen),
      { numRuns: 5000 },
    );
  });
});
