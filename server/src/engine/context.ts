import { withoutCpr, type CentreConfig, type ServerEventName, type ServerEventPayload } from '@dintur/shared';
import type { CentreRepository, CounterStateRecord } from '../data/centre-repository.js';
import { storageFailureOf, type Db, type StorageFailure } from '../data/database.js';
import type { EventRecord, EventRepository } from '../data/event-repository.js';
import type { SmsRepository } from '../data/sms-repository.js';
import type { StaffRepository } from '../data/staff-repository.js';
import type { TicketRecord, TicketRepository } from '../data/ticket-repository.js';
import { businessDayOf, fromLocal, minutesOf, nextReset } from '@dintur/shared/calendar';
import { indexCentre, type CentreIndex } from './centre-index.js';
import type { Clock } from './clock.js';
import { createClockTrust, type ClockTrust } from './clock-trust.js';
import { createEstimator, type Estimator } from './estimates.js';

/** An event as published on the live stream after its transaction committed. */
export type PublishedEvent = { [Name in ServerEventName]: { id: number; type: Name; data: ServerEventPayload<Name> } }[ServerEventName];

export type Recordable = {
  type: string;
  ticket?: TicketRecord;
  counterId?: string | null;
  staffId?: number | null;
  details?: Record<string, unknown>;
};

/**
 * What every part of the engine works with: the repositories, the clock, the indexed
 * configuration, cached counter state, the event log, and the one way to write: `transaction`.
 */
export type EngineContext = {
  db: Db;
  clock: Clock;
  tickets: TicketRepository;
  events: EventRepository;
  centre: CentreRepository;
  staff: StaffRepository;
  /** The SMS outbox: `sms.enqueue(...)` inside a transaction queues a message with the change. */
  sms: SmsRepository;
  estimator: Estimator;
  index(): CentreIndex;
  setConfig(config: CentreConfig): void;
  counterStates(): ReadonlyMap<string, CounterStateRecord>;
  saveCounterState(state: CounterStateRecord): void;
  closedServices(): ReadonlySet<string>;
  setServiceClosed(serviceId: string, closed: boolean): void;
  /** The business day now (rolls the day over first if the reset time has passed). */
  businessDay(): string;
  /**
   * Runs `work` in one synchronous SQLite transaction (a savepoint of the open batch under
   * group commit); the events it recorded are published to listeners only after the commit,
   * and caches are reloaded if it fails.
   */
  transaction<T>(work: () => T): T;
  /**
   * Resolves once everything written so far is committed to disk: answer a request only then.
   * Rejects if that commit failed (the writes are then undone).
   */
  durable(): Promise<void>;
  /**
   * Resolves once no write is left open: the batch of group commit, and the batches that its
   * listeners started in turn (an SMS queued after a call). Never rejects. For closing.
   */
  settled(): Promise<void>;
  /** Appends to the event log; a `publish` payload also goes out on the live stream. */
  record<Name extends ServerEventName>(
    event: Recordable,
    publish?: { type: Name; data: ServerEventPayload<Name> | ((eventId: number) => ServerEventPayload<Name>) },
  ): EventRecord;
  onPublish(listener: (event: PublishedEvent) => void): () => void;
  /** Whether the wall clock can be believed for ending days, no-shows and purges (clock-trust.ts). */
  clockTrust: ClockTrust;
  /** The last write that failed for its storage (full, read-only, damaged), until a later commit succeeds. */
  storageFailure(): (StorageFailure & { at: number; message: string }) | undefined;
};

export type ContextOptions = {
  db: Db;
  clock: Clock;
  repositories: { tickets: TicketRepository; events: EventRepository; centre: CentreRepository; staff: StaffRepository; sms: SmsRepository };
  config: CentreConfig;
  /**
   * Let the writes of one event-loop turn share one transaction (see `durable()`); the server
   * turns this on, tests of the engine leave it off so every call commits before it returns.
   */
  groupCommit?: boolean;
  /**
   * Called inside a transaction when the business day has changed: ends the old day. Returns
   * false to keep the old day for now (a clock that is not believable).
   */
  rollOver: (context: EngineContext, from: string | undefined, to: string) => boolean;
  /** Where the clock's doubts are said (console.warn by default). */
  log?: (message: string) => void;
};

