import { z } from 'zod';
import { containsCpr, cprNotHere } from './privacy.js';
import { AuthorityLevel, CounterStatus, LanguageCode, Outcome, Role, TicketStatus, TransferPlacement } from './domain.js';
import { LocalizedName } from './config.js';

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time');
const Id = z.string().min(1).max(64);

/** Route parameters. */
export const TicketIdParams = z.object({ id: z.coerce.number().int().positive() });
export const CounterIdParams = z.object({ counterId: Id });
export const ServiceIdParams = z.object({ id: Id });
export const TrackingCodeParams = z.object({ trackingCode: z.string().regex(/^[A-Za-z0-9]{6,32}$/, 'a tracking code') });
export const StaffIdParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * Minutes until a call (docs/QUEUEING.md): 0 only when nobody is before the place and a counter
 * is free, at least 1 with people ahead; null when no open counter may serve the service now (a
 * closed or paused counter is not assumed to open), or once the ticket has been called.
 */
const EstimatedWait = z
  .number()
  .int()
  .min(0)
  .nullable()
  .describe('estimated minutes until called; null while no open counter serves the service');

/** What anyone may see of a ticket: no names, no notes, nothing personal. */
export const PublicTicket = z.object({
  id: z.number().int(),
  number: z.string(),
  serviceId: z.string(),
  status: TicketStatus,
  issuedAt: Timestamp,
  counterId: z.string().nullable(),
  calledAt: Timestamp.nullable(),
});
export type PublicTicket = z.infer<typeof PublicTicket>;

/** A ticket as the citizen who took it sees it. */
export const Ticket = PublicTicket.extend({
  lang: z.string(),
  position: z.number().int().nullable().describe('1 when next in its queue; null once called'),
  estimatedWaitMinutes: EstimatedWait,
  trackingCode: z.string(),
  trackingUrl: z.string().describe('path of the tracking page, for the receipt QR code'),
});
export type Ticket = z.infer<typeof Ticket>;

/** A ticket as staff see it at the counter. */
export const StaffTicket = Ticket.extend({
  originalServiceId: z.string(),
  queuedAt: Timestamp,
  staffId: z.number().int().nullable(),
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  outcome: Outcome.nullable(),
  recallCount: z.number().int(),
  transferNote: z.string().nullable(),
  targetCounterId: z.string().nullable(),
  targetStaffId: z.number().int().nullable(),
  appointmentAt: Timestamp.nullable(),
});
export type StaffTicket = z.infer<typeof StaffTicket>;

export const TicketEvent = z.object({
  id: z.number().int(),
  at: Timestamp,
  type: z.string(),
  counterId: z.string().nullable(),
  staffId: z.number().int().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const TicketWithHistory = StaffTicket.extend({ history: z.array(TicketEvent) });

/** The tracking page's SMS offer: whether the centre sends SMS, and to whom this ticket's go. */
export const TrackingSms = z.object({
  available: z.boolean().describe('the centre has an SMS gateway: the page may offer SMS'),
  phone: z.string().nullable().describe('the number the SMS go to, masked (••••••33); null when none was given'),
  nearAhead: z.number().int().nullable().describe('an SMS comes (or would, if asked now) when this many are ahead; null when it will not: the ticket is that near already, or called'),
});
export type TrackingSms = z.infer<typeof TrackingSms>;

export const Tracking = z.object({
  number: z.string(),
  serviceId: z.string(),
  serviceName: LocalizedName,
  /** The unit the service belongs to: the page's header names it. */
  unitName: LocalizedName,
  /** The centre's IANA time zone: the page says times as the centre's clocks do, not the phone's. */
  timeZone: z.string(),
  status: TicketStatus,
  lang: z.string(),
  position: z.number().int().nullable(),
  estimatedWaitMinutes: EstimatedWait,
  counterId: z.string().nullable(),
  counterName: z.string().nullable(),
  calledAt: Timestamp.nullable(),
  /** SMS for this ticket (ticket-sms.ts); absent on answers that do not tell it. */
  sms: TrackingSms.optional(),
});
export type Tracking = z.infer<typeof Tracking>;

export const QueueSummary = z.object({
  serviceId: z.string(),
  waiting: z.number().int(),
  estimatedWaitMinutes: EstimatedWait,
  longestWaitMinutes: z.number().int(),
});
export type QueueSummary = z.infer<typeof QueueSummary>;

export const CentreService = z.object({
  id: z.string(),
  unitId: z.string(),
  name: LocalizedName,
  prefix: z.string(),
  authority: AuthorityLevel,
  selfServiceUrl: z.string().nullable(),
  open: z.boolean().describe('tickets can be taken now'),
  closedByStaff: z.boolean(),
  opensAt: Timestamp.nullable().describe('when a closed service next takes tickets'),
  waiting: z.number().int(),
  estimatedWaitMinutes: EstimatedWait,
});
export type CentreService = z.infer<typeof CentreService>;

export const CounterState = z.object({
  id: z.string(),
  unitId: z.string(),
  name: z.string(),
  services: z.array(z.string()),
  status: CounterStatus,
  pauseReason: z.string().nullable(),
  staffId: z.number().int().nullable(),
  since: Timestamp.nullable(),
  currentTicket: PublicTicket.nullable(),
});
export type CounterState = z.infer<typeof CounterState>;

export const TodayHours = z.object({
  date: z.string(),
  open: z.string().nullable(),
  close: z.string().nullable(),
  isOpen: z.boolean(),
  issuingClosesAt: Timestamp.nullable().describe('when the last ticket of today can be taken'),
  nextOpening: Timestamp.nullable(),
});
export type TodayHours = z.infer<typeof TodayHours>;

export const Centre = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  /** The line of text the centre shows on its wall displays, or empty. */
  displayMessage: z.string(),
  businessDay: z.string(),
  units: z.array(z.object({ id: z.string(), name: LocalizedName, dispensation: z.boolean() })),
  services: z.array(CentreService),
  counters: z.array(CounterState),
  today: TodayHours,
});
export type Centre = z.infer<typeof Centre>;

