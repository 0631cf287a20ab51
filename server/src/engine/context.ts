import type { CentreConfig, ServerEventName, ServerEventPayload } from '@dintur/shared';
import type { CentreRepository, CounterStateRecord } from '../data/centre-repository.js';
import type { Db } from '../data/database.js';
import type { EventRecord, EventRepository } from '../data/event-repository.js';
import type { StaffRepository } from '../data/staff-repository.js';
import type { TicketRecord, TicketRepository } from '../data/ticket-repository.js';
import { businessDayOf, fromLocal, minutesOf, nextReset } from './calendar.js';
import { indexCentre, type CentreIndex } from './centre-index.js';
import type { Clock } from './clock.js';
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
   * Runs `work` in one synchronous SQLite transaction; the events it recorded are published
   * to listeners only after the commit, and caches are reloaded if it fails.
   */
  transaction<T>(work: () => T): T;
  /** Appends to the event log; a `publish` payload also goes out on the live stream. */
  record<Name extends ServerEventName>(
    event: Recordable,
    publish?: { type: Name; data: ServerEventPayload<Name> | ((eventId: number) => ServerEventPayload<Name>) },
  ): EventRecord;
  onPublish(listener: (event: PublishedEvent) => void): () => void;
};

export type ContextOptions = {
  db: Db;
  clock: Clock;
  repositories: { tickets: TicketRepository; events: EventRepository; centre: CentreRepository; staff: StaffRepository };
  config: CentreConfig;
  /** Called inside a transaction when the business day has changed: ends the old day. */
  rollOver: (context: EngineContext, from: string | undefined, to: string) => void;
};

export function createContext(options: ContextOptions): EngineContext {
  const { db, clock, repositories, rollOver } = options;
  let index = indexCentre(options.config);
  let counterStates = new Map<string, CounterStateRecord>();
  let closedServices = new Set<string>();
  let currentDay = repositories.centre.getMeta('business_day');
  let pending: PublishedEvent[] = [];
  let depth = 0;
  let dayWindow: { config: CentreConfig; day: string; from: number; until: number } | undefined;
  const listeners = new Set<(event: PublishedEvent) => void>();

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
      dayWindow = { config: index.config, day, from: fromLocal(day, minutesOf(resetTime), timeZone), until: nextReset(now, timeZone, resetTime) };
      if (day !== currentDay) {
        const from = currentDay;
        context.transaction(() => {
          rollOver(context, from, day);
          repositories.centre.setMeta('business_day', day);
          currentDay = day;
        });
      }
      return day;
    },
    transaction<T>(work: () => T): T {
      if (depth > 0) return work();
      depth += 1;
      try {
        const result = db.transaction(work)();
        const published = pending;
        pending = [];
        depth -= 1;
        for (const event of published) for (const listener of listeners) listener(event);
        return result;
      } catch (error) {
        pending = [];
        depth -= 1;
        loadCaches();
        repositories.tickets.reloadQueues();
        throw error;
      }
    },
    record(event, publish) {
      const ticket = event.ticket;
      // Ids are assigned here (the log is never deleted from) so a payload can name its own event.
      const id = repositories.events.lastId() + 1;
      const data = typeof publish?.data === 'function' ? publish.data(id) : publish?.data;
      const entry = repositories.events.append({
        id,
        at: clock.now(),
        type: publish?.type ?? event.type,
        ticketId: ticket?.id ?? null,
        counterId: event.counterId ?? ticket?.counterId ?? null,
        staffId: event.staffId ?? null,
        details: { ...(ticket ? { number: ticket.number, serviceId: ticket.serviceId } : {}), ...event.details },
        payload: publish ? data : null,
      });
      if (publish) pending.push({ id: entry.id, type: publish.type, data } as PublishedEvent);
      return entry;
    },
    onPublish(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return context;
}
