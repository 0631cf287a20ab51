import type { ErrorCode, ErrorIssue } from '@dintur/shared';

/** A rule of the domain said no. The HTTP layer maps `status` and `code` to the answer. */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string | number) => new DomainError(404, 'not-found', `No ${what} "${id}".`);
export const invalidState = (message: string) => new DomainError(409, 'invalid-state', message);
export const forbidden = (message: string) => new DomainError(403, 'forbidden', message);
export const badRequest = (message: string, issues?: ErrorIssue[]) =>
  new DomainError(400, 'validation-failed', message, undefined, issues);
