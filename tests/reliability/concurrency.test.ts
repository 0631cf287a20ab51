import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentreConfig, ServerEventPayload, StaffTicket, Ticket } from '@dintur/shared';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openEventStream, type EventStreamClient } from './event-stream-client.js';

/** Deterministic pseudo-random numbers (a linear congruential generator), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const numberOf = (ticketNumber: string) => Number(ticketNumber.replace(/^[A-Z]+/, ''));

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('call-next from six counters at once, over HTTP', () => {
  const counterIds = ['bs-1', 'bs-2', 'bs-3', 'bs-4', 'bs-5', 'bs-6'];
  const services = ['information', 'moving'];
  const ticketCount = 300;
  const burstSize = 4;

  let server: TestServer;
  let events: EventStreamClient;
  /** Numbers of each service in the order they were issued. */
  const issuedOrder = new Map<string, string[]>(services.map((serviceId) => [serviceId, []]));
  const issuedIds = new Set<number>();
  /** What each counter's call-next answers handed it. */
  const answered = new Map<string, StaffTicket[]>();
  const unexpectedAnswers: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    // bs-1 and bs-2 also help with information and moving, so six Borgerservice counters compete for the same queues.
    const config = (await server.request('GET', '/api/config', { token: server.adminToken })).body as CentreConfig;
    for (const counter of config.counters) {
      if (counter.id === 'bs-1' || counter.id === 'bs-2') {
        counter.services.push({ serviceId: 'information', weight: 1 }, { serviceId: 'moving', weight: 1 });
      }
    }
    const replaced = await server.request('PUT', '/api/config', { token: server.adminToken, body: config });
    expect(replaced.status).toBe(200);

    // Issued one by one, a few seconds apart, so the counters' weights (moving weighs 2 at bs-3) decide
    // between the two queues while each queue must still be called in issue order.
    const random = seededRandom(20_261_124);
    for (let index = 0; index < ticketCount; index += 1) {
      const serviceId = random() < 0.6 ? 'information' : 'moving';
      const issued = await server.request('POST', '/api/tickets', { body: { serviceId } });
      expect(issued.status).toBe(201);
      const ticket = issued.body as Ticket;
      issuedOrder.get(serviceId)!.push(ticket.number);
      issuedIds.add(ticket.id);
      server.clock.advance(3_000 + Math.floor(random() * 4_000));
    }

    events = await openEventStream(`${server.url}/api/events`);

    const staff = await Promise.all(
      counterIds.map((counterId, index) => server.createStaff(`counter-staff-${index + 1}`, 'staff', 'borgerservice').then((account) => ({ counterId, ...account }))),
    );
    for (const { counterId, token } of staff) {
      const opened = await server.request('POST', `/api/counters/${counterId}/open`, { token });
      expect(opened.status).toBe(200);
    }

    // Every counter presses "next" in parallel bursts until nothing is left for it (204).
    await Promise.all(
      staff.map(async ({ counterId, token }) => {
        const tickets: StaffTicket[] = [];
        answered.set(counterId, tickets);
        for (let burst = 0; burst < ticketCount; burst += 1) {
          const answers = await Promise.all(
            Array.from({ length: burstSize }, () => server.request('POST', `/api/counters/${counterId}/call-next`, { token })),
          );
          let empty = false;
          for (const answer of answers) {
            if (answer.status === 200) tickets.push((answer.body as { ticket: StaffTicket }).ticket);
            else if (answer.status === 204) empty = true;
            else unexpectedAnswers.push(`${counterId}: ${answer.status} ${JSON.stringify(answer.body)}`);
          }
          if (empty) return;
        }
      }),
    );
    await waitFor(
      () => events.frames.filter((frame) => frame.event === 'ticket.called').length >= ticketCount,
      `${ticketCount} ticket.called events`,
    );
  });

  afterAll(async () => {
    events?.close();
    await server?.close();
  });

  const calledEvents = () =>
    events.frames
      .filter((frame) => frame.event === 'ticket.called')
      .map((frame) => ({ id: frame.id ?? 0, ...(JSON.parse(frame.data) as ServerEventPayload<'ticket.called'>) }));

  it('answers every call-next with a ticket or 204, never an error', () => {
    expect(unexpectedAnswers).toEqual([]);
  });

  it('never gives the same ticket to two counters, and skips none', () => {
    const all = [...answered.values()].flat();
    const ids = all.map((ticket) => ticket.id);
    expect(ids).toHaveLength(ticketCount);
    expect(new Set(ids).size).toBe(ticketCount);
    expect(new Set(ids)).toEqual(issuedIds);
    for (const [counterId, tickets] of answered) {
      for (const ticket of tickets) {
        expect(ticket).toMatchObject({ status: 'called', counterId });
      }
    }
  });

  it('lets every counter take part in the race', () => {
    for (const counterId of counterIds) expect(answered.get(counterId)?.length ?? 0, counterId).toBeGreaterThan(0);
  });

  it('announces each ticket exactly once, at the counter whose call-next got it', () => {
    const called = calledEvents();
    expect(called).toHaveLength(ticketCount);
    expect(new Set(called.map((event) => event.ticket.id)).size).toBe(ticketCount);
    const counterOfTicket = new Map([...answered].flatMap(([counterId, tickets]) => tickets.map((ticket) => [ticket.id, counterId] as const)));
    for (const event of called) {
      expect(event.call.counterId).toBe(counterOfTicket.get(event.ticket.id));
    }
    const eventIds = called.map((event) => event.id);
    expect(eventIds).toEqual([...eventIds].sort((a, b) => a - b));
  });

  it('calls each service’s queue in issue order', () => {
    const called = calledEvents().sort((a, b) => a.id - b.id);
    for (const serviceId of services) {
      const order = called.filter((event) => event.ticket.serviceId === serviceId).map((event) => event.ticket.number);
      expect(order).toEqual(issuedOrder.get(serviceId));
      const numbers = order.map(numberOf);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it('leaves nothing waiting or held, and every visit finished once as resolved with one call in its history', async () => {
    const open = await server.request('GET', '/api/tickets', { token: server.adminToken });
    expect(open.status).toBe(200);
    expect(open.body).toEqual([]);

    const finished = await server.request('GET', '/api/tickets?status=finished', { token: server.adminToken });
    const tickets = finished.body as StaffTicket[];
    expect(tickets).toHaveLength(ticketCount);
    expect(tickets.every((ticket) => ticket.outcome === 'resolved')).toBe(true);

    for (let start = 0; start < tickets.length; start += 50) {
      const histories = await Promise.all(
        tickets.slice(start, start + 50).map((ticket) => server.request('GET', `/api/tickets/${ticket.id}`, { token: server.adminToken })),
      );
      for (const answer of histories) {
        const ticket = answer.body as StaffTicket & { history: { type: string }[] };
        const types = ticket.history.map((entry) => entry.type);
        expect(types.filter((type) => type === 'ticket.called'), ticket.number).toHaveLength(1);
        expect(types.filter((type) => type === 'ticket.finished'), ticket.number).toHaveLength(1);
      }
    }
  });
});

describe('issuing 500 tickets at once, over HTTP', () => {
  const services = ['information', 'moving', 'passport', 'pension', 'housing-benefit'];
  const requestCount = 500;
  let server: TestServer;
  let answers: { status: number; body: unknown }[] = [];
  let prefixOf = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer();
    const centre = (await server.request('GET', '/api/centre')).body as { services: { id: string; prefix: string }[] };
    prefixOf = new Map(centre.services.map((service) => [service.id, service.prefix]));
    const random = seededRandom(500);
    const serviceIds = Array.from({ length: requestCount }, (_, index) => services[index % services.length]!);
    for (let index = serviceIds.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [serviceIds[index], serviceIds[other]] = [serviceIds[other]!, serviceIds[index]!];
    }
    // All in flight together: fetch opens a connection per pending request, so the server really
    // has hundreds of requests to interleave.
    answers = await Promise.all(serviceIds.map((serviceId) => server.request('POST', '/api/tickets', { body: { serviceId } })));
  });

  afterAll(async () => {
    await server?.close();
  });

  it('answers every request with 201', () => {
    expect(answers.map((answer) => answer.status).filter((status) => status !== 201)).toEqual([]);
  });

  it('gives 500 distinct numbers, ids and tracking codes', () => {
    const tickets = answers.map((answer) => answer.body as Ticket);
    expect(new Set(tickets.map((ticket) => ticket.number)).size).toBe(requestCount);
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(requestCount);
    expect(new Set(tickets.map((ticket) => ticket.trackingCode)).size).toBe(requestCount);
  });

  it('numbers each prefix contiguously from 1, and places each ticket by its number', () => {
    const tickets = answers.map((answer) => answer.body as Ticket);
    for (const serviceId of services) {
      const prefix = prefixOf.get(serviceId)!;
      const ofService = tickets.filter((ticket) => ticket.serviceId === serviceId);
      expect(ofService.every((ticket) => ticket.number.startsWith(prefix))).toBe(true);
      const numbers = ofService.map((ticket) => numberOf(ticket.number)).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: ofService.length }, (_, index) => index + 1));
      // Nothing was called, so the n-th ticket of a queue has n − 1 ahead of it.
      for (const ticket of ofService) expect(ticket.position, ticket.number).toBe(numberOf(ticket.number));
    }
  });
});
