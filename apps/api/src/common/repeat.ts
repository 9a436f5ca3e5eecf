import type { Logger } from '@nestjs/common';

/**
 * Runs a job (now too, if asked) and then every `ms`, logging failures instead of stopping; returns the
 * stop function. Jobs are written to be safe on several instances at once, so nothing here coordinates them.
 */
export function repeat(ms: number, job: () => Promise<unknown>, logger: Logger, what: string, options: { runNow?: boolean } = {}): () => void {
  const tick = () => {
    job().catch((error: unknown) => logger.error(error, `${what} failed`));
  };
  if (options.runNow) tick();
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
}
