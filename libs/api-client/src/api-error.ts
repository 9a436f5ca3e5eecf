import type { ErrorCode } from '@bangfu/contracts';

/**
 * Any failed call: an error response of the API (`{ error: { code, message, details } }`),
 * a response that does not match its contract, or no response at all (status 0).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
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
