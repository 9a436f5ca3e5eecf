import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { errorBody, toAppError } from './error-body';

@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }
}

/** Writes the error shape; faults are logged with the request id, never sent to the client. */
export function sendError(exception: unknown, req: Request, res: Response): void {
  const error = toAppError(exception);
  const log = (req as Request & { log?: { error(o: object, m: string): void } }).log;
  if (error.status >= 500) log?.error({ err: exception }, 'request failed');
  if (res.headersSent) return;
  res.status(error.status).json(errorBody(error, String(req.id ?? '')));
}
