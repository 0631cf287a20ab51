import type { ErrorCode, ErrorIssue } from '@dintur/shared';

/** A rule of the hub said no. The HTTP layer maps `status` and `code` to the answer. */
export class HubError extends Error {
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

export const notFound = (what: string, id: string) => new HubError(404, 'not-found', `No ${what} "${id}".`);
