import { connectEventStream, parseServerEvent, serverEventNames } from '@dintur/shared';
import type { Centre, Colleague, CounterState, PendingTransfer, QueueSummary, ServerEvent, StaffTicket } from '@dintur/shared';
import type { ApiClient } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import { DeviceList, type DeviceFeed } from './devices.js';
import { clockFromSnapshot, observeServerTime, type ServerClock } from './server-clock.js';
import { applyPublicTicket, applyTicket, applyTicketList, isActive, type TicketBook } from './ticket-book.js';

export type Connection = 'connecting' | 'online' | 'offline';

/** What every page of the app renders from; replaced as a whole on every change. */
export type LiveView = {
  connection: Connection;
  /** The centre as the last snapshot and the events since say; null until the first snapshot. */
  centre: Centre | null;
  /** The day's tickets in play, with staff details (notes, places, reservations). */
  tickets: TicketBook;
  /** Transferred tickets not yet called, by ticket id. */
  transfers: ReadonlyMap<number, PendingTransfer>;
  colleagues: readonly Colleague[];
  clock: ServerClock;
  devices: DeviceFeed;
  /** The tickets have been loaded at least once (until then an empty book means "not known yet"). */
  ticketsLoaded: boolean;
};

export type LiveStore = {
  subscribe(listener: () => void): () => void;
  getView(): LiveView;
  /** An action's answer: the newest state of that ticket, shown at once. */
  takeTicket(ticket: StaffTicket): void;
  /** A counter's new state from an action's answer. */
  takeCounter(counter: CounterState): void;
  refreshColleagues(): void;
  /**
   * Every event of the stream once the store has taken it (a snapshot on each (re)connect): what
   * the overview's feed is made of.
   */
  onEvent(listener: (event: ServerEvent) => void): () => void;
  close(): void;
};

export type LiveStoreOptions = {
  api: ApiClient;
  /** Whether to follow device status (the overview's alerts): leaders only. */
  followDevices: boolean;
  /** Silence on the stream longer than this means the connection is dead. */
  watchdogMs?: number;
};

/** The ticket without its history: the book keeps the present only. */
function withoutHistory({ history, ...ticket }: StaffTicket & { history: unknown[] }): StaffTicket {
  void history;
  return ticket;
}

/**
 * The app's live picture of the centre: the event stream's snapshot and events, completed with
 * what only signed-in staff may read (`GET /api/tickets` for notes and places, colleagues,
 * pending transfers, devices). Public events carry no notes, so a ticket an event touches is
 * fetched again; answers that arrive out of order never overwrite a newer state.
 */
