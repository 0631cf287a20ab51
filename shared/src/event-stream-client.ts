import { serverEvents, type ServerEvent, type ServerEventName } from './events.js';

/**
 * The client side of the server-event map: a robust `GET /api/events` connection for every app
 * that runs in a browser. Written against a small EventSource-like type, so it has no DOM
 * dependency of its own and is tested in Node with a fake.
 */
/** Reconnect delays: quick first tries (a server restart takes seconds), then at most `maxMs` apart. */
export const backoffSettings = { firstMs: 500, maxMs: 30_000, jitter: 0.2 } as const;

/**
 * The wait before reconnect attempt `attempt` (0 for the first): doubling from 0.5 s up to
 * `maxMs` (30 s by default), spread by ±20 % so that every screen of a centre does not knock on a
 * restarted server at the same instant. `random` is a number in [0, 1), injected for tests.
 */
export function reconnectDelayMs(attempt: number, random: number, maxMs: number = backoffSettings.maxMs): number {
  const base = Math.min(maxMs, backoffSettings.firstMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - backoffSettings.jitter + 2 * backoffSettings.jitter * random));
}

/** What the connection reads of a MessageEvent of the stream. */
export type StreamMessage = { readonly type: string; readonly lastEventId: string; readonly data: string };

/** The part of the browser's EventSource the connection uses, so tests can give a fake. */
export type EventSourceLike = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: StreamMessage) => void): void;
  close(): void;
};

/** EventSource.CLOSED: the browser gave up (an HTTP error status or a wrong content type). */
const closedState = 2;

/** Timers, injected for tests; a handle is whatever `setTimeout` gave. */
export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type EventConnectionOptions = {
  /** The stream's URL, resuming after `lastEventId` when one is known. */
  url(lastEventId: number | null): string;
  createEventSource(url: string): EventSourceLike;
  /** Named events to listen for (EventSource delivers a named event only to listeners of its name). */
  eventNames: readonly string[];
  /** Silence longer than this means the connection is dead even if the socket looks open. */
  watchdogMs: number;
  /** The newest event id the app has taken in, for the URL of a new EventSource. */
  lastEventId(): number | null;
  /** A connection opened: replayed events and a snapshot follow. */
  onOpen(): void;
  onEvent(type: string, id: string, data: string): void;
  /** Whether the stream is believed to be working; false as soon as it fails or falls silent. */
  onHealth(healthy: boolean): void;
  timers?: Timers;
  random?: () => number;
  /** Names the app in the console's warnings ("display", "kiosk", "staff app"). */
  appName: string;
  /** The longest pause between reconnect attempts (30 s by default; a kiosk uses 10 s). */
  maxBackoffMs?: number;
};

/** The name of the server's heartbeat event: it carries nothing but proof of life. */
export const heartbeatEventName = 'heartbeat';

/**
 * An app's link to `GET /api/events` (the display, the kiosk and the staff app each use it in the
 * browser). The browser's EventSource reconnects by itself after a
 * network error, but it gives up for good after an HTTP error status (a restarting server behind a
 * proxy answers 502), and it cannot notice a connection that died silently (a switch rebooted, a
 * server lost power). So: a new EventSource, after a growing pause, whenever the old one is CLOSED,
 * and a watchdog that replaces it when nothing — not even the heartbeat — came for `watchdogMs`.
 * Health is reported true only once a snapshot arrived, since only then is the app in step.
 */
export function connectEventStream(options: EventConnectionOptions): { close(): void } {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    // The handle came from the same global setTimeout (a number in a browser).
    clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  };
  const random = options.random ?? Math.random;
  let source: EventSourceLike | null = null;
  let failedAttempts = 0;
  let watchdog: unknown = null;
  let reconnect: unknown = null;
  let closed = false;

  const armWatchdog = () => {
    if (watchdog !== null) timers.clearTimeout(watchdog);
    watchdog = timers.setTimeout(() => {
      console.warn(`${options.appName}: no message from the server for ${options.watchdogMs} ms; reconnecting`);
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
    const delay = reconnectDelayMs(failedAttempts, random(), options.maxBackoffMs);
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
    const onMessage = (event: StreamMessage) => {
      if (source !== current) return;
      armWatchdog();
      if (event.type === heartbeatEventName) return;
      options.onEvent(event.type, event.lastEventId, event.data);
      // Healthy only once the snapshot is taken in: then the app is in step with the server.
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

/** Every event name of the map: EventSource delivers a named event only to listeners of its name. */
export const serverEventNames = Object.keys(serverEvents) as ServerEventName[];

const isServerEventName = (name: string): name is ServerEventName => Object.hasOwn(serverEvents, name);

/**
 * One frame of the stream as a typed event, checked against the shared event map; undefined
 * (with a warning naming the app) for a frame that does not match, so a newer server's unknown
 * fields or events cannot break an app, and a malformed one is never shown.
 */
export function parseServerEvent(type: string, id: string, data: string, appName: string): ServerEvent | undefined {
  if (!isServerEventName(type)) return undefined;
  const eventId = Number(id);
  if (!Number.isInteger(eventId) || eventId < 0) {
    console.warn(`${appName}: ${type} event without a usable id (${JSON.stringify(id)}), ignored`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    console.warn(`${appName}: ${type} event ${eventId} is not JSON, ignored`);
    return undefined;
  }
  const parsed = serverEvents[type].safeParse(json);
  if (!parsed.success) {
    console.warn(`${appName}: ${type} event ${eventId} does not match the event map, ignored`, parsed.error.issues);
    return undefined;
  }
  // The schema checked above is the one of `type`, so the pairing holds.
  return { id: eventId, type, data: parsed.data } as ServerEvent;
}
