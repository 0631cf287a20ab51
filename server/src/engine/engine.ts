import { withoutCpr, type CentreConfig, type Outcome, type StaffTicket, type TicketStatus } from '@dintur/shared';
import type { KioskChoiceBody } from '@dintur/shared';
import type { StatsQuery } from '@dintur/shared';
import type { Db } from '../data/database.js';
import { createRepositories } from '../data/repositories.js';
import { createTransactions } from '../data/transaction.js';
import { createAppointmentService } from './appointments/appointment-service.js';
import { addDays, fromLocal } from '@dintur/shared/calendar';
import { callNext, callTicket } from './calling.js';
import { centreView, recentCalls, requireTicketByCode, setServiceClosed, snapshot, track, type DisplayFilter } from './centre-view.js';
import type { Clock } from './clock.js';
import { parseConfig, replaceConfig } from './config-service.js';
import { createContext } from './context.js';
import { closeCounter, openCounter, pauseCounter, resumeCounter } from './counters.js';
import { recentActivity } from './activity.js';
import { rollOverDay } from './day-reset.js';
import { storageHealth } from './storage-health.js';
import { createDeviceMonitor } from './devices.js';
import { createReceiptPrintRule } from './devices-receipts.js';
import { issueTicket, type IssueRequest } from './issuing.js';
import { recordKioskChoice } from './kiosk-choices.js';
import { defaultScryptCost, type ScryptCost } from '@dintur/shared/passwords';
import type { Actor } from './permissions.js';
import { createStaffService } from './staff-service.js';
import { computeStatistics } from './statistics/statistics.js';
import { createStaffAppService } from './staff-app.js';
import { createTicketSms } from './ticket-sms.js';
import { undo } from './undo.js';
import { staffTicket } from './views.js';
import { cancel, cancelTicket, finish, noShow, recall, requireTicket, start, transfer, type TransferRequest } from './visits.js';

export type EngineOptions = {
  db: Db;
  clock: Clock;
  /** Used when the database has no configuration yet (first start). */
  initialConfig: unknown;
  scryptCost?: ScryptCost;
  /** Group commit (see context.ts): on in the server, off by default so each call commits at once. */
  groupCommit?: boolean;
  /** The secret key of the CPR hash (from the data directory); a random one per process when absent. */
  cprKey?: Buffer;
  /** The city hub this centre is linked to: it books the centre's appointments (with the city's CPR key once known). */
  city?: { hubUrl: string; centreId: string; cityCprKey?: Buffer | null | undefined };
  /** The server sends SMS (DINTUR_SMS_URL is set): only then are messages queued in the outbox. */
  sms?: boolean;
  /** The address citizens reach the server at (DINTUR_PUBLIC_URL), for links in SMS. */
  publicUrl?: string | undefined;
};

/**
 * The queue engine of one centre: every rule of who is served next and by whom. Knows nothing
 * of HTTP; every write runs in one synchronous SQLite transaction.
 */
