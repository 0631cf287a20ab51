import { finalTicketStatuses, ticketEventNames, undoWindowSeconds, type Tracking } from '@dintur/shared';

/** The part of the browser's EventSource the follower uses, so tests can give a fake. */
export type EventSourceLike = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
};

export type Timers = {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
};

/** How the page is kept up to date: live from the stream, or only by asking now and then. */
export type LinkState = 'live' | 'polling';

export type FollowerOptions = {
  /** `GET /api/track/{code}`: the ticket now. Rejects on failure; `gone` says the ticket does not exist. */
  fetchTracking(): Promise<Tracking>;
  createEventSource(): EventSourceLike;
  onTracking(tracking: Tracking): void;
  onFailure(error: unknown): void;
  onLink(state: LinkState): void;
  timers: Timers;
  /** How often to ask anyway while the stream is live (a missed event) and while it is down. */
  livePollMs?: number;
  downPollMs?: number;
  /** Events of the same moment are taken in with one request. */
  debounceMs?: number;
  /** How long to go on listening once the ticket has ended: staff may take a no-show or a finish back for a few seconds. */
  lingerMs?: number;
  random?: () => number;
};


const closedState = 2;

/** Which service and number an event is about (its payload is public: numbers, never names). */
function subjectOf(data: string): { serviceId?: string; number?: string; fromServiceId?: string } {
  try {
    const parsed: unknown = JSON.parse(data);
    const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
    const ticket = field(parsed, 'ticket');
    const serviceId = field(ticket, 'serviceId');
    const number = field(ticket, 'number');
    const fromServiceId = field(parsed, 'fromServiceId');
    return {
      ...(typeof serviceId === 'string' && { serviceId }),
      ...(typeof number === 'string' && { number }),
      ...(typeof fromServiceId === 'string' && { fromServiceId }),
    };
  } catch {
    return {};
  }
}

/** The services of the counter a `counter.changed` event is about (its payload is public). */
function servesOf(data: string): string[] {
  try {
    const parsed: unknown = JSON.parse(data);
    const counter: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'counter') : undefined;
    const services: unknown = typeof counter === 'object' && counter !== null ? Reflect.get(counter, 'services') : undefined;
    return Array.isArray(services) ? services.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Follows one ticket for its tracking page. The ticket's state is always read from
 * `GET /api/track/{code}`; the public event stream only says *when* to read it again: on every
 * (re)connect (its snapshot), on every ticket event of the ticket's service and when a counter
 * serving it opens, pauses or closes. So nothing the
 * stream carries can be misread, and a dropped connection loses nothing: the browser reconnects
 * (a closed stream is reopened after a growing pause), and meanwhile the page asks every few
 * seconds. It stops once the ticket's story has ended (and stayed so for the seconds staff have to take it back).
 */
export function followTicket(options: FollowerOptions): { refresh(): void; close(): void } {
  const { timers } = options;
  const livePollMs = options.livePollMs ?? 30_000;
  const downPollMs = options.downPollMs ?? 5_000;
  const debounceMs = options.debounceMs ?? 250;
  const random = options.random ?? Math.random;
  const lingerMs = options.lingerMs ?? (undoWindowSeconds + 5) * 1000;
  let current: Tracking | null = null;
  let source: EventSourceLike | null = null;
  let live = false;
  let closed = false;
  let failures = 0;
  let pollTimer: number | null = null;
  let debounceTimer: number | null = null;
  let reopenTimer: number | null = null;
  let stopTimer: number | null = null;
  let inFlight = false;
  let again = false;

  const clear = (handle: number | null) => {
    if (handle !== null) timers.clearTimeout(handle);
  };
  const schedulePoll = () => {
    clear(pollTimer);
    if (closed) return;
    pollTimer = timers.setTimeout(() => refresh(), live ? livePollMs : downPollMs);
  };
  const setLive = (value: boolean) => {
    if (live === value) return;
    live = value;
    options.onLink(value ? 'live' : 'polling');
    schedulePoll();
  };

  const finished = (tracking: Tracking) => finalTicketStatuses.includes(tracking.status);

  function refresh(): void {
    if (closed) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    options
      .fetchTracking()
      .then(
        (tracking) => {
          current = tracking;
          if (!closed) options.onTracking(tracking);
          // An ended ticket is followed a little longer: a no-show marked by mistake is taken back at once.
          if (!finished(tracking)) {
            clear(stopTimer);
            stopTimer = null;
          } else stopTimer ??= timers.setTimeout(stop, lingerMs);
        },
        (error: unknown) => {
          if (!closed) options.onFailure(error);
        },
      )
      .finally(() => {
        inFlight = false;
        if (again && !closed) {
          again = false;
          refresh();
        } else {
          schedulePoll();
        }
      });
  }

  const refreshSoon = () => {
    clear(debounceTimer);
    debounceTimer = timers.setTimeout(() => {
      debounceTimer = null;
      refresh();
    }, debounceMs);
  };

  const open = () => {
    if (closed) return;
    const opened = options.createEventSource();
    source = opened;
    opened.onerror = () => {
      if (source !== opened) return;
      setLive(false);
      // CONNECTING: the browser retries by itself. CLOSED (an HTTP error): it never will.
      if (opened.readyState === closedState) {
        opened.close();
        source = null;
        const delay = Math.min(30_000, 1_000 * 2 ** failures) * (0.8 + 0.4 * random());
        failures += 1;
        reopenTimer = timers.setTimeout(() => {
          reopenTimer = null;
          open();
        }, delay);
      }
    };
    opened.addEventListener('snapshot', () => {
      if (source !== opened) return;
      failures = 0;
      setLive(true);
      refresh();
    });
    // A counter that serves this ticket's service opening, pausing or closing changes its wait
    // (and whether any counter is open for it at all) without any ticket event.
    opened.addEventListener('counter.changed', (event) => {
      if (source !== opened || current === null) return;
      if (servesOf(event.data).includes(current.serviceId)) refreshSoon();
    });
    // Any ticket event of this service may move this ticket's place in its queue.
    for (const name of ticketEventNames) {
      opened.addEventListener(name, (event) => {
        if (source !== opened || current === null) return;
        const subject = subjectOf(event.data);
        const mine = subject.number === current.number || subject.serviceId === current.serviceId || subject.fromServiceId === current.serviceId;
        if (mine) refreshSoon();
      });
    }
  };

  function stop(): void {
    closed = true;
    source?.close();
    source = null;
    for (const handle of [pollTimer, debounceTimer, reopenTimer, stopTimer]) clear(handle);
  }

  refresh();
  open();
  return { refresh, close: stop };
}