export const DisplayCall = z.object({
  eventId: z.number().int(),
  ticketId: z.number().int(),
  number: z.string(),
  serviceId: z.string(),
  counterId: z.string(),
  counterName: z.string(),
  calledAt: Timestamp,
  recall: z.boolean(),
});
export type DisplayCall = z.infer<typeof DisplayCall>;

export const DisplayQuery = z.object({
  unitId: z.string().optional().describe('comma-separated units: a zone'),
  counterId: z.string().optional().describe('comma-separated counters: a zone'),
  limit: z.coerce.number().int().min(1).max(50).default(8),
});

export const IssueTicketBody = z.object({
  serviceId: Id,
  lang: LanguageCode.default('da'),
  /** How the number was taken, for the channel statistics: at a kiosk, or on the web. */
  channel: z.enum(['kiosk', 'web']).optional(),
  /** The kiosk that took it (with channel `kiosk`). */
  kioskId: Id.optional(),
});
export const FinishBody = z.object({ outcome: Outcome.default('resolved') });
export const TransferBody = z.object({
  serviceId: Id,
  placement: TransferPlacement.default('original'),
  note: z
    .string()
    .trim()
    .max(500)
    .refine((note) => !containsCpr(note), cprNotHere('note'))
    .optional(),
  counterId: Id.optional().describe('reserve the ticket for this counter'),
  staffId: z.number().int().positive().optional().describe('reserve the ticket for this person'),
});
export const CallTicketBody = z.object({ counterId: Id });
/** The reason is shown on the public centre view and kept in the event log: never a CPR number. */
export const PauseBody = z.object({
  reason: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .refine((reason) => !containsCpr(reason), cprNotHere('pause reason'))
    .default('pause'),
});
export const TicketListQuery = z.object({
  status: z
    .string()
    .optional()
    .describe('comma-separated statuses; default: waiting, called and serving'),
  serviceId: Id.optional(),
});

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const LoginResult = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  staff: z.lazy(() => StaffAccount),
});
export const StaffAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  role: Role,
  disabled: z.boolean(),
});
export type StaffAccount = z.infer<typeof StaffAccount>;
export const CreateStaffBody = z
  .object({
    username: z.string().regex(/^[a-z0-9._-]{2,64}$/, 'lower-case letters, digits, dot, dash or underscore (2–64)'),
    password: z.string().min(10, 'at least 10 characters').max(256),
    displayName: z.string().trim().min(1).max(120).optional(),
    unitId: Id.nullable().optional(),
    role: Role,
  })
  .refine((body) => body.role === 'admin' || body.role === 'agent' || Boolean(body.unitId), {
    path: ['unitId'],
    message: 'staff and managers belong to a unit',
  });
export const UpdateStaffBody = z.object({
  password: z.string().min(10, 'at least 10 characters').max(256).optional(),
  displayName: z.string().trim().min(1).max(120).optional(),
  unitId: Id.nullable().optional(),
  role: Role.optional(),
  disabled: z.boolean().optional(),
});

export const Health = z.object({ status: z.literal('ok') });
export const Empty = z.object({});
export const CallNextResult = z.object({ ticket: StaffTicket });

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const EventExportQuery = z
  .object({ from: IsoDay, to: IsoDay })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'must not be before from' });
