import { connectEventStream, parseServerEvent, serverEventNames, withQueues } from '@dintur/shared';
import type { ServerEvent, StaffTicket } from '@dintur/shared';
import { ApiError } from '@dintur/web';
import { withCounter, withService } from './centre-patches.js';
import { initialView, type Connection, type LiveStore, type LiveStoreOptions, type LiveView } from './live-view.js';
import { clockFromSnapshot, observeServerTime } from './server-clock.js';
import { applyPublicTicket, applyTicket, applyTicketList, isActive } from './ticket-book.js';
import { createTicketOrder } from './ticket-order.js';

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
  let view: LiveView = initialView;
  let closed = false;
  /** Between (re)connecting and the snapshot: events then are covered by the snapshot's reload. */
  let syncing = true;
  const order = createTicketOrder();

  const publish = (changes: Partial<LiveView>) => {
    if (closed) return;
    view = { ...view, ...changes };
    for (const listener of listeners) listener();
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
    order.changed(ticket.id);
    const transfers = new Map(view.transfers);
    if (ticket.status !== 'waiting') transfers.delete(ticket.id);
    publish({ tickets: applyTicket(view.tickets, ticket), transfers, clock: observe(ticket.calledAt, ticket.startedAt, ticket.finishedAt) });
  };

  const fetchTicket = async (id: number) => {
    const fetch = order.fetchStarted(id);
    try {
      const ticket = withoutHistory(await api.call('getTicket', { params: { id } }));
      if (!fetch.isNewest()) return;
      fetch.taken();
      publish({ tickets: applyTicket(view.tickets, ticket) });
    } catch (error) {
      warn(`fetch ticket ${id}`, error);
    }
  };

  const reloadTickets = async () => {
    const list = order.listStarted();
    try {
      const tickets = await api.call('listTickets', { query: {} });
      if (!list.isNewest()) return;
      publish({ tickets: applyTicketList(view.tickets, tickets, list.changed), ticketsLoaded: true });
    } catch (error) {
      warn('fetch the tickets', error);
    } finally {
      list.ended();
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
      publish({ devices: { state: 'ready', devices: await api.call('listDevices') } });
    } catch (error) {
      // A server without device status (404) is said once instead of alerting.
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
        order.changed(ticket.id);
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
        publish({ centre: withService(view.centre, event.data) });
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
