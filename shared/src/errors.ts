import { z } from 'zod';

/** Every error code the API answers with, so clients can switch on them. */
export const errorCodes = [
  'validation-failed',
  'malformed-json',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'unauthenticated',
  'forbidden',
  /** A state-changing request from a page of another origin, with someone's authority (docs/DECISIONS.md). */
  'foreign-origin',
  'invalid-credentials',
  'too-many-requests',
  /** The server cannot take this now (its password hashing is full): try again after Retry-After. */
  'server-busy',
  'service-closed',
  'centre-closed',
  'invalid-state',
  'counter-occupied',
  'counter-closed',
  'not-at-counter',
  'ticket-in-progress',
  'conflict',
  'invalid-config',
  /** Printing was asked of a kiosk that has no printer configured. */
  'no-printer',
  /** A centre's batch of events does not follow on from what the hub has: send from the hub's cursor. */
  'gap-in-log',
  /** A centre's key was not accepted. */
  'invalid-centre-key',
  /** One phone number or e-mail address already holds as many future bookings as allowed (docs/DECISIONS.md, "Caps"). */
  'booking-limit',
  /** The service's queue is at its cap: no new numbers until it shortens (come back later). */
  'queue-full',
  /** The server's disk is full (507): nothing of the request was stored. */
  'insufficient-storage',
  /** The database cannot be written (read-only, damaged, failing disk): 503, nothing of the request was stored. */
  'storage-unavailable',
  /** The centre sends no SMS (no gateway configured): the tracking page does not offer it. */
  'sms-off',
  /** A ticket's SMS number was changed as often as allowed, or the number already follows as many tickets. */
  'sms-limit',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorIssue = z.object({ path: z.string(), message: z.string() });
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/**
 * Every problem of a failed parse as `{ path, message }`, so an answer or a start-up error lists
 * every bad field, not only the first. `prefix` names where the value came from ("body");
 * `root` stands in for an empty path (a problem with the value as a whole).
 */
export function issuesOf(error: z.ZodError, options: { prefix?: string; root?: string } = {}): ErrorIssue[] {
  return error.issues.map((issue) => {
    const path = [...(options.prefix ? [options.prefix] : []), ...issue.path.map(String)].join('.');
    return { path: path || (options.root ?? '(root)'), message: issue.message };
  });
}

/** The body of every 4xx answer. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    issues: z.array(ErrorIssue).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
