import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { allowedMethods } from './allowed-methods';
import { AppError } from './app-error';
import { bodyParserError, errorBody, toAppError } from './error-body';

@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }
}

type RequestLog = { error(o: object, m: string): void; warn(o: object, m: string): void };

/**
 * Writes the error shape; faults are logged with the request id, never sent to the client. A body that could
 * not be read is logged too: it is refused before any handler sees it.
 */
export function sendError(exception: unknown, req: Request, res: Response): void {
  const refusedBody = bodyParserError(exception);
  const error = refusedBody ?? wrongMethod(exception, req, res) ?? toAppError(exception);
  const log = (req as Request & { log?: RequestLog }).log;
  if (error.status >= 500) log?.error({ err: exception }, 'request failed');
  else if (refusedBody) log?.warn({ err: exception, status: error.status }, 'request body refused');
  if (res.headersSent) return;
  res.status(error.status).json(errorBody(error, String(req.id ?? '')));
}

/** Nest's answer for an unmatched request, when another method of the same path exists: 405 with Allow. */
function wrongMethod(exception: unknown, req: Request, res: Response): AppError | undefined {
  if (!(exception instanceof NotFoundException) || !exception.message.startsWith(`Cannot ${req.method} `)) return undefined;
  const allowed = allowedMethods(req.app, req.path);
  if (allowed.length === 0) return undefined;
  res.setHeader('Allow', allowed.join(', '));
  return new AppError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allowed.join(' or ')}`, { allowed });
}
