import type { ErrorBody, ErrorCode, FieldIssue } from '@bangfu/contracts';
import { HttpException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { AppError } from './app-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
};

export function fieldIssues(error: ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || (prefix ?? 'body'),
    message: issue.message,
  }));
}

function validationError(issues: FieldIssue[]): AppError {
  const fields = [...new Set(issues.map((i) => i.field))];
  return new AppError(400, 'VALIDATION_FAILED', `Invalid request: ${fields.join(', ')}`, issues);
}

/** zlib's and brotli's codes for a compressed body that is not what its Content-Encoding says. */
const ZLIB_ERROR = /^Z_|^ERR__ERROR_/;

/**
 * A body that could not be read, as a client error: body-parser's failures carry `type` and `status`, the
 * decoders' (zlib, brotli) a code. They arrive before any Nest handler.
 */
export function bodyParserError(error: unknown): AppError | undefined {
  const e = error as { type?: string; status?: number; message?: string; code?: string };
  if (typeof e?.code === 'string' && ZLIB_ERROR.test(e.code)) {
    return new AppError(400, 'MALFORMED_BODY', 'The request body does not match its Content-Encoding');
  }
  if (e?.type === 'entity.parse.failed') return new AppError(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
  if (e?.type === 'entity.too.large') return new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
  if (e?.type && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError(e.status, CODE_BY_STATUS[e.status] ?? 'BAD_REQUEST', e.message ?? 'Bad request');
  }
  return undefined;
}

/** Turns any thrown value into the one error shape; unknown faults become a bare 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodValidationException) {
    return validationError(fieldIssues(error.getZodError() as ZodError));
  }
  const parsed = bodyParserError(error);
  if (parsed) return parsed;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
    return new AppError(status, CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'), message);
  }
  return new AppError(500, 'INTERNAL', 'Internal server error');
}

export function errorBody(error: AppError, requestId?: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
      ...(requestId ? { requestId } : {}),
    },
  };
}
