import { reconnectDelayMs } from './backoff.js';

/** The part of the browser's EventSource the connection uses, so tests can give a fake. */
export type EventSourceLike = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
};

/** EventSource.CLOSED: the browser gave up (an HTTP error status or a wrong content type). */
const closedState = 2;

export type Timers = {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
};

export type EventConnectionOptions = {
  /** The stream's URL, resuming after `lastEventId` when one is known. */
  url(lastEventId: number | null): string;
  createEventSource(url: string): EventSourceLike;
  /** Named events to listen for (EventSource delivers a named event only to listeners of its name). */
  eventNames: readonly string[];
  /** Silence longer than this means the connection is dead even if the socket looks open. */
  watchdogMs: number;
  /** The newest event id the kiosk has taken in, for the URL of a new EventSource. */
  lastEventId(): number | null;
  /** A connection opened: replayed events and a snapshot follow. */
  onOpen(): void;
  onEvent(type: string, id: string, data: string): void;
  /** Whether the stream is believed to be working; false as soon as it fails or falls silent. */
  onHealth(healthy: boolean): void;
  timers?: Timers;
  random?: () => number;
};

/** The name of the server's heartbeat event: it carries nothing but proof of life. */
export const heartbeatEventName = 'heartbeat';

/**
 * The kiosk's link to `GET /api/events`, copied from display-app (an app never imports another).
 * The browser's EventSource reconnects by itself after a network error, but it gives up for good after an HTTP error status (a restarting server behind a
 * proxy answers 502), and it cannot notice a connection that died silently (a switch rebooted, a
 * server lost power). So: a new EventSource, after a growing pause, whenever the old one is CLOSED,
 * and a watchdog that replaces it when nothing — not even the heartbeat — came for `watchdogMs`.
 * Health is reported true only once a snapshot arrived, since only then are the waits on screen in step.
 */
export function connectEventStream(options: EventConnectionOptions): { close(): void } {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
  };
  const random = options.random ?? Math.random;
  let source: EventSourceLike | null = null;
  let failedAttempts = 0;
  let watchdog: number | null = null;
  let reconnect: number | null = null;
  let closed = false;

  const armWatchdog = () => {
    if (watchdog !== null) timers.clearTimeout(watchdog);
    watchdog = timers.setTimeout(() => {
      console.warn(`kiosk: no message from the server for ${options.watchdogMs} ms; reconnecting`);
      replace();
    }, options.watchdogMs);
  };

  /** Drops the current EventSource and opens a new one after the backoff pause. */
  const replace = () => {
    source?.close();
    source = null;
    if (watchdog !== null) timers.clearTimeout(watchdog);
    watchdog = null;
    options.onHealth(false);
    if (closed || reconnect !== null) return;
    const delay = reconnectDelayMs(failedAttempts, random());
    failedAttempts += 1;
    reconnect = timers.setTimeout(() => {
      reconnect = null;
      open();
    }, delay);
  };

  const open = () => {
    if (closed) return;
    const current = options.createEventSource(options.url(options.lastEventId()));
    source = current;
    armWatchdog();
    current.onopen = () => {
      if (source !== current) return;
      armWatchdog();
      options.onOpen();
    };
    current.onerror = () => {
      if (source !== current) return;
      options.onHealth(false);
      // CONNECTING: the browser retries by itself (the server asked for 2 s); the watchdog
      // still guards that. CLOSED: it never will, so this side must.
      if (current.readyState === closedState) replace();
    };
    const onMessage = (event: MessageEvent<string>) => {
      if (source !== current) return;
      armWatchdog();
      if (event.type === heartbeatEventName) return;
      options.onEvent(event.type, event.lastEventId, event.data);
      // Healthy only once the snapshot is taken in: then the screen is in step with the server.
      if (event.type === 'snapshot') {
        failedAttempts = 0;
        options.onHealth(true);
      }
    };
    for (const name of [...options.eventNames, heartbeatEventName]) current.addEventListener(name, onMessage);
  };

  open();
  return {
    close() {
      closed = true;
      source?.close();
      source = null;
      if (watchdog !== null) timers.clearTimeout(watchdog);
      if (reconnect !== null) timers.clearTimeout(reconnect);
    },
  };
}
