import type { ErrorCode } from '@bangfu/contracts';

/** A failure the client can act on: an HTTP status, a stable code, a message and optional details. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static notFound(what: string, id?: string | number): AppError {
    return new AppError(404, 'NOT_FOUND', id === undefined ? `${what} not found` : `${what} ${id} not found`);
  }

  static conflict(code: ErrorCode, message: string, details?: unknown): AppError {
    return new AppError(409, code, message, details);
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError(403, 'FORBIDDEN', message);
  }

  static unauthenticated(message = 'Sign in first'): AppError {
    return new AppError(401, 'UNAUTHENTICATED', message);
  }

  static invalid(field: string, message: string): AppError {
    return new AppError(400, 'VALIDATION_FAILED', `Invalid request: ${field} ${message}`, [{ field, message }]);
  }
}
