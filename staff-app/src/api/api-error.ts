import { ErrorBody, type ErrorIssue, type FailureCode } from '@dintur/shared';

/** Why a request failed: one of the API's error codes, or no answer / an answer that made no sense (shared/src/error-messages.ts). */
export type { FailureCode };

/**
 * A failed request. The server's own words are kept for developers (the console, tests), never
 * shown: the screen says the code's sentence from the one map of error messages.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    /** The server's message (English, for developers), or a description of what went wrong. */
    readonly serverMessage: string,
    readonly issues: readonly ErrorIssue[] = [],
  ) {
    super(serverMessage);
    this.name = 'ApiError';
  }
}

/** Turns a non-2xx answer into an ApiError; a body that is not the API's error shape still gives one. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return new ApiError(status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.issues ?? []);
  return new ApiError(status, 'unexpected-response', `The server answered ${status} without an error description.`);
}

/** Anything thrown as an ApiError, so callers can show it the same way. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}
