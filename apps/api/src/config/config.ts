import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

const Bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .default('sqlite:data/bangfu.sqlite')
      .refine((v) => /^sqlite:.+/.test(v) || /^mysql:\/\/.+/.test(v), 'must be sqlite:<path> or mysql://user:pass@host:port/db'),
    DEMO_DATA: Bool.optional(),
    DATA_DIR: z.string().min(1).default('data'),
    WEB_DIST_DIR: z.string().min(1).default('dist/apps'),
    MEILI_HOST: z.url().optional(),
    MEILI_API_KEY: z.string().optional(),
    ALIPAY_APP_ID: z.string().optional(),
    ALIPAY_PRIVATE_KEY: z.string().optional(),
    ALIPAY_PUBLIC_KEY: z.string().optional(),
    ALIPAY_GATEWAY: z.url().default('https://openapi.alipay.com/gateway.do'),
    /** Alipay's key tool writes PKCS8 private keys; older keys are PKCS1. */
    ALIPAY_KEY_TYPE: z.enum(['PKCS1', 'PKCS8']).default('PKCS8'),
    ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
    ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
    /** The approved signature (签名) and the code template (模板) whose one parameter is ${code}. */
    ALIYUN_SMS_SIGN_NAME: z.string().optional(),
    ALIYUN_SMS_TEMPLATE_CODE: z.string().optional(),
    ALIYUN_SMS_ENDPOINT: z.url().default('https://dysmsapi.aliyuncs.com'),
    PAYMENT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
    AUTO_COMPLETE_DAYS: z.coerce.number().int().min(1).max(60).default(10),
    OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    PUBLIC_URL: z.url().optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 86400).default(12 * 3600),
    JOBS: Bool.optional(),
    SEARCH_SYNC_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /**
     * Which proxies' X-Forwarded-For to believe, as Express's `trust proxy`: true, false, a hop count, or
     * addresses/subnets (loopback, uniquelocal, 10.0.0.0/8, …). Client addresses key the login throttle.
     */
    TRUST_PROXY: z
      .string()
      .default('loopback')
      .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
    /** SMS codes asked for from one address in an hour, over all phones: one client cannot text a list of numbers. */
    SMS_CODES_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    const alipay = [env.ALIPAY_APP_ID, env.ALIPAY_PRIVATE_KEY, env.ALIPAY_PUBLIC_KEY];
    if (alipay.some(Boolean) && !alipay.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ALIPAY_APP_ID'],
        message: 'ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY and ALIPAY_PUBLIC_KEY must be set together',
      });
    }
    const sms = [env.ALIYUN_SMS_ACCESS_KEY_ID, env.ALIYUN_SMS_ACCESS_KEY_SECRET, env.ALIYUN_SMS_SIGN_NAME, env.ALIYUN_SMS_TEMPLATE_CODE];
    if (sms.some(Boolean) && !sms.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ALIYUN_SMS_ACCESS_KEY_ID'],
        message: 'ALIYUN_SMS_ACCESS_KEY_ID, ALIYUN_SMS_ACCESS_KEY_SECRET, ALIYUN_SMS_SIGN_NAME and ALIYUN_SMS_TEMPLATE_CODE must be set together',
      });
    }
  });

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'mysql'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  database: DatabaseConfig;
  demoData: boolean;
  dataDir: string;
  webDistDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  logLevel: string;
  /** Express `trust proxy`: whose forwarded client address to believe. */
  trustProxy: boolean | number | string;
  /** New accounts one client address may open per hour. */
  registrationsPerAddressPerHour: number;
  smsCodesPerAddressPerHour: number;
  /** Runs the scheduled jobs (certificate expiry, …); off in tests, which run them by hand. */
  jobs: boolean;
  /** How often each instance applies outbox events to its search engine. */
  searchSyncMs: number;
  meili?: { host: string; apiKey?: string };
  /** How long a checkout's stock stays reserved waiting for payment. */
  paymentWindowMinutes: number;
  /** Shipped orders complete on their own this many days after shipping. */
  autoCompleteDays: number;
  /** Applied outbox events are deleted after this many days. */
  outboxRetentionDays: number;
  /** Set when the ALIPAY_* keys are; otherwise the dev payment provider runs (never in production). */
  alipay?: AlipayConfig;
  /** Set when the ALIYUN_SMS_* keys are; otherwise the dev SMS box runs (never in production). */
  aliyunSms?: AliyunSmsConfig;
}

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  endpoint: string;
}

