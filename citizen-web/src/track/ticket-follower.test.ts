import { describe, expect, it } from 'vitest';
import type { Tracking } from '@dintur/shared';
import { followTicket, type EventSourceLike, type LinkState, type Timers } from './ticket-follower.js';

class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data: unknown = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ type, data: JSON.stringify(data) } as MessageEvent<string>);
  }
  fail(readyState: number): void {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
  close(): void {
    this.closed = true;
  }
}

/** Timers that fire only when the test moves time on. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private pending = new Map<number, { at: number; callback: () => void }>();
  setTimeout(callback: () => void, ms: number): number {
    const handle = this.next++;
    this.pending.set(handle, { at: this.now + ms, callback });
    return handle;
  }
  clearTimeout(handle: number): void {
    this.pending.delete(handle);
  }
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await flush();
    }
    this.now = until;
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const tracking = (changes: Partial<Tracking> = {}): Tracking => ({
  number: 'A3',
  serviceId: 'passport',
  serviceName: { da: 'Pas', en: 'Passport' },
  unitName: { da: 'Borgerservice', en: 'Citizen Service' },
  timeZone: 'Europe/Copenhagen',
  status: 'waiting',
  lang: 'da',
  position: 3,
  estimatedWaitMinutes: 20,
  counterId: null,
  counterName: null,
  calledAt: null,
  ...changes,
});

function setUp(answers: Tracking[] = [tracking()]) {
  const timers = new FakeTimers();
  const sources: FakeSource[] = [];
  const seen: Tracking[] = [];
  const links: LinkState[] = [];
  let fetches = 0;
  const follower = followTicket({
    fetchTracking: async () => answers[Math.min(fetches++, answers.length - 1)]!,
    createEventSource: () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    onTracking: (value) => seen.push(value),
    onFailure: () => {},
    onLink: (state) => links.push(state),
    timers,
    random: () => 0.5,
  });
  return { follower, timers, sources, seen, links, fetches: () => fetches };
}

describe('following a ticket', () => {
  it('asks again when an event of its own service arrives, not for other services', async () => {
    const { timers, sources, seen, fetches } = setUp([tracking(), tracking({ position: 2 })]);
    await flush();
    sources[0]!.emit('snapshot');
    await timers.advance(0);
    const afterSnapshot = fetches();
    sources[0]!.emit('ticket.called', { ticket: { number: 'D7', serviceId: 'health-card' } });
    await timers.advance(1_000);
    expect(fetches()).toBe(afterSnapshot);
    sources[0]!.emit('ticket.called', { ticket: { number: 'A1', serviceId: 'passport' } });
    sources[0]!.emit('ticket.finished', { ticket: { number: 'A0', serviceId: 'passport' } });
    await timers.advance(1_000);
    expect(fetches()).toBe(afterSnapshot + 1); // two events of one moment: one request
    expect(seen.at(-1)?.position).toBe(2);
  });

  it('asks again when a counter serving its service opens or closes, not for other counters', async () => {
    const { timers, sources, fetches } = setUp([tracking(), tracking()]);
    await flush();
    sources[0]!.emit('snapshot');
    await timers.advance(0);
    const afterSnapshot = fetches();
    sources[0]!.emit('counter.changed', { counter: { id: 'po-1', services: ['pension'], status: 'open' } });
    await timers.advance(1_000);
    expect(fetches()).toBe(afterSnapshot);
    sources[0]!.emit('counter.changed', { counter: { id: 'bs-1', services: ['health-card', 'passport'], status: 'open' } });
    await timers.advance(1_000);
    expect(fetches()).toBe(afterSnapshot + 1);
  });

  it('keeps asking every few seconds while the stream is down, reopens a closed stream, and is live again on its snapshot', async () => {
    const { timers, sources, links, fetches } = setUp();
    await flush();
    sources[0]!.emit('snapshot');
    await flush();
    expect(links).toEqual(['live']);
    sources[0]!.fail(2); // an HTTP error: the browser will not retry
    expect(links).toEqual(['live', 'polling']);
    const before = fetches();
    await timers.advance(5_000);
    expect(fetches()).toBe(before + 1);
    expect(sources).toHaveLength(2); // reopened after a second
    expect(sources[0]!.closed).toBe(true);
    sources[1]!.emit('snapshot');
    await flush();
    expect(links).toEqual(['live', 'polling', 'live']);
  });

  it('stops listening and asking once the ticket’s story has ended', async () => {
    const { timers, sources, fetches } = setUp([tracking({ status: 'called', counterName: 'Skranke 1', position: null }), tracking({ status: 'finished', position: null })]);
    await flush();
    sources[0]!.emit('ticket.finished', { ticket: { number: 'A3', serviceId: 'passport' } });
    await timers.advance(1_000);
    // Still listening for the seconds in which staff may take the finish back.
    expect(sources[0]!.closed).toBe(false);
    await timers.advance(15_000);
    expect(sources[0]!.closed).toBe(true);
    const done = fetches();
    await timers.advance(120_000);
    expect(fetches()).toBe(done);
  });

  it('shows a no-show that staff took back at once: the ticket is called again, and followed on', async () => {
    const { timers, sources, seen } = setUp([
      tracking({ status: 'called', counterName: 'Skranke 1', position: null }),
      tracking({ status: 'no-show', position: null }),
      tracking({ status: 'called', counterName: 'Skranke 1', position: null }),
    ]);
    await flush();
    sources[0]!.emit('ticket.no-show', { ticket: { number: 'A3', serviceId: 'passport' } });
    await timers.advance(1_000);
    expect(seen.at(-1)?.status).toBe('no-show');
    sources[0]!.emit('ticket.undone', { ticket: { number: 'A3', serviceId: 'passport' }, undid: 'ticket.no-show' });
    await timers.advance(1_000);
    expect(seen.at(-1)?.status).toBe('called');
    await timers.advance(60_000);
    expect(sources[0]!.closed).toBe(false);
  });
});