export function createContext(options: ContextOptions): EngineContext {
  const { db, clock, repositories, rollOver } = options;
  let index = indexCentre(options.config);
  let counterStates = new Map<string, CounterStateRecord>();
  let closedServices = new Set<string>();
  let currentDay = repositories.centre.getMeta('business_day');
  let pending: PublishedEvent[] = [];
  let depth = 0;
  const groupCommit = options.groupCommit ?? false;
  type Waiter = { resolve: () => void; reject: (error: unknown) => void };
  // The open batch of group commit; SQLite may roll a whole batch back on its own (SQLITE_FULL).
  let batch: { waiters: Waiter[] } | undefined;
  let storageFailure: (StorageFailure & { at: number; message: string }) | undefined;
  const noteFailure = (error: unknown) => {
    const failure = storageFailureOf(error);
    if (!failure) return;
    if (!storageFailure) console.error(`dintur: a write failed: ${failure.kind === 'full' ? 'the disk is full' : `the database is ${failure.kind}`} (${failure.code})`);
    storageFailure = { ...failure, at: clock.now(), message: error instanceof Error ? error.message : String(error) };
  };
  let dayWindow: { config: CentreConfig; day: string; from: number; until: number } | undefined;
  const listeners = new Set<(event: PublishedEvent) => void>();

  const publish = () => {
    const published = pending;
    pending = [];
    for (const event of published) for (const listener of listeners) listener(event);
  };
  const reloadAll = () => {
    loadCaches();
    repositories.tickets.reloadQueues();
    context.estimator.forgetAll();
  };
  /** A batch SQLite rolled back by itself: none of its writes is on disk, so none is acknowledged. */
  const failBatch = (failed: { waiters: Waiter[] }, error: unknown) => {
    if (batch === failed) batch = undefined;
    pending = [];
    reloadAll();
    for (const waiter of failed.waiters) waiter.reject(error);
  };
  const commitBatch = (committing: { waiters: Waiter[] }) => {
    if (batch !== committing) return;
    batch = undefined;
    try {
      db.exec('COMMIT');
    } catch (error) {
      noteFailure(error);
      if (db.inTransaction) db.exec('ROLLBACK');
      failBatch(committing, error);
      return;
    }
    storageFailure = undefined;
    publish();
    for (const waiter of committing.waiters) waiter.resolve();
  };
  const loadCaches = () => {
    counterStates = new Map(repositories.centre.counterStates().map((state) => [state.counterId, state]));
    closedServices = repositories.centre.closedServices();
    currentDay = repositories.centre.getMeta('business_day');
  };
  loadCaches();

  const context: EngineContext = {
    db,
    clock,
    ...repositories,
    estimator: createEstimator(repositories.tickets),
    index: () => index,
    setConfig(config) {
      index = indexCentre(config);
      context.estimator.forgetAll();
    },
    counterStates: () => counterStates,
    saveCounterState(state) {
      repositories.centre.saveCounterState(state);
      counterStates.set(state.counterId, state);
    },
    closedServices: () => closedServices,
    setServiceClosed(serviceId, closed) {
      repositories.centre.saveServiceState(serviceId, closed, clock.now());
      if (closed) closedServices.add(serviceId);
      else closedServices.delete(serviceId);
    },
    businessDay() {
      const now = clock.now();
      // The day only changes at the reset time: skip the time-zone arithmetic until then.
      if (dayWindow && dayWindow.config === index.config && now >= dayWindow.from && now < dayWindow.until && dayWindow.day === currentDay) {
        return dayWindow.day;
      }
      const { timeZone } = index.config.centre;
      const resetTime = index.config.hours.dailyResetTime;
      const day = businessDayOf(now, timeZone, resetTime);
      if (day !== currentDay) {
        const from = currentDay;
        // Business days only move forward, and only on a clock that can be believed (day-reset.ts).
        const rolled =
          (from === undefined || day > from) &&
          context.transaction(() => {
            if (!rollOver(context, from, day)) return false;
            repositories.centre.setMeta('business_day', day);
            currentDay = day;
            return true;
          });
        if (!rolled && from !== undefined) return from;
      }
      dayWindow = { config: index.config, day, from: fromLocal(day, minutesOf(resetTime), timeZone), until: nextReset(now, timeZone, resetTime) };
      return day;
    },
    transaction<T>(work: () => T): T {
      if (depth > 0) return work();
      if (groupCommit && !db.inTransaction) {
        // SQLite ended the open batch by itself (a failed write rolled it all back): fail its requests.
        if (batch) failBatch(batch, new Error('The batch of writes was rolled back by the database.'));
        // Group commit: the writes of one event-loop turn share one SQLite transaction, so the
        // disk is synced once for all of them; each write still runs alone, in its savepoint.
        db.exec('BEGIN IMMEDIATE');
        const opened = { waiters: [] as Waiter[] };
        batch = opened;
        setImmediate(() => commitBatch(opened));
      }
      const pendingBefore = pending.length;
      const memoryBefore = repositories.tickets.memoryVersion();
      depth += 1;
      try {
        // Inside an open batch, better-sqlite3 runs this as a savepoint: a failure undoes only it.
        const result = db.transaction(work)();
        depth -= 1;
        if (!groupCommit) {
          storageFailure = undefined;
          publish();
        }
        return result;
      } catch (error) {
        depth -= 1;
        noteFailure(error);
        if (groupCommit && batch && !db.inTransaction) {
          // SQLite rolled back the whole batch, not only this write's savepoint (SQLITE_FULL does):
          // the other writes of this turn are gone too, so their requests must hear so.
          failBatch(batch, error);
          throw error;
        }
        pending.length = pendingBefore;
        loadCaches();
        // Most refusals happen before anything is written: rebuild the queues only if they moved.
        if (repositories.tickets.memoryVersion() !== memoryBefore) {
          repositories.tickets.reloadQueues();
          context.estimator.forgetAll();
        }
        throw error;
      }
    },
    durable() {
      const open = batch;
      if (!open) return Promise.resolve();
      return new Promise<void>((resolve, reject) => open.waiters.push({ resolve, reject }));
    },
    async settled() {
      while (batch) await context.durable().catch(() => undefined);
    },
    record(event, publish) {
      const ticket = event.ticket;
      // Ids are assigned here (the log is never deleted from) so a payload can name its own event.
      const id = repositories.events.lastId() + 1;
      // The last guard of the append-only log and the stream: a string holding a CPR number (free
      // text the schemas missed, an old row) is blanked before it is written or sent.
      const data = withoutCpr(typeof publish?.data === 'function' ? publish.data(id) : publish?.data);
      const entry = repositories.events.append({
        id,
        at: clock.now(),
        type: publish?.type ?? event.type,
        ticketId: ticket?.id ?? null,
        counterId: event.counterId ?? ticket?.counterId ?? null,
        staffId: event.staffId ?? null,
        details: withoutCpr({ ...(ticket ? { number: ticket.number, serviceId: ticket.serviceId } : {}), ...event.details }),
        payload: publish ? data : null,
      });
      if (publish) pending.push({ id: entry.id, type: publish.type, data } as PublishedEvent);
      return entry;
    },
    onPublish(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clockTrust: createClockTrust({ clock, newestEventAt: repositories.events.newestAt(), ...(options.log && { log: options.log }) }),
    storageFailure: () => storageFailure,
  };
  return context;
}
