import { z } from 'zod';
import { internationalPhone } from './appointments.js';
import { LanguageCode } from './domain.js';
import type { Operation } from './operations.js';
import { Tracking, TrackingCodeParams } from './schemas.js';

/**
 * `PUT /api/track/{code}/sms`: the number a walk-in wants to be told at, and in which language.
 * A Danish number of 8 digits, or one in international form (+…, 00…): the form a gateway takes.
 */
export const TicketSmsBody = z.object({
  phone: z
    .string()
    .max(32)
    .refine((value) => internationalPhone(value) !== null, 'a Danish phone number of 8 digits, or one in international form such as +45 40 11 22 33'),
  lang: LanguageCode.optional().describe('the language of the SMS; default the ticket’s'),
});
export type TicketSmsBody = z.infer<typeof TicketSmsBody>;

/** The tracking page's SMS opt-in (spread into the shared operation map). */
export const ticketSmsOperations = {
  optInToTicketSms: {
    method: 'put',
    path: '/api/track/{trackingCode}/sms',
    summary: 'Be told by SMS when the turn is near and when called (kept for the day only)',
    access: 'public',
    params: TrackingCodeParams,
    body: TicketSmsBody,
    status: 200,
    response: Tracking,
  },
  optOutOfTicketSms: {
    method: 'delete',
    path: '/api/track/{trackingCode}/sms',
    summary: 'No more SMS for this ticket: the number is deleted',
    access: 'public',
    params: TrackingCodeParams,
    status: 200,
    response: Tracking,
  },
} as const satisfies Record<string, Operation>;
