import { z } from 'zod';
import { CounterStatus } from './domain.js';
import { serverEvents, ticketLifeEventNames, type ServerEventName } from './events.js';

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time');
const StaffId = z.number().int().nullable();

/** The kinds of event the leaders' feed shows: what happens to tickets, counters and services. */
export const activityEventNames = [...ticketLifeEventNames, 'counter.changed', 'service.changed'] as const satisfies readonly ServerEventName[];
export type ActivityEventName = (typeof activityEventNames)[number];

const entry = <Name extends ActivityEventName>(type: Name) =>
  z.object({
    /** The event's id in the log: the same id the live stream gave it. */
    id: z.number().int(),
    at: Timestamp,
    type: z.literal(type),
    /** Who did it (the log's staff id), or null for a citizen or the system. */
    staffId: StaffId,
    /** What the live stream published: the same payload as `GET /api/events` carries. */
    data: serverEvents[type],
  });

/**
 * One event of the leaders' feed: the published event with who did it, which the public stream
 * does not say. A counter closed by someone else also names whose seat it was.
 */
export const ActivityEvent = z.discriminatedUnion('type', [
  entry('ticket.issued'),
  entry('ticket.called'),
  entry('ticket.recalled'),
  entry('ticket.started'),
  entry('ticket.transferred'),
  entry('ticket.finished'),
  entry('ticket.no-show'),
  entry('ticket.cancelled'),
  entry('counter.changed').extend({ signedOutStaffId: StaffId }),
  entry('service.changed'),
]);
export type ActivityEvent = z.infer<typeof ActivityEvent>;

/** A counter's latest change of the business day: what it became, when and by whom. */
export const CounterChange = z.object({
  counterId: z.string(),
  status: CounterStatus,
  at: Timestamp,
  staffId: StaffId,
  /** The person signed out, when someone else (a leader) closed the counter. */
  signedOutStaffId: StaffId,
});
export type CounterChange = z.infer<typeof CounterChange>;

/** A service's latest opening or closing by staff (a closure lasts until it is opened again, across days). */
export const ServiceChange = z.object({
  serviceId: z.string(),
  closedByStaff: z.boolean(),
  at: Timestamp,
  staffId: StaffId,
});
export type ServiceChange = z.infer<typeof ServiceChange>;

/** What the overview shows of who did what: the day's latest events, and the latest change of each counter and service. */
export const Activity = z.object({
  /** Newest first. */
  events: z.array(ActivityEvent),
  counters: z.array(CounterChange),
  services: z.array(ServiceChange),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(15).describe('how many of the newest events'),
});
