import { describe, expect, it, vi } from 'vitest';
import { connectEventStream, parseServerEvent, reconnectDelayMs, type EventSourceLike, type StreamMessage, type Timers } from './event-stream-client.js';

/** An EventSource the test drives by hand. */
class FakeEventSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: StreamMessage) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: StreamMessage) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  emit(type: string, id: string, data = '{}'): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data, lastEventId: id }));
  }

  /** The browser gave up: an HTTP error status. */
  fail(): void {
    this.readyState = 2;
    this.onerror?.(new Event('error'));
  }

  /** A network error: the browser will retry by itself. */
  drop(): void {
    this.readyState = 0;
    this.onerror?.(new Event('error'));
  }
}

/** Timers on a clock the test moves. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.next++;
    this.pending.set(handle, { at: this.now + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.pending.delete(handle);
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, timer]) => timer.at <= end).sort((first, second) => first[1].at - second[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }
}

function setUp(lastEventId: number | null = null) {
  const timers = new FakeTimers();
  const sources: FakeEventSource[] = [];
  const log: string[] = [];
  const health: boolean[] = [];
  let last = lastEventId;
  const connection = connectEventStream({
    url: (id) => `/api/events${id === null ? '' : `?lastEventId=${id}`}`,
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    eventNames: ['snapshot', 'ticket.called'],
    watchdogMs: 37_500,
    lastEventId: () => last,
    onOpen: () => log.push('opened'),
    onEvent: (type, id) => {
      log.push(`${type} ${id}`);
      last = Number(id);
    },
    onHealth: (healthy) => health.push(healthy),
    timers,
    random: () => 0.5,
    appName: 'test',
  });
  const latest = () => sources[sources.length - 1]!;
  return { timers, sources, latest, log, health, connection };
}

describe('the event-stream connection', () => {
  it('passes on events and reports health once the snapshot is in', () => {
    const { latest, log, health } = setUp();
    latest().open();
    latest().emit('snapshot', '7');
    latest().emit('ticket.called', '8');
    expect(log).toEqual(['opened', 'snapshot 7', 'ticket.called 8']);
    expect(health).toEqual([true]);
  });

  it('opens a new EventSource, resuming after the last event, when the browser gives up', () => {
    const { timers, sources, latest, health } = setUp();
    latest().open();
    latest().emit('snapshot', '7');
    latest().fail();
    expect(health).toEqual([true, false, false]);
    expect(sources).toHaveLength(1);
    timers.advance(499);
    expect(sources).toHaveLength(1);
    timers.advance(1);
    expect(sources).toHaveLength(2);
    expect(latest().url).toBe('/api/events?lastEventId=7');
  });

  it('waits longer after each failed attempt, up to 30 s, and starts again after a snapshot', () => {
    const { timers, sources, latest } = setUp();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      latest().fail();
      const before = timers.now;
      const count = sources.length;
      while (sources.length === count) timers.advance(100);
      waits.push(timers.now - before);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    latest().open();
    latest().emit('snapshot', '3');
    latest().fail();
    const before = timers.now;
    const count = sources.length;
    while (sources.length === count) timers.advance(100);
    expect(timers.now - before).toBe(500);
  });

  it('leaves a network error to the browser, which reconnects by itself', () => {
    const { timers, sources, latest, health } = setUp();
    latest().open();
    latest().emit('snapshot', '7');
    latest().drop();
    timers.advance(10_000);
    expect(sources).toHaveLength(1);
    expect(health).toEqual([true, false]);
  });

  it('replaces a connection that stayed silent for the watchdog time', () => {
    const { timers, sources, latest } = setUp();
    latest().open();
    latest().emit('snapshot', '7');
    timers.advance(30_000);
    // The heartbeat keeps it alive...
    latest().emit('heartbeat', '7');
    timers.advance(30_000);
    expect(sources).toHaveLength(1);
    // ...silence does not.
    timers.advance(7_500);
    expect(sources[0]!.closed).toBe(true);
    timers.advance(500);
    expect(sources).toHaveLength(2);
  });

  it('does not pass heartbeats on as events', () => {
    const { latest, log } = setUp();
    latest().open();
    latest().emit('heartbeat', '');
    expect(log).toEqual(['opened']);
  });

  it('ignores what an old EventSource says after it was replaced', () => {
    const { timers, sources, log } = setUp();
    const first = sources[0]!;
    first.fail();
    timers.advance(500);
    first.emit('ticket.called', '9');
    expect(log).toEqual([]);
  });

  it('stops everything when closed', () => {
    const { timers, sources, latest, connection } = setUp();
    latest().fail();
    connection.close();
    timers.advance(60_000);
    expect(sources).toHaveLength(1);
  });
});

describe('reconnect backoff', () => {
  it('doubles from half a second up to 30 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => reconnectDelayMs(attempt, 0.5))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('spreads screens by up to 20 % either way', () => {
    expect(reconnectDelayMs(3, 0)).toBe(3200);
    expect(reconnectDelayMs(3, 0.999_999)).toBe(4800);
  });

  it('pauses at most as long as the app asks (a kiosk: 10 s)', () => {
    expect([4, 5, 6].map((attempt) => reconnectDelayMs(attempt, 0.5, 10_000))).toEqual([8000, 10000, 10000]);
  });
});

describe('reading a frame of the stream', () => {
  const heartbeatFrame = JSON.stringify({});
  const silence = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  it('gives a typed event for a frame that matches the event map', () => {
    expect(parseServerEvent('config.changed', '42', heartbeatFrame, 'test')).toEqual({ id: 42, type: 'config.changed', data: {} });
  });

  it('ignores, with a warning naming the app, a frame without a usable id, not JSON, or not matching the map', () => {
    const warn = silence();
    expect(parseServerEvent('config.changed', 'seven', heartbeatFrame, 'kiosk')).toBeUndefined();
    expect(parseServerEvent('config.changed', '7', '{not json', 'kiosk')).toBeUndefined();
    expect(parseServerEvent('day.reset', '8', JSON.stringify({ businessDay: 5 }), 'kiosk')).toBeUndefined();
    expect(warn.mock.calls.map(([message]) => String(message).split(':')[0])).toEqual(['kiosk', 'kiosk', 'kiosk']);
    warn.mockRestore();
  });

  it('passes over an event a newer server sends that this app does not know, silently', () => {
    const warn = silence();
    expect(parseServerEvent('queue.renamed', '9', heartbeatFrame, 'display')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
