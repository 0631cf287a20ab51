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

/**
 * A refused field of what the caller handed the engine: each issue names the field by its path in
 * that input (`kind`, `receipt.number`). The engine does not know where the input came from; the
 * HTTP layer does, and says it with `at` (`body.kind`, `query.unitId`).
 */
export class InputError extends DomainError {
  /** `message` may be made from the issues, so that it names the fields as the answer does. */
  constructor(
    private readonly say: string | ((issues: ErrorIssue[]) => string),
    issues: ErrorIssue[],
  ) {
    super(400, 'validation-failed', typeof say === 'string' ? say : say(issues), undefined, issues);
  }

  /** The same refusal with every path prefixed by where the input was. */
  at(where: string): DomainError {
    const issues = (this.issues ?? []).map((issue) => ({ ...issue, path: `${where}.${issue.path}` }));
    return new DomainError(this.status, this.code, typeof this.say === 'string' ? this.say : this.say(issues), this.details, issues);
  }
}

export const invalidInput = (message: string | ((issues: ErrorIssue[]) => string), issues: ErrorIssue[]) => new InputError(message, issues);
