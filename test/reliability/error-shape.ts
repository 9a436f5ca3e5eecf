/** A response as both suites see it, from supertest or from a raw node:http request. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * Why an error answer breaks the house rule (`{ error: { code, message, requestId } }` with the same id in the
 * x-request-id header), or undefined when it keeps it. Returned rather than asserted so a run collects every
 * breach with its reproduction instead of stopping at the first.
 */
export function errorShapeProblem(answer: Answer): string | undefined {
  const header = answer.headers['x-request-id'];
  const type = String(answer.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `content type ${JSON.stringify(type)} instead of application/json`;
  const error = (answer.body as { error?: Record<string, unknown> } | null)?.error;
  if (typeof error !== 'object' || error === null) return `no error object in ${JSON.stringify(answer.body)?.slice(0, 200)}`;
  if (typeof error.code !== 'string' || typeof error.message !== 'string') return `code/message not strings in ${JSON.stringify(error).slice(0, 200)}`;
  if (typeof error.requestId !== 'string' || error.requestId === '') return `no requestId in ${JSON.stringify(error).slice(0, 200)}`;
  if (header !== error.requestId) return `x-request-id header ${JSON.stringify(header)} differs from error.requestId ${error.requestId}`;
  return undefined;
}
