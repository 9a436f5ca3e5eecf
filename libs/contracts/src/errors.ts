import { z } from 'zod';

/** Machine-readable error codes; every error response carries one. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PHONE_TAKEN',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
  'UNSUPPORTED_MEDIA_TYPE',
  'UPLOAD_QUOTA_EXCEEDED',
  'MALFORMED_BODY',
  'MALFORMED_REQUEST',
  'HEADERS_TOO_LARGE',
  'METHOD_NOT_ALLOWED',
  'SEPARATION_OF_DUTIES',
  'APPLICATION_OPEN',
  'ALREADY_SUPPLIER',
  'OWN_PRODUCT',
  'STOCK_LIMIT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number] | (string & {});

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
