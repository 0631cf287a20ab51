import { z } from 'zod';
import { Activity, ActivityQuery } from './activity.js';
import { Counter, CounterProfileEntry } from './config.js';
import { Role } from './domain.js';
import type { Operation } from './operations.js';
import { CounterIdParams, StaffTicket, TicketIdParams } from './schemas.js';

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time');

/**
 * A colleague as the staff app shows them: in the transfer dialog ("send to Mette"), at the
 * counters of the manager's overview. Names and units only, nothing else of the account.
 */
export const Colleague = z.object({
  id: z.number().int(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  role: Role,
  /** The counter the person is signed in at now, or null. */
  counterId: z.string().nullable(),
  /** The services whose visits this person may handle under the unit rule. */
  serviceIds: z.array(z.string()),
});
export type Colleague = z.infer<typeof Colleague>;

/** A waiting ticket that was transferred and has not been called since. */
export const PendingTransfer = z.object({
  ticketId: z.number().int(),
  number: z.string(),
  serviceId: z.string(),
  fromServiceId: z.string(),
  transferredAt: Timestamp,
  /** Who transferred it. */
  staffId: z.number().int().nullable(),
  targetCounterId: z.string().nullable(),
  targetStaffId: z.number().int().nullable(),
});
export type PendingTransfer = z.infer<typeof PendingTransfer>;

/** A counter profile: which services the counter calls, and how strongly it prefers each. */
export const CounterServicesBody = z.object({
  services: z.array(CounterProfileEntry).min(1, 'a counter must call at least one service'),
});
export type CounterServicesBody = z.infer<typeof CounterServicesBody>;

/**
 * How long counter staff may take back a no-show or a finished visit of their own ("Fortryd"):
 * long enough to notice a stray key, short enough that nothing else has happened at the counter.
 * The server allows a few seconds more, for the request's way there.
 */
export const undoWindowSeconds = 10;

/** The actions that can be taken back within the window: the log's event types they recorded. */
export const undoableEventTypes = ['ticket.no-show', 'ticket.finished'] as const;
export type UndoableEventType = (typeof undoableEventTypes)[number];

const signedIn = 'signed-in' as const;
const counterStaff = ['staff', 'manager', 'admin'] as const;
const leaders = ['manager', 'admin'] as const;

/** What the staff app needs beyond the counter operations: names, pending transfers, counter profiles. */
export const staffOperations = {
  listColleagues: {
    method: 'get',
    path: '/api/colleagues',
    summary: 'Staff who work counters: names, units, where they sit now, which services they may handle',
    access: signedIn,
    status: 200,
    response: z.array(Colleague),
  },
  undoTicket: {
    method: 'post',
    path: '/api/tickets/{id}/undo',
    summary: 'Take back one’s own no-show or finish of the visit within seconds: the ticket is at the counter again, as before',
    access: counterStaff,
    params: TicketIdParams,
    status: 200,
    response: StaffTicket,
  },
  listPendingTransfers: {
    method: 'get',
    path: '/api/transfers',
    summary: 'Waiting tickets of the day that were transferred and not called since',
    access: signedIn,
    status: 200,
    response: z.array(PendingTransfer),
  },
  getCounterServices: {
    method: 'get',
    path: '/api/counters/{counterId}/services',
    summary: 'A counter’s profile: the services it calls and their weights',
    access: leaders,
    params: CounterIdParams,
    status: 200,
    response: Counter,
  },
  setCounterServices: {
    method: 'put',
    path: '/api/counters/{counterId}/services',
    summary: 'Change which services a counter calls, and their weights (its profile)',
    access: leaders,
    params: CounterIdParams,
    body: CounterServicesBody,
    status: 200,
    response: Counter,
  },
  listActivity: {
    method: 'get',
    path: '/api/activity',
    summary: 'The leaders’ feed: the day’s newest events with who did each, and who last changed each counter and service',
    access: leaders,
    query: ActivityQuery,
    status: 200,
    response: Activity,
  },
} as const satisfies Record<string, Operation>;