export function createLiveStore(options: LiveStoreOptions): LiveStore {
  const { api } = options;
  const listeners = new Set<() => void>();
  const eventListeners = new Set<(event: ServerEvent) => void>();
  let view: LiveView = {
    connection: 'connecting',
    centre: null,
    tickets: new Map(),
    transfers: new Map(),
    colleagues: [],
    clock: { offsetMs: 0 },
    devices: { state: 'loading' },
    ticketsLoaded: false,
  };
  let closed = false;
  /** Between (re)connecting and the snapshot: events then are covered by the snapshot's reload. */
  let syncing = true;
  let requestSequence = 0;
  const latestTicketRequest = new Map<number, number>();
  let listSequence = 0;
  /** Tickets changed while a full list is on its way: their newer state wins over the list. */
  let changedDuringList: Set<number> | null = null;

  const publish = (changes: Partial<LiveView>) => {
    if (closed) return;
    view = { ...view, ...changes };
    for (const listener of listeners) listener();
  };

  const markChanged = (id: number) => {
    changedDuringList?.add(id);
    latestTicketRequest.set(id, ++requestSequence);
  };

  const observe = (...times: (string | null | undefined)[]) => {
    let clock = view.clock;
    for (const time of times) clock = observeServerTime(clock, time, Date.now());
    return clock;
  };

  const warn = (what: string, error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return; // the session handler shows sign-in
    console.warn(`staff app: could not ${what}`, error);
  };

  const takeTicket = (ticket: StaffTicket) => {
    markChanged(ticket.id);
    const transfers = new Map(view.transfers);
    if (ticket.status !== 'waiting') transfers.delete(ticket.id);
    publish({ tickets: applyTicket(view.tickets, ticket), transfers, clock: observe(ticket.calledAt, ticket.startedAt, ticket.finishedAt) });
  };

  const fetchTicket = async (id: number) => {
    const request = ++requestSequence;
    latestTicketRequest.set(id, request);
    try {
      const ticket = withoutHistory(await api.call('getTicket', { params: { id } }));
      if (latestTicketRequest.get(id) !== request) return;
      changedDuringList?.add(id);
      publish({ tickets: applyTicket(view.tickets, ticket) });
    } catch (error) {
      warn(`fetch ticket ${id}`, error);
    }
  };

  const reloadTickets = async () => {
    const sequence = ++listSequence;
    changedDuringList = new Set();
    try {
      const list = await api.call('listTickets', { query: {} });
      if (sequence !== listSequence) return;
      publish({ tickets: applyTicketList(view.tickets, list, changedDuringList), ticketsLoaded: true });
    } catch (error) {
      warn('fetch the tickets', error);
    } finally {
      if (sequence === listSequence) changedDuringList = null;
    }
  };

  const reloadTransfers = async () => {
    try {
      const list = await api.call('listPendingTransfers');
      publish({ transfers: new Map(list.map((transfer) => [transfer.ticketId, transfer])) });
    } catch (error) {
      warn('fetch the pending transfers', error);
    }
  };

  const reloadColleagues = async () => {
    try {
      publish({ colleagues: await api.call('listColleagues') });
    } catch (error) {
      warn('fetch the colleagues', error);
    }
  };

  const reloadCentre = async () => {
    try {
      publish({ centre: await api.call('getCentre') });
    } catch (error) {
      warn('fetch the centre', error);
    }
  };

  const reloadDevices = async () => {
    if (!options.followDevices) return;
    try {
      publish({ devices: { state: 'ready', devices: await api.get('/api/devices', DeviceList) } });
    } catch (error) {
      // Until the device-status part of the server exists, say so once instead of alerting.
      if (error instanceof ApiError && error.status === 404) publish({ devices: { state: 'unavailable' } });
      else {
        warn('fetch the device status', error);
        publish({ devices: { state: 'failed' } });
      }
    }
  };

  let colleaguesTimer: number | null = null;
  const reloadColleaguesSoon = () => {
    if (colleaguesTimer !== null) return;
    colleaguesTimer = window.setTimeout(() => {
      colleaguesTimer = null;
      void reloadColleagues();
    }, 150);
  };

  const withQueues = (centre: Centre | null, queues: readonly QueueSummary[]): Centre | null => {
    if (!centre || queues.length === 0) return centre;
    const byService = new Map(queues.map((queue) => [queue.serviceId, queue]));
    return {
      ...centre,
      services: centre.services.map((service) => {
        const queue = byService.get(service.id);
        return queue ? { ...service, waiting: queue.waiting, estimatedWaitMinutes: queue.estimatedWaitMinutes } : service;
      }),
    };
  };

  const withCounter = (centre: Centre | null, counter: CounterState): Centre | null =>
    centre && { ...centre, counters: centre.counters.map((known) => (known.id === counter.id ? counter : known)) };

  const takeEvent = (event: ServerEvent) => {
    switch (event.type) {
      case 'snapshot': {
        syncing = false;
        publish({ centre: event.data.centre, clock: clockFromSnapshot(event.data.serverTime, Date.now()) });
        void reloadTickets();
        void reloadTransfers();
        void reloadColleagues();
        void reloadDevices();
        return;
      }
      case 'ticket.issued':
      case 'ticket.called':
      case 'ticket.recalled':
      case 'ticket.started':
      case 'ticket.finished':
      case 'ticket.no-show':
      case 'ticket.undone':
      case 'ticket.cancelled':
      case 'ticket.transferred': {
        if (syncing) return;
        const { ticket, queues } = event.data;
        markChanged(ticket.id);
        const transfers = new Map(view.transfers);
        if (ticket.status !== 'waiting') transfers.delete(ticket.id);
        const book = applyPublicTicket(view.tickets, ticket);
        publish({
          tickets: book,
          transfers,
          centre: withQueues(view.centre, queues),
          clock: observe(ticket.issuedAt, ticket.calledAt),
        });
        if (isActive(ticket.status)) void fetchTicket(ticket.id);
        if (event.type === 'ticket.transferred') void reloadTransfers();
        return;
      }
      case 'counter.changed': {
        const { counter } = event.data;
        publish({ centre: withCounter(view.centre, counter) });
        reloadColleaguesSoon();
        return;
      }
      case 'service.changed': {
        const { serviceId, open, closedByStaff } = event.data;
        const centre = view.centre && {
          ...view.centre,
          services: view.centre.services.map((service) => (service.id === serviceId ? { ...service, open, closedByStaff } : service)),
        };
        publish({ centre });
        return;
      }
      case 'config.changed':
        void reloadCentre();
        void reloadColleagues();
        return;
      case 'day.reset':
        void reloadTickets();
        void reloadTransfers();
        return;
      case 'heartbeat':
        return;
    }
  };

  const connection = connectEventStream({
    appName: 'staff app',
    url: () => '/api/events',
    createEventSource: (url) => new EventSource(url),
    eventNames: serverEventNames,
    watchdogMs: options.watchdogMs ?? 40_000,
    lastEventId: () => null,
    onOpen: () => {
      syncing = true;
    },
    onEvent: (type, id, data) => {
      // A device's change is a sign to read GET /api/devices again (it carries less than the list).
      if (type === 'device.changed') {
        void reloadDevices();
        return;
      }
      const event = parseServerEvent(type, id, data, 'staff app');
      if (!event) return;
      takeEvent(event);
      for (const listener of eventListeners) listener(event);
    },
    onHealth: (healthy) => {
      const next: Connection = healthy ? 'online' : 'offline';
      if (next !== view.connection) publish({ connection: next });
    },
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    takeTicket,
    takeCounter(counter) {
      publish({ centre: withCounter(view.centre, counter) });
    },
    refreshColleagues: () => void reloadColleagues(),
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    close() {
      closed = true;
      connection.close();
      if (colleaguesTimer !== null) window.clearTimeout(colleaguesTimer);
      listeners.clear();
      eventListeners.clear();
    },
  };
}