export function createEngine(options: EngineOptions) {
  // The connection goes to data/ only: its repositories and its write path.
  const now = () => options.clock.now();
  const repositories = createRepositories(options.db, { now, sms: options.sms ?? false });
  const stored = repositories.centre.config();
  const config = parseConfig(stored ?? options.initialConfig);
  if (stored === undefined) repositories.centre.saveConfig(config, options.clock.now());
  const context = createContext({
    clock: options.clock,
    repositories,
    config,
    rollOver: rollOverDay,
    transactions: (hooks) => createTransactions(options.db, { groupCommit: options.groupCommit ?? false, now, hooks }),
  });
  const staff = createStaffService(context, options.scryptCost ?? defaultScryptCost);
  const ticketSms = createTicketSms(context);
  const appointments = createAppointmentService(context, {
    cprKey: options.cprKey,
    publicUrl: options.publicUrl ?? null,
    ...(options.city && { city: options.city }),
  });

  return {
    context,
    /** The connection the engine was made on, for whoever opened it (closing it, tests reading the file); no part of the engine uses it. */
    db: options.db,
    staff,
    /** Colleagues, pending transfers and counter profiles for the staff app. */
    staffApp: createStaffAppService(context),
    /** The tracking page's SMS: opt-in, opt-out, and the messages a ticket's events queue (ticket-sms.ts). */
    ticketSms,
    /** Slots, bookings, check-in, no-shows and the privacy purge. */
    appointments,
    /** Kiosks and displays: heartbeats, silence, printer states (live, in memory). */
    devices: createDeviceMonitor(context),
    /** Which receipts the server may print for a browser kiosk. */
    receiptPrints: createReceiptPrintRule(context),
    clock: options.clock,
    config: (): CentreConfig => context.index().config,
    replaceConfig: (document: unknown, actor: Actor | null) => replaceConfig(context, appointments.keepingBookings(document), actor?.id ?? null),
    centre: () => context.transaction(() => centreView(context)),
    snapshot: () => snapshot(context),
    display: (filter: DisplayFilter) => context.transaction(() => recentCalls(context, filter)),
    /** `/api/health`: ok while the write path works, else a 503 saying what is wrong (storage-health.ts). */
    health: () => storageHealth(context),
    /** Rolls the business day over if the reset time has passed (also done by every write). */
    tick: () => void context.transaction(() => context.businessDay()),

    issueTicket: (request: IssueRequest) => issueTicket(context, request),
    /** A kiosk citizen's choice between self-service and a number, for the channel statistics. */
    recordKioskChoice: (choice: KioskChoiceBody) => recordKioskChoice(context, choice),
    track: (code: string) => context.transaction(() => track(context, code)),
    cancelByCitizen(code: string) {
      return context.transaction(() => {
        cancelTicket(context, requireTicketByCode(context, code), null);
        return track(context, code);
      });
    },
    listTickets(filter: { statuses: TicketStatus[]; serviceId?: string | undefined }): StaffTicket[] {
      return context.transaction(() =>
        context.tickets
          .ofDay(context.businessDay())
          .filter((ticket) => filter.statuses.includes(ticket.status) && (!filter.serviceId || ticket.serviceId === filter.serviceId))
          .map((ticket) => staffTicket(context, ticket)),
      );
    },
    getTicket(id: number) {
      const ticket = requireTicket(context, id);
      const history = context.events.ofTicket(id).map((event) => ({
        id: event.id,
        at: new Date(event.at).toISOString(),
        type: event.type,
        counterId: event.counterId,
        staffId: event.staffId,
        details: event.details,
      }));
      return { ...staffTicket(context, ticket), history };
    },

    callNext: (actor: Actor, counterId: string) => callNext(context, actor, counterId),
    callTicket: (actor: Actor, id: number, counterId: string) => callTicket(context, actor, id, counterId),
    recall: (actor: Actor, id: number) => recall(context, actor, id),
    start: (actor: Actor, id: number) => start(context, actor, id),
    noShow: (actor: Actor, id: number) => noShow(context, actor, id),
    finish: (actor: Actor, id: number, outcome: Outcome) => finish(context, actor, id, outcome),
    transfer: (actor: Actor, id: number, request: TransferRequest) => transfer(context, actor, id, request),
    cancel: (actor: Actor, id: number) => cancel(context, actor, id),
    /** "Fortryd": one's own no-show or finish taken back within seconds (undo.ts). */
    undo: (actor: Actor, id: number) => undo(context, actor, id),

    openCounter: (actor: Actor, counterId: string) => openCounter(context, actor, counterId),
    closeCounter: (actor: Actor, counterId: string) => closeCounter(context, actor, counterId),
    pauseCounter: (actor: Actor, counterId: string, reason: string) => pauseCounter(context, actor, counterId, reason),
    resumeCounter: (actor: Actor, counterId: string) => resumeCounter(context, actor, counterId),
    setServiceClosed: (actor: Actor, serviceId: string, closed: boolean) => setServiceClosed(context, actor, serviceId, closed),
    /** The leaders' feed: the day's newest events with who did each, and who last changed each counter and service. */
    activity: (limit: number) => recentActivity(context, limit),

    /**
     * The event log of the local dates `from` to `to` (inclusive), oldest first: what a city-wide
     * store would be fed with. Transfer notes are left out: they may be personal; any other string
     * holding a CPR number (an entry older than the schemas' refusal) is blanked.
     */
    exportEvents(from: string, to: string) {
      const { timeZone } = context.index().config.centre;
      const start = fromLocal(from, 0, timeZone);
      const end = fromLocal(addDays(to, 1), 0, timeZone);
      return context.events.between(start, end).map(({ details: { note: _note, ...details }, payload: _payload, ...event }) => ({
        ...event,
        at: new Date(event.at).toISOString(),
        details: withoutCpr(details),
      }));
    },
    /** The figures of a period of local dates (statistics/): volumes, waits, outcomes, channels, counters. */
    statistics: (query: StatsQuery) => computeStatistics(context, query),
    /** Resolves when all writes so far are on disk (group commit); answer requests only then. */
    durable: () => context.durable(),
    /** Resolves once no write is left open (for closing the database). */
    settled: () => context.settled(),
    onPublish: context.onPublish,
    publishedAfter: (id: number, limit: number) => context.events.publishedAfter(id, limit).map((event) => withoutCpr(event)),
    lastEventId: () => context.events.lastId(),
  };
}

export type Engine = ReturnType<typeof createEngine>;
