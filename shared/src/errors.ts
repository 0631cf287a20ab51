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
  'invalid-credentials',
  'too-many-requests',
  'service-closed',
  'centre-closed',
  'invalid-state',
  'counter-occupied',
  'counter-closed',
  'not-at-counter',
  'ticket-in-progress',
  'conflict',
  'invalid-config',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorIssue = z.object({ path: z.string(), message: z.string() });
export type ErrorIssue = z.infer<typeof ErrorIssue>;

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
