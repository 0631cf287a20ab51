import { z } from 'zod';
import { Outcome } from '../domain.js';

/**
 * The `details` of every type of event in a centre's log, as they may leave the centre. Each
 * schema lists what the event carries for history and statistics and nothing else: parsing
 * strips every other key, so a transfer note, a pause reason or anything personal a future
 * version writes into `details` never reaches the city unless it is added here on purpose.
 * Names, phone numbers, e-mail addresses, transfer notes and CPR hashes are never listed.
 */
const Id = z.string().max(64);
const Instant = z.union([z.number(), z.string().max(40)]).describe('epoch milliseconds or ISO time');
const Minutes = z.number().nullable();
/** A booking code (8 letters and digits): a key to a booking, naming no person. */
const BookingCodeText = z.string().max(16);
const OfTicket = { number: z.string().max(16).optional(), serviceId: Id.optional() };

export const eventDetailSchemas = {
  'ticket.issued': z.object({
    ...OfTicket,
    lang: z.string().max(8).optional(),
    appointmentAt: Instant.nullable().optional(),
    estimatedWaitMinutes: Minutes.optional(),
    channel: z.enum(['kiosk', 'web', 'appointment']).optional(),
    kioskId: Id.optional(),
  }),
  'ticket.called': z.object({ ...OfTicket, waitedMs: z.number().optional() }),
  'ticket.recalled': z.object({ ...OfTicket, recallCount: z.number().int().optional() }),
  'ticket.started': z.object(OfTicket),
  'ticket.finished': z.object({ ...OfTicket, outcome: Outcome.optional(), serviceMs: z.number().optional() }),
  'ticket.no-show': z.object({ ...OfTicket, recallCount: z.number().int().optional() }),
  'ticket.cancelled': z.object({ ...OfTicket, by: z.enum(['staff', 'citizen']).optional() }),
  /** A no-show or finish taken back: which, the event it took back, and the status the ticket has again. */
  'ticket.undone': z.object({
    ...OfTicket,
    undid: z.enum(['ticket.no-show', 'ticket.finished']).optional(),
    undoneEventId: z.number().int().optional(),
    status: z.enum(['called', 'serving']).optional(),
  }),
  'ticket.ended-by-reset': z.object({ ...OfTicket, previousStatus: z.string().max(20).optional() }),
  /** Without the note (free text staff write for the next counter). */
  'ticket.transferred': z.object({
    ...OfTicket,
    fromServiceId: Id.optional(),
    toServiceId: Id.optional(),
    placement: z.string().max(20).optional(),
    targetCounterId: Id.nullable().optional(),
    targetStaffId: z.number().int().nullable().optional(),
  }),
  'day.reset': z.object({ from: z.string().max(10).optional(), to: z.string().max(10).optional(), endedTickets: z.number().int().optional() }),
  /** Without the pause reason (free text). */
  'counter.changed': z.object({ status: z.enum(['open', 'closed', 'paused']).optional() }),
  'service.changed': z.object({ serviceId: Id.optional(), closedByStaff: z.boolean().optional() }),
  /** The configuration in force from this event on: its version names a document shipped beside the log. */
  'config.changed': z.object({ configVersion: z.string().max(64).optional() }),
  'kiosk.choice': z.object({ serviceId: Id.optional(), choice: z.enum(['self-service', 'ticket']).optional(), kioskId: Id.optional() }),
  'device.changed': z.object({
    deviceId: Id.optional(),
    kind: z.string().max(20).optional(),
    changes: z.array(z.string().max(40)).max(20).optional(),
    silent: z.boolean().optional(),
    printerState: z.string().max(40).nullable().optional(),
  }),
  'appointment.booked': z.object({ serviceId: Id.optional(), start: Instant.optional(), channel: z.enum(['online', 'agent']).optional() }),
  'appointment.moved': z.object({ serviceId: Id.optional(), from: Instant.optional(), to: Instant.optional() }),
  'appointment.cancelled': z.object({ serviceId: Id.optional(), start: Instant.optional(), by: z.string().max(20).optional() }),
  'appointment.checked-in': z.object({
    serviceId: Id.optional(),
    start: Instant.optional(),
    minutesEarly: z.number().optional(),
    ticketId: z.number().int().optional(),
    /** The booking code: the hub marks its booking as kept. A code names no person. */
    code: BookingCodeText.optional(),
  }),
  'appointment.no-show': z.object({ serviceId: Id.optional(), start: Instant.optional(), code: BookingCodeText.optional() }),
  /** An SMS taken by the gateway, or ended unsent: its kind and what it was about, never the number or text. */
  'sms.sent': z.object({ ...OfTicket, kind: z.string().max(20).optional(), code: BookingCodeText.optional() }),
  'sms.failed': z.object({
    ...OfTicket,
    kind: z.string().max(20).optional(),
    code: BookingCodeText.optional(),
    reason: z.enum(['refused', 'given-up', 'limited']).optional(),
  }),
  'privacy.purged': z.object({ appointments: z.number().int().optional(), before: z.string().max(40).optional() }),
} as const;

export type LoggedEventType = keyof typeof eventDetailSchemas;
export type EventDetails<Type extends LoggedEventType> = z.output<(typeof eventDetailSchemas)[Type]>;

/** Whether `type` is a known event type of the log. */
export const isLoggedEventType = (type: string): type is LoggedEventType => Object.hasOwn(eventDetailSchemas, type);

/**
 * The details of an event as they may leave the centre: what its type's schema lists, nothing
 * else. A value of the wrong shape (an old entry) is dropped rather than shipped; an unknown type
 * ships with no details at all.
 */
export function shippableDetails(type: string, details: Record<string, unknown>): Record<string, unknown> {
  if (!isLoggedEventType(type)) return {};
  const schema = eventDetailSchemas[type];
  const parsed = schema.safeParse(details);
  if (parsed.success) return parsed.data;
  // Keep the keys that are right on their own; drop the ones that are not.
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    if (key in details && field.safeParse(details[key]).success) kept[key] = details[key];
  }
  return kept;
}
