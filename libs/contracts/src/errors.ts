import { z } from 'zod';

/**
 * Every code an error answer may carry: closed, so the API cannot throw a code the apps have no words for
 * (libs/ui words each one in zh-CN and en; a test there checks it).
 */
export const ERROR_CODES = [
  'ALREADY_SUPPLIER',
  'APPLICATION_ALREADY_DECIDED',
  'APPLICATION_NOT_EDITABLE',
  'APPLICATION_OPEN',
  'BAD_REQUEST',
  'CERTIFICATE_EXPIRED',
  'CONFLICT',
  'CREDIT_CODE_TAKEN',
  'FORBIDDEN',
  'HEADERS_TOO_LARGE',
  'IDEMPOTENCY_KEY_REUSED',
  'ILLEGAL_TRANSITION',
  'INTERNAL',
  'INVALID_CREDENTIALS',
  'MALFORMED_BODY',
  'MALFORMED_JSON',
  'MALFORMED_REQUEST',
  'METHOD_NOT_ALLOWED',
  'NOTHING_TO_REFUND',
  'NOT_FOUND',
  'ORDER_STATE_CONFLICT',
  'OWN_PRODUCT',
  'PAYLOAD_TOO_LARGE',
  'PAYMENT_EXPIRED',
  'PAYMENT_NOT_PAYABLE',
  'PAYMENT_PROVIDER_UNAVAILABLE',
  'PAYMENT_REFUSED',
  'PHONE_TAKEN',
  'PRODUCT_NOT_CERTIFIED',
  'PRODUCT_NOT_RENEWABLE',
  'PRODUCT_NOT_SUBMITTABLE',
  'PRODUCT_STATE_CONFLICT',
  'PRODUCT_UNDER_REVIEW',
  'REFUND_EXCEEDS_PAYMENT',
  'REFUND_IN_PROGRESS',
  'REFUND_MISMATCH',
  'REFUND_STATE_CONFLICT',
  'RENEWAL_ALREADY_REQUESTED',
  'RENEWAL_NOT_DUE',
  'SEPARATION_OF_DUTIES',
  'SKU_UNAVAILABLE',
  'STOCK_INSUFFICIENT',
  'STOCK_LIMIT',
  'SUPPLIER_NOT_ACTIVE',
  'SUPPLIER_STATE_CONFLICT',
  'TOO_MANY_REQUESTS',
  'UNAUTHENTICATED',
  'UNPROCESSABLE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UPLOAD_QUOTA_EXCEEDED',
  'VALIDATION_FAILED',
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
