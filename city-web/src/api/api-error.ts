import { ErrorBody, type ErrorCode, type ErrorIssue } from '@dintur/shared';

/** Why a request failed: one of the API's error codes, or no answer / an answer that made no sense. */
export type FailureCode = ErrorCode | 'network' | 'unexpected-response';

/** A failed request, with the hub's own words and field problems kept for showing next to fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    /** The hub's message (English, precise), or a description of what went wrong. */
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
  return new ApiError(status, 'unexpected-response', `The hub answered ${status} without an error description.`);
}

/** Anything thrown as an ApiError, so callers can show it the same way. */
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
