import { z } from 'zod';

/**
 * Every code an error answer may carry, by the module that answers it: closed, so the API cannot throw a code
 * the apps have no words for (libs/ui words each one in zh-CN and en; test/workspace/error-texts.spec.ts checks it).
 */
/** Any route: the transport, validation and access answers. */
export const HTTP_ERROR_CODES = [
  'BAD_REQUEST',
  'CONFLICT',
  'FORBIDDEN',
  'HEADERS_TOO_LARGE',
  'IDEMPOTENCY_KEY_REUSED',
  'ILLEGAL_TRANSITION',
  'INTERNAL',
  'MALFORMED_BODY',
  'MALFORMED_JSON',
  'MALFORMED_REQUEST',
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'UNAUTHENTICATED',
  'UNPROCESSABLE',
  'UNSUPPORTED_MEDIA_TYPE',
  'VALIDATION_FAILED',
] as const;

/** Accounts and sign-in. */
export const IDENTITY_ERROR_CODES = [
  'ACCOUNT_NOT_FOUND',
  'ADDRESS_BOOK_FULL',
  'INVALID_CREDENTIALS',
  'PHONE_TAKEN',
  'SMS_CODE_INVALID',
  'SMS_CODE_REQUIRED',
  'SMS_NOT_SENT',
] as const;

/** Supplier applications, certificates and the association's decisions. */
export const CERTIFICATION_ERROR_CODES = [
  'ALREADY_SUPPLIER',
  'APPLICATION_ALREADY_DECIDED',
  'APPLICATION_NOT_EDITABLE',
  'APPLICATION_OPEN',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_NOT_FOUND',
  'CERTIFICATE_STATE_CONFLICT',
  'CREDIT_CODE_TAKEN',
  'SEPARATION_OF_DUTIES',
  'SUPPLIER_NOT_ACTIVE',
  'SUPPLIER_STATE_CONFLICT',
] as const;

/** Products a supplier lists and the association reviews. */
export const CATALOG_ERROR_CODES = [
  'OWN_PRODUCT',
  'PRODUCT_NOT_CERTIFIED',
  'PRODUCT_NOT_RENEWABLE',
  'PRODUCT_NOT_SUBMITTABLE',
  'PRODUCT_STATE_CONFLICT',
  'PRODUCT_UNDER_REVIEW',
  'RENEWAL_ALREADY_REQUESTED',
  'RENEWAL_NOT_DUE',
] as const;

/** Stock. */
export const INVENTORY_ERROR_CODES = [
  'SKU_UNAVAILABLE',
  'STOCK_INSUFFICIENT',
  'STOCK_LIMIT',
] as const;

/** Orders and after-sales. */
export const ORDERS_ERROR_CODES = [
  'NOTHING_TO_REFUND',
  'ORDER_STATE_CONFLICT',
  'REFUND_STATE_CONFLICT',
] as const;

/** Payments and refunds at the provider. */
export const PAYMENTS_ERROR_CODES = [
  'PAYMENT_EXPIRED',
  'PAYMENT_NOT_PAYABLE',
  'PAYMENT_PROVIDER_UNAVAILABLE',
  'PAYMENT_REFUSED',
  'REFUND_EXCEEDS_PAYMENT',
  'REFUND_IN_PROGRESS',
  'REFUND_MISMATCH',
] as const;

/** Uploaded documents and images. */
export const UPLOADS_ERROR_CODES = [
  'UPLOAD_QUOTA_EXCEEDED',
] as const;

export const ERROR_CODES = [
  ...HTTP_ERROR_CODES,
  ...IDENTITY_ERROR_CODES,
  ...CERTIFICATION_ERROR_CODES,
  ...CATALOG_ERROR_CODES,
  ...INVENTORY_ERROR_CODES,
  ...ORDERS_ERROR_CODES,
  ...PAYMENTS_ERROR_CODES,
  ...UPLOADS_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldIssue = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