export interface AlipayConfig {
  appId: string;
  privateKey: string;
  alipayPublicKey: string;
  gateway: string;
  keyType: 'PKCS1' | 'PKCS8';
  notifyUrl: string;
  returnUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`);
  }
}

/**
 * The process environment over the variables of a `.env` file in `cwd`, if there is one (see .env.example):
 * what is set in the environment wins, so a deployment can override the file.
 */
export function environmentWithDotEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): NodeJS.ProcessEnv {
  const file = join(cwd, '.env');
  if (!existsSync(file)) return env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}

/** Reads and validates the environment once at start; the defaults give the embedded set-up. */
export function loadConfig(env: NodeJS.ProcessEnv = environmentWithDotEnv(), cwd = process.cwd()): AppConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })));
  }
  const e = parsed.data;
  const fromCwd = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const dataDir = fromCwd(e.DATA_DIR);
  const database: DatabaseConfig = e.DATABASE_URL.startsWith('sqlite:')
    ? { kind: 'sqlite', file: e.DATABASE_URL === 'sqlite::memory:' ? ':memory:' : fromCwd(e.DATABASE_URL.slice('sqlite:'.length)) }
    : { kind: 'mysql', url: e.DATABASE_URL };
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    database,
    demoData: e.DEMO_DATA ?? database.kind === 'sqlite',
    dataDir,
    webDistDir: fromCwd(e.WEB_DIST_DIR),
    jwtSecret: e.JWT_SECRET ?? persistedSecret(join(dataDir, 'jwt-secret')),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    registrationsPerAddressPerHour: e.REGISTRATIONS_PER_ADDRESS_PER_HOUR,
    smsCodesPerAddressPerHour: e.SMS_CODES_PER_ADDRESS_PER_HOUR,
    jobs: e.JOBS ?? e.NODE_ENV !== 'test',
    searchSyncMs: e.SEARCH_SYNC_MS,
    meili: e.MEILI_HOST ? { host: e.MEILI_HOST, apiKey: e.MEILI_API_KEY } : undefined,
    paymentWindowMinutes: e.PAYMENT_WINDOW_MINUTES,
    autoCompleteDays: e.AUTO_COMPLETE_DAYS,
    outboxRetentionDays: e.OUTBOX_RETENTION_DAYS,
    alipay:
      e.ALIPAY_APP_ID && e.ALIPAY_PRIVATE_KEY && e.ALIPAY_PUBLIC_KEY
        ? {
            appId: e.ALIPAY_APP_ID,
            privateKey: e.ALIPAY_PRIVATE_KEY,
            alipayPublicKey: e.ALIPAY_PUBLIC_KEY,
            gateway: e.ALIPAY_GATEWAY,
            keyType: e.ALIPAY_KEY_TYPE,
            notifyUrl: `${publicUrl}/api/payments/alipay/notify`,
            returnUrl: `${publicUrl}/orders`,
          }
        : undefined,
    aliyunSms:
      e.ALIYUN_SMS_ACCESS_KEY_ID && e.ALIYUN_SMS_ACCESS_KEY_SECRET && e.ALIYUN_SMS_SIGN_NAME && e.ALIYUN_SMS_TEMPLATE_CODE
        ? {
            accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID,
            accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET,
            signName: e.ALIYUN_SMS_SIGN_NAME,
            templateCode: e.ALIYUN_SMS_TEMPLATE_CODE,
            endpoint: e.ALIYUN_SMS_ENDPOINT,
          }
        : undefined,
  };
}

/** Outside production the signing secret is generated once and kept, so tokens survive restarts. */
function persistedSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
