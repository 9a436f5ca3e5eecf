import { z } from 'zod';
import { Role } from './vocabulary';

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export const Phone = z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number');

/** Passwords guessed first by anyone trying accounts; compared case-insensitively. */
const COMMON_PASSWORDS = new Set(['password', 'password1', 'passw0rd', 'qwerty123', 'abc12345', 'abcd1234', 'a1234567', 'iloveyou1', 'woaini1314', 'admin123', 'aa123456', 'qq123456']);

/**
 * A new password: 8 to 128 characters with at least one letter and one digit, not a well-known one.
 * Digits alone (12345678, a birthday) and blank passwords fall to the first guesses.
 */
export const NewPassword = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128)
  .refine((v) => v.length < 8 || (/\p{L}/u.test(v) && /\d/.test(v)), 'must contain at least one letter and one digit')
  .refine((v) => !COMMON_PASSWORDS.has(v.toLowerCase()), 'is one of the most common passwords');

/** What an SMS code proves: the phone is the caller's, to open an account, log in or set a new password. */
export const SMS_PURPOSES = ['register', 'login', 'reset_password'] as const;
export const SmsPurpose = z.enum(SMS_PURPOSES);
export type SmsPurpose = z.infer<typeof SmsPurpose>;

/** Rules of SMS codes, shown to shoppers (the resend countdown) and enforced by the API. */
export const SMS_CODE_RULES = { digits: 6, validSeconds: 300, resendSeconds: 60, perPhonePerDay: 10, wrongTriesAllowed: 5 } as const;

export const SmsCode = z.string().regex(/^\d{6}$/, 'must be the 6 digits of the SMS code');

export const SmsCodeRequest = z.object({ phone: Phone, purpose: SmsPurpose });
export type SmsCodeRequest = z.infer<typeof SmsCodeRequest>;

export const SmsCodeResponse = z.object({
  expiresAt: z.string(),
  /** When the next code for this phone may be asked for. */
  resendAt: z.string(),
});
export type SmsCodeResponse = z.infer<typeof SmsCodeResponse>;

/** The dev SMS box of the embedded default: the last code sent to a phone, as a real phone would show it. */
export const DevSmsView = z.object({ phone: z.string(), code: z.string(), purpose: SmsPurpose, sentAt: z.string(), expiresAt: z.string() });
export type DevSmsView = z.infer<typeof DevSmsView>;

export const RegisterRequest = z
  .object({
    phone: Phone,
    password: NewPassword,
    name: z.string().trim().min(1).max(50),
    /** Proves the phone; required whenever a real SMS provider is configured. */
    smsCode: SmsCode.optional(),
  })
  .refine((v) => !v.password.includes(v.phone), { path: ['password'], message: 'must not contain the phone number' });
export type RegisterRequest = z.infer<typeof RegisterRequest>;

/** By password or by an SMS code sent for `login`: exactly one of the two. */
export const LoginRequest = z
  .object({
    phone: z.string().min(1).max(20),
    password: z.string().min(1).max(128).optional(),
    smsCode: SmsCode.optional(),
  })
  .refine((v) => (v.password === undefined) !== (v.smsCode === undefined), { path: ['password'], message: 'give either password or smsCode' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const ResetPasswordRequest = z
  .object({ phone: Phone, smsCode: SmsCode, password: NewPassword })
  .refine((v) => !v.password.includes(v.phone), { path: ['password'], message: 'must not contain the phone number' });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

export const UserView = z.object({
  id: z.number().int(),
  phone: z.string(),
  name: z.string(),
  role: Role,
  supplierId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const LoginResponse = z.object({
  accessToken: z.string(),
  expiresAt: z.string(),
  user: UserView,
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const HealthView = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.object({ status: z.enum(['up', 'down']), driver: z.enum(['sqlite', 'mysql']) }),
  search: z.object({ status: z.enum(['up', 'down']), engine: z.enum(['embedded', 'meilisearch']) }),
  version: z.string(),
});
export type HealthView = z.infer<typeof HealthView>;
