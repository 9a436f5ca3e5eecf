/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters whose last one is a
 * check character over the first 17. Positions 1–2 may be letters (e.g. N2… for village collectives).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const BODY = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{17}$`);

/** The check character for a 17-character body, or null when the body has characters outside the alphabet. */
export function creditCodeCheckChar(body17: string): string | null {
  if (!BODY.test(body17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(body17[i]) * WEIGHTS[i];
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  const check = creditCodeCheckChar(code.slice(0, 17));
  return check !== null && check === code[17];
}
