import { z } from 'zod';
import { Outcome } from './domain.js';
import { Centre, CounterState, DisplayCall, PublicTicket, QueueSummary } from './schemas.js';
import { DeviceChange, DeviceState } from './device-schemas.js';

/**
 * The server-sent events of `GET /api/events`: one map of event name → payload, used by the
 * server to emit and by every client to consume. Payloads are public (the stream needs no
 * login), so they carry numbers and counters, never a name or a note.
 */
const TicketChange = z.object({
  ticket: PublicTicket,
  /** Queue figures of the services this change touched, so waits on screens stay live. */
  queues: z.array(QueueSummary),
});

export const serverEvents = {
  /** Sent first on every (re)connect: the whole current state. Its id is the newest event's. */
  snapshot: z.object({
    centre: Centre,
    tickets: z.array(PublicTicket).describe('waiting, called and serving tickets of the day'),
    recentCalls: z.array(DisplayCall),
    /** The server's clock when the snapshot was taken: lets a display judge how old a replayed call is. */
    serverTime: z.iso.datetime({ offset: true }),
  }),
  'ticket.issued': TicketChange,
  'ticket.called': TicketChange.extend({ call: DisplayCall }),
  'ticket.recalled': TicketChange.extend({ call: DisplayCall }),
  'ticket.started': TicketChange,
  'ticket.transferred': TicketChange.extend({ fromServiceId: z.string() }),
  'ticket.finished': TicketChange.extend({ outcome: Outcome }),
  'ticket.no-show': TicketChange,
  'ticket.cancelled': TicketChange,
  /** A no-show or a finish taken back by the person who recorded it: the ticket is called or served again. */
  'ticket.undone': TicketChange.extend({ undid: z.enum(['ticket.no-show', 'ticket.finished']) }),
  'counter.changed': z.object({ counter: CounterState }),
  'service.changed': z.object({ serviceId: z.string(), open: z.boolean(), closedByStaff: z.boolean() }),
  'config.changed': z.object({}),
  /** Sent every 15 s without an id, so a display's watchdog sees that a quiet stream is alive. */
  heartbeat: z.object({}),
  /** The daily reset ended the day: numbering restarts, unfinished tickets were ended. */
  'day.reset': z.object({ businessDay: z.string(), endedTickets: z.number().int() }),
  /** A kiosk or display went silent or came back, or its printer's state changed (out of paper…). */
  'device.changed': z.object({ device: DeviceState, changes: z.array(DeviceChange) }),
} as const;

export type ServerEventName = keyof typeof serverEvents;

/** What happens to a ticket in its life at the counters, in the order it may meet them. */
export const ticketLifeEventNames = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.transferred',
  'ticket.finished',
  'ticket.no-show',
  'ticket.cancelled',
] as const satisfies readonly ServerEventName[];

/** Every ticket event: its life, and a no-show or finish taken back. */
export const ticketEventNames = [...ticketLifeEventNames, 'ticket.undone'] as const satisfies readonly ServerEventName[];
export type ServerEventPayload<Name extends ServerEventName> = z.infer<(typeof serverEvents)[Name]>;
export type ServerEvent = { [Name in ServerEventName]: { id: number; type: Name; data: ServerEventPayload<Name> } }[ServerEventName];
