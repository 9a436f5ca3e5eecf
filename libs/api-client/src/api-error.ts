import { ERROR_CODES, type ErrorCode } from '@bangfu/contracts';

/** What only the client can tell: no answer, a cancelled call, an answer off the contract, a foreign error page. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'ABORTED' | 'INVALID_RESPONSE' | `HTTP_${number}`;

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Any failed call: an error response of the API (`{ error: { code, message, details } }`),
 * a response that does not match its contract, or no response at all (status 0).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
