import { afterEach, describe, expect, it } from 'vitest';
import { loopbackAddress, requestFrom, type AddressedResponse } from '../support/from-address.js';
import { openStreamFrom, type AddressedStream } from '../support/stream-from-address.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Attacks by anonymous clients on what the centre gives everyone: its bookable days, its live
 * connections and its queues (docs/DECISIONS.md, "Caps: bookings, streams, queues"). Each is
 * bounded by a cap, and the figures are printed so they can be compared. Bounds are generous:
 * these run on shared build machines.
 */
let server: TestServer | undefined;
const streams: AddressedStream[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await server?.close();
  server = undefined;
});

/** `count` requests at once, `batch` in flight at a time. */
async function inBatches<T>(count: number, batch: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, offset) => make(start + offset)))));
  }
  return results;
}

const countOf = (answers: { status: number }[], status: number) => answers.filter((answer) => answer.status === status).length;

describe('caps against anonymous floods', () => {
  it('a booking flood from ten addresses with one phone number books only as many as one number may hold', async () => {
    server = await startTestServer({ bookingLimitPerMinute: 10 });
    const s = server;
    // 30 requests from each of ten addresses, each for another quarter hour of the next days.
    const starts = ['2026-11-25', '2026-11-26', '2026-11-27'].flatMap((date) =>
      Array.from({ length: 100 }, (_, quarter) => new Date(`${date}T09:00:00+01:00`).getTime() + quarter * 15 * 60_000).map((time) => new Date(time).toISOString()),
    );
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        requestFrom(s.url, loopbackAddress(index % 10), 'POST', '/api/appointments', {
          body: { serviceId: 'passport', start: starts[index], name: `Robot ${index}`, phone: '+45 99 99 99 99', email: `robot${index}@example.dk` },
        }),
      ),
    );
    const booked = countOf(answers, 201);
    console.log(`[figures] 300 bookings from 10 addresses with one phone number: ${booked} booked, ${countOf(answers, 429)} × 429, ${countOf(answers, 409)} × 409`);
    expect(booked).toBe(3);
    expect(countOf(answers, 429)).toBe(200);
  });

  it('2,000 event streams from one client get 200; the other requests are still answered quickly', async () => {
    server = await startTestServer();
    const s = server;
    const fromOne = await inBatches(2000, 200, () => openStreamFrom(s.url, '127.0.0.2', { read: false }));
    streams.push(...fromOne);
    // Two more addresses fill the global cap of 500.
    const fromMore = await inBatches(400, 200, (index) => openStreamFrom(s.url, index < 200 ? '127.0.0.3' : '127.0.0.4', { read: false }));
    streams.push(...fromMore);
    const held = countOf(fromOne, 200);
    console.log(
      `[figures] 2,000 streams from one client: ${held} held, ${countOf(fromOne, 429)} × 429; 400 more from two addresses: ${countOf(fromMore, 200)} held, ${countOf(fromMore, 503)} × 503; ${countOf([...fromOne, ...fromMore], 200)} streams held in all`,
    );
    expect(held).toBe(200);
    expect(countOf(fromOne, 429)).toBe(1800);
    expect(countOf(fromMore, 200)).toBe(300);
    expect(countOf(fromMore, 503)).toBe(100);

    // With every stream taken, a citizen still gets a number and the centre answers, in well under a second here.
    const began = performance.now();
    const ticket = await requestFrom(s.url, '127.0.0.5', 'POST', '/api/tickets', { body: { serviceId: 'passport' } });
    const centre = await requestFrom(s.url, '127.0.0.6', 'GET', '/api/centre');
    const tookMs = performance.now() - began;
    console.log(`[figures] a ticket and the centre beside 500 stalled streams: ${Math.round(tookMs)} ms`);
    expect(ticket.status).toBe(201);
    expect(centre.status).toBe(200);
    expect(tookMs).toBeLessThan(3000);
  });

  it('a ticket flood into one queue from many addresses stops at the queue’s cap', async () => {
    server = await startTestServer({ issueLimitPerMinute: 30 });
    const s = server;
    // 15 addresses × 30 a minute: 450 attempts, all within the per-address limit.
    const answers: AddressedResponse[] = await inBatches(450, 50, (index) =>
      requestFrom(s.url, loopbackAddress(index % 15), 'POST', '/api/tickets', { body: { serviceId: 'passport' } }),
    );
    const issued = countOf(answers, 201);
    console.log(`[figures] 450 numbers asked for one queue from 15 addresses: ${issued} issued, ${countOf(answers, 409)} × 409 queue-full`);
    expect(issued).toBe(300);
    expect(answers.filter((answer) => answer.status === 409).every((answer) => answer.body.error.code === 'queue-full')).toBe(true);
  });
});
