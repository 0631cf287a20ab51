import { ErrorBody, type ErrorIssue, type FailureCode } from '@dintur/shared';

/** Why a request failed: one of the API's error codes, or no answer / an answer that made no sense (shared/src/error-messages.ts). */
export type { FailureCode };

/**
 * A failed request. The server's own words are kept for developers (the console, tests), never
 * shown: a screen says the code's sentence from the one map of error messages.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    /** The server's message (English, for developers), or a description of what went wrong. */
    readonly serverMessage: string,
    readonly issues: readonly ErrorIssue[] = [],
    /** What the refusal adds (a booking limit's count, the free times left). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(serverMessage);
    this.name = 'ApiError';
  }
}

/** Turns a non-2xx answer into an ApiError; a body that is not the API's error shape still gives one. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, issues, details } = parsed.data.error;
    return new ApiError(status, code, message, issues ?? [], details ?? {});
  }
  return new ApiError(status, 'unexpected-response', `The server answered ${status} without an error description.`);
}

/** Anything thrown as an ApiError, so callers can show it the same way (a thrown TypeError is a lost connection). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

/**
 * The problems of a refused request by form field: `body.id` and `id` both name the field `id`.
 * Problems that name no field of the form are left for a message above it.
 */
export function issuesByField(error: ApiError, fields: readonly string[]): { byField: Record<string, string[]>; other: string[] } {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.split('.').find((part) => fields.includes(part));
    if (field) (byField[field] ??= []).push(issue.message);
    else other.push(issue.message);
  }
  return { byField, other };
}
