import { operations, connectEventStream, parseServerEvent, serverEventNames, type Centre } from '@dintur/shared';
import { createApiClient } from '@dintur/web';
import { applyServerEvent } from './centre-updates.js';

/** What the screens render; replaced as a whole on every change (React's useSyncExternalStore). */
export type KioskView = {
  /** The centre with live waits, or null until the first snapshot. */
  centre: Centre | null;
  /** Since when the server has not been reachable (this machine's clock), or null while it is. */
  offlineSince: number | null;
  /**
   * The server's clock minus this machine's, from the last snapshot: "opens tomorrow" is judged by
   * the server's day, not by a kiosk PC whose clock may be off.
   */
  serverOffsetMs: number;
};

export type KioskStore = {
  subscribe(listener: () => void): () => void;
  getView(): KioskView;
  /** Asks for the centre afresh (after a refused ticket: a service closed meanwhile). */
  refreshCentre(): Promise<void>;
  close(): void;
};

export type KioskStoreOptions = {
  /** Where the API is, ending in "/". */
  apiBase: string;
  /** The server's heartbeat interval; 2.5 of them without a message mean the link is dead. */
  heartbeatSeconds?: number;
  /** How often the centre is fetched anyway: opening hours pass without an event. */
  refreshEveryMs?: number;
};

/**
 * The kiosk's link to its server: the event stream keeps the centre (services, open or closed,
 * waits) live, and its health decides when the out-of-order screen shows.
 */
export function createKioskStore(options: KioskStoreOptions): KioskStore {
  const listeners = new Set<() => void>();
  // Not yet connected counts as offline: a kiosk that never reaches its server says so.
  let view: KioskView = { centre: null, offlineSince: Date.now(), serverOffsetMs: 0 };
  const publish = (changes: Partial<KioskView>) => {
    view = { ...view, ...changes };
    for (const listener of listeners) listener();
  };

  const api = createApiClient(operations, { baseUrl: options.apiBase });
  const refreshCentre = async () => {
    try {
      publish({ centre: await api.call('getCentre') });
    } catch (error) {
      // The stream's health decides whether the kiosk is out of order; this only keeps hours fresh.
      console.warn('kiosk: could not fetch the centre', error);
    }
  };

  const connection = connectEventStream({
    appName: 'kiosk',
    // A citizen stands before a kiosk that says "out of order": try again at least every 10 s.
    maxBackoffMs: 10_000,
    url: () => new URL('api/events', options.apiBase).href,
    createEventSource: (url) => new EventSource(url),
    eventNames: serverEventNames,
    watchdogMs: (options.heartbeatSeconds ?? 15) * 1000 * 2.5,
    // Every connection starts with a snapshot of the whole centre, which is all a kiosk needs.
    lastEventId: () => null,
    onOpen: () => undefined,
    onEvent: (type, id, data) => {
      const event = parseServerEvent(type, id, data, 'kiosk');
      if (!event) return;
      const update = applyServerEvent(view.centre, event);
      if (event.type === 'snapshot') publish({ serverOffsetMs: Date.parse(event.data.serverTime) - Date.now() });
      if (update.centre !== view.centre) publish({ centre: update.centre });
      if (update.refetch) void refreshCentre();
    },
    onHealth: (healthy) => {
      if (healthy && view.offlineSince !== null) publish({ offlineSince: null });
      else if (!healthy && view.offlineSince === null) publish({ offlineSince: Date.now() });
    },
  });
  const refresher = window.setInterval(() => {
    if (view.offlineSince === null) void refreshCentre();
  }, options.refreshEveryMs ?? 60_000);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    refreshCentre,
    close() {
      connection.close();
      window.clearInterval(refresher);
      listeners.clear();
    },
  };
}
