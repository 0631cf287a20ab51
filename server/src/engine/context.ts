import { withoutCpr, type CentreConfig, type ServerEventName, type ServerEventPayload } from '@dintur/shared';
import type { CounterStateRecord } from '../data/centre-repository.js';
import type { EventRecord } from '../data/event-repository.js';
import type { Repositories } from '../data/repositories.js';
import type { TicketRecord } from '../data/ticket-repository.js';
import type { NotedStorageFailure, TransactionHooks, Transactions } from '../data/transaction.js';
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
 * configuration, cached counter state, the event log, and the one way to write: `transaction`
 * (its SQL is data/transaction.ts's; no part of the engine holds the database connection).
 */
export type EngineContext = Repositories & {
  clock: Clock;
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
  storageFailure(): NotedStorageFailure | undefined;
  /** The database file (for the health check's look at its disk); null in memory. */
  databaseFile: string | null;
};

export type ContextOptions = {
  clock: Clock;
  repositories: Repositories;
  config: CentreConfig;
  /** The write path (data/transaction.ts), told what to do when writes commit or are lost. */
  transactions: (hooks: TransactionHooks) => Transactions;
  /**
   * Called inside a transaction when the business day has changed: ends the old day. Returns
   * false to keep the old day for now (a clock that is not believable).
   */
  rollOver: (context: EngineContext, from: string | undefined, to: string) => boolean;
  /** Where the clock's doubts are said (console.warn by default). */
  log?: (message: string) => void;
};

export function createContext(options: ContextOptions): EngineContext {
  const { clock, repositories, rollOver } = options;
  let index = indexCentre(options.config);
  let counterStates = new Map<string, CounterStateRecord>();
  let closedServices = new Set<string>();
  let currentDay = repositories.centre.getMeta('business_day');
  let pending: PublishedEvent[] = [];
  let dayWindow: { config: CentreConfig; day: string; from: number; until: number } | undefined;
  const listeners = new Set<(event: PublishedEvent) => void>();

  const publish = () => {
    const published = pending;
    pending = [];
    for (const event of published) for (const listener of listeners) listener(event);
  };
  const transactions = options.transactions({
    committed: publish,
    // A whole batch rolled back: nothing it recorded or cached stands.
    batchLost() {
      pending = [];
      loadCaches();
      repositories.tickets.reloadQueues();
      context.estimator.forgetAll();
    },
  });
  const loadCaches = () => {
    counterStates = new Map(repositories.centre.counterStates().map((state) => [state.counterId, state]));
    closedServices = repositories.centre.closedServices();
    currentDay = repositories.centre.getMeta('business_day');
  };
  loadCaches();

  const context: EngineContext = {
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
      let before: { pending: number; memory: number } | undefined;
      return transactions.run(
        () => {
          // Taken inside the write, after a batch SQLite lost has been failed (and `pending` emptied).
          before ??= { pending: pending.length, memory: repositories.tickets.memoryVersion() };
          return work();
        },
        () => {
          // Only this write was undone: forget what it recorded and cached.
          if (before) pending.length = before.pending;
          loadCaches();
          // Most refusals happen before anything is written: rebuild the queues only if they moved.
          if (before && repositories.tickets.memoryVersion() !== before.memory) {
            repositories.tickets.reloadQueues();
            context.estimator.forgetAll();
          }
        },
      );
    },
    durable: () => transactions.durable(),
    settled: () => transactions.settled(),
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
    storageFailure: () => transactions.storageFailure(),
    databaseFile: transactions.file,
  };
  return context;
}
