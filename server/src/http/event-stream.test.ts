import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../engine/engine.js';
import { createEventStream } from './event-stream.js';

/** A socket's response as the stream sees it: `buffered` is what the client has not taken. */
class FakeResponse extends EventEmitter {
  buffered = 0;
  destroyed = false;
  writes = 0;
  get writableLength() {
    return this.buffered;
  }
  writeHead() {
    return this;
  }
  write(text: string) {
    this.writes += 1;
    if (this.stalled) this.buffered += text.length;
    return !this.stalled;
  }
  destroy() {
    this.destroyed = true;
  }
  end() {}
  constructor(public stalled = false) {
    super();
  }
}

const fakeRequest = (ip: string) =>
  Object.assign(new EventEmitter(), { ip, get: () => undefined, query: {}, socket: { setNoDelay() {}, setKeepAlive() {}, remoteAddress: ip } }) as unknown as Request;

const engine = { onPublish: () => () => undefined, publishedAfter: () => [], lastEventId: () => 1, snapshot: () => ({}) } as unknown as Engine;

describe('the event stream’s slow-reader protection', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('drops a client whose socket stays full past stalledMs, keeps one that drains, and gives its place back', () => {
    const stream = createEventStream(engine, 1000, { perClient: 2, total: 10, stalledMs: 3000, clientOf: (request) => request.ip!, isExempt: () => false });
    const next = vi.fn() as NextFunction;
    const stalled = new FakeResponse(true);
    const reading = new FakeResponse(true);
    stream.handle(fakeRequest('10.0.0.1'), stalled as unknown as Response, next);
    stream.handle(fakeRequest('10.0.0.1'), reading as unknown as Response, next);
    expect(stream.clientCount()).toBe(2);

    vi.advanceTimersByTime(2000);
    // One reads what it was sent: its socket drains.
    reading.stalled = false;
    reading.buffered = 0;
    reading.emit('drain');
    vi.advanceTimersByTime(2000);
    expect(stalled.destroyed).toBe(true);
    expect(reading.destroyed).toBe(false);
    expect(stream.clientCount()).toBe(1);

    // The dropped client's place at its address is free again.
    const again = new FakeResponse();
    stream.handle(fakeRequest('10.0.0.1'), again as unknown as Response, next);
    expect(next).not.toHaveBeenCalled();
    expect(stream.clientCount()).toBe(2);
    stream.close();
  });
});
