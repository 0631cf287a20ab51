import { afterEach, describe, expect, it } from 'vitest';
import { callNext, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';
import { eventData, eventId, openEventStream, type EventStreamClient, type SseFrame } from './sse-client.js';

describe('server-sent events at /api/events', () => {
  const server = serverPerTest();
  const streams: EventStreamClient[] = [];
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  async function connect(options: { lastEventId?: number } = {}) {
    const stream = await openEventStream(server().url, options);
    streams.push(stream);
    return stream;
  }

  async function take(stream: EventStreamClient, count: number): Promise<SseFrame[]> {
    const frames: SseFrame[] = [];
    for (let index = 0; index < count; index += 1) frames.push(await stream.next());
    return frames;
  }

  it('starts every connection with a snapshot of the whole state, carrying an id', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const stream = await connect();
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);

    const first = await stream.next();
    const snapshot = eventData(first, 'snapshot');
    expect(eventId(first)).toBeGreaterThan(0);
    expect(stream.parser.retryMs).toBe(2000);
    expect(snapshot.tickets.map((ticket) => ticket.number)).toEqual(['A1']);
    expect(snapshot.centre.services.find((service) => service.id === 'passport')?.waiting).toBe(1);
    expect(snapshot.recentCalls).toEqual([]);
    // A display judges the age of replayed calls by the server's clock, not its own.
    expect(snapshot.serverTime).toBe(new Date(s.clock.now()).toISOString());
  });

  it('sends ticket.issued with a higher id when a number is taken', async () => {
    const s = server();
    const stream = await connect();
    const snapshotId = eventId(await stream.next());
    const ticket = await issueTicket(s, 'passport');

    const issued = await stream.next();
    expect(eventId(issued)).toBeGreaterThan(snapshotId);
    const data = eventData(issued, 'ticket.issued');
    expect(data.ticket).toMatchObject({ id: ticket.id, number: 'A1', status: 'waiting' });
    expect(data.queues).toEqual([expect.objectContaining({ serviceId: 'passport', waiting: 1 })]);
    // The stream is public: no tracking code.
    expect(issued.data).not.toContain(ticket.trackingCode);
  });

  it('sends every step of a visit and counter change, with increasing ids', async () => {
    const s = server();
    const stream = await connect();
    await stream.next();
    const first = await issueTicket(s, 'information');
    const second = await issueTicket(s, 'information');
    const third = await issueTicket(s, 'information');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-3');
    await callNext(s, clerk.token, 'bs-3');
    await ticketAction(s, clerk.token, first.id, 'recall');
    await ticketAction(s, clerk.token, first.id, 'start');
    await ticketAction(s, clerk.token, first.id, 'finish', { outcome: 'self-service' });
    expect((await callNext(s, clerk.token, 'bs-3'))?.id).toBe(second.id);
    await ticketAction(s, clerk.token, second.id, 'no-show');
    expect((await callNext(s, clerk.token, 'bs-3'))?.id).toBe(third.id);
    await ticketAction(s, clerk.token, third.id, 'transfer', { serviceId: 'housing-benefit', note: 'private remark' });

    const frames = await take(stream, 12);
    expect(frames.map((frame) => frame.event)).toEqual([
      'ticket.issued',
      'ticket.issued',
      'ticket.issued',
      'counter.changed',
      'ticket.called',
      'ticket.recalled',
      'ticket.started',
      'ticket.finished',
      'ticket.called',
      'ticket.no-show',
      'ticket.called',
      'ticket.transferred',
    ]);
    const ids = frames.map(eventId);
    ids.slice(1).forEach((id, index) => expect(id).toBeGreaterThan(ids[index]!));

    expect(eventData(frames[3]!, 'counter.changed').counter).toMatchObject({ id: 'bs-3', status: 'open' });
    expect(eventData(frames[4]!, 'ticket.called').call).toMatchObject({ number: 'G1', counterId: 'bs-3', counterName: 'Skranke 3', recall: false });
    expect(eventData(frames[5]!, 'ticket.recalled').call).toMatchObject({ number: 'G1', recall: true });
    expect(eventData(frames[7]!, 'ticket.finished')).toMatchObject({ outcome: 'self-service', ticket: { number: 'G1', status: 'finished' } });
    expect(eventData(frames[9]!, 'ticket.no-show').ticket).toMatchObject({ number: 'G2', status: 'no-show' });
    expect(eventData(frames[11]!, 'ticket.transferred')).toMatchObject({
      fromServiceId: 'information',
      ticket: { number: 'G3', serviceId: 'housing-benefit', status: 'waiting' },
    });
    // Notes are for staff, never on the public stream.
    expect(frames.some((frame) => frame.data.includes('private remark'))).toBe(false);
  });

  it('replays the missed events (ids above Last-Event-ID) before the snapshot on reconnect', async () => {
    const s = server();
    const first = await connect();
    await first.next();
    await issueTicket(s, 'passport');
    const seen = eventId(await first.next());
    first.close();

    await issueTicket(s, 'passport');
    await issueTicket(s, 'pension');
    await s.request('POST', '/api/services/passport/close', { token: s.adminToken });

    const again = await connect({ lastEventId: seen });
    const frames = await take(again, 4);
    expect(frames.map((frame) => frame.event)).toEqual(['ticket.issued', 'ticket.issued', 'service.changed', 'snapshot']);
    const replayed = frames.slice(0, 3).map(eventId);
    expect(replayed[0]).toBeGreaterThan(seen);
    expect(replayed).toEqual([...replayed].sort((a, b) => a - b));
    expect(eventData(frames[0]!, 'ticket.issued').ticket.number).toBe('A2');
    expect(eventData(frames[1]!, 'ticket.issued').ticket.number).toBe('P1');
    expect(eventData(frames[2]!, 'service.changed')).toEqual({ serviceId: 'passport', open: false, closedByStaff: true });
    // The snapshot carries the newest id, so a later reconnect resumes from there.
    expect(eventId(frames[3]!)).toBe(replayed[2]);
    expect(eventData(frames[3]!, 'snapshot').tickets.map((ticket) => ticket.number)).toEqual(['A1', 'A2', 'P1']);
  });

  it('sends only the snapshot on a reconnect that missed nothing, then goes on live', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const first = await connect();
    const latest = eventId(await first.next());
    first.close();

    const again = await connect({ lastEventId: latest });
    const snapshot = await again.next();
    expect(snapshot.event).toBe('snapshot');
    expect(eventId(snapshot)).toBe(latest);
    await issueTicket(s, 'passport');
    const live = await again.next();
    expect(eventData(live, 'ticket.issued').ticket.number).toBe('A2');
    expect(eventId(live)).toBeGreaterThan(latest);
  });

  it('sends the same events to every connected display', async () => {
    const s = server();
    const [one, two] = [await connect(), await connect()];
    await one.next();
    await two.next();
    await issueTicket(s, 'information');
    const [fromOne, fromTwo] = [await one.next(), await two.next()];
    expect(fromOne).toEqual(fromTwo);
    expect(fromOne.event).toBe('ticket.issued');
  });
});
