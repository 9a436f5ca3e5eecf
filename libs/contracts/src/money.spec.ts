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

  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [101, '1.01'],
    [8888, '88.88'],
    [123_456_789, '1234567.89'],
    [999_999_999, '9999999.99'],
    [1_000_000_000, '10000000.00'],
  ])('%p fen is "%s" yuan, both ways', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
    expect(yuanToFen(yuan)).toBe(fen);
  });

  /** An oracle that never does arithmetic: the fen digits with a point before the last two. */
  const byDigits = (fen: number) => {
    const digits = String(fen).padStart(3, '0');
    return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  };
  const edges = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000];
  const anyFen = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(...edges));

  it('writes and reads back exactly, for random amounts up to 10^9 fen and the edges of the range', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        const yuan = fenToYuan(fen);
        return yuan === byDigits(fen) && yuanToFen(yuan) === fen;
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes and reads back exactly, for every amount up to 1000 yuan (every cents and carry pattern)', () => {
    for (let fen = 0; fen <= 100_000; fen++) {
      const yuan = fenToYuan(fen);
      if (yuan !== byDigits(fen) || yuanToFen(yuan) !== fen) throw new Error(`${fen} fen → "${yuan}" → ${yuanToFen(yuan)}`);
    }
  });

  it('reads the shorter forms Alipay and people write ("12.5", "12") as the same fen', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        const yuan = fenToYuan(fen);
        const oneDecimal = fen % 10 === 0 ? yuanToFen(yuan.slice(0, -1)) === fen : true;
        const whole = fen % 100 === 0 ? yuanToFen(yuan.slice(0, -3)) === fen : true;
        return oneDecimal && whole;
      }),
      { numRuns: 5000 },
    );
  });
});
