import fc from 'fast-check';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, isValidCreditCode } from './credit-code';

const body17 = fc
  .array(fc.constantFrom(...CREDIT_CODE_ALPHABET.split('')), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''));

describe('unified social credit code', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '91230184MA1BUFLT44'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each(['91350100M000100Y4Z', '91350100M000100Y4', '91350100M000100Y430', '91350100I000100Y43', ''])(
    'rejects %p',
    (code) => expect(isValidCreditCode(code)).toBe(false),
  );

  it('accepts letters in positions 1–2 and a check character of 0', () => {
    const withLetters = 'N2' + '610723MA6YX1234';
    expect(isValidCreditCode(withLetters + creditCodeCheckChar(withLetters))).toBe(true);
    const zeroCheck = fc.sample(body17, 20000).find((b) => creditCodeCheckChar(b) === '0');
    expect(zeroCheck).toBeDefined();
    expect(isValidCreditCode(zeroCheck + '0')).toBe(true);
  });

  it('accepts any body with its computed check character', () => {
    fc.assert(fc.property(body17, (body) => isValidCreditCode(body + creditCodeCheckChar(body))));
  });

  it('rejects any single-character change of a valid code', () => {
    fc.assert(
      fc.property(body17, fc.nat(17), fc.constantFrom(...CREDIT_CODE_ALPHABET.split('')), (body, at, replacement) => {
        const code = body + creditCodeCheckChar(body);
        fc.pre(code[at] !== replacement);
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        return !isValidCreditCode(changed);
      }),
    );
  });
});
