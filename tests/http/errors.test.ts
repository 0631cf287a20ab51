import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  callNext,
  expectClientError,
  expectError,
  expectSuccess,
  getTicket,
  issuePaths,
  issueTicket,
  serverPerTest,
  staffAtCounter,
  ticketAction,
  type HttpResponse,
} from './helpers.js';

describe('error answers: status, code and message', () => {
  const server = serverPerTest();

  it('answers malformed JSON with 400 malformed-json', async () => {
    const s = server();
    for (const text of ['{"serviceId": "passport"', '{serviceId: passport}', 'null', '"passport"']) {
      expectError(await s.request('POST', '/api/tickets', { body: text }), 400, 'malformed-json');
    }
  });

  it('answers a body that is not JSON with 415 unsupported-media-type', async () => {
    const s = server();
    const response = await s.request('POST', '/api/tickets', { body: 'serviceId=passport', headers: { 'content-type': 'text/plain' } });
    expectError(response, 415, 'unsupported-media-type');
  });

  it('answers a body over 1 MB with 413 payload-too-large', async () => {
    const s = server();
    const response = await s.request('POST', '/api/tickets', { body: { serviceId: 'passport', padding: 'x'.repeat(1_100_000) } });
    expectError(response, 413, 'payload-too-large');
  });

  it('names each field of the wrong type in the issues (400 validation-failed)', async () => {
    const s = server();
    const issue = expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 42, lang: 'DANISH' } }), 400, 'validation-failed');
    expect(issuePaths(issue).sort()).toEqual(['body.lang', 'body.serviceId']);
    expect(issue.message).toContain('body.serviceId');

    const login = expectError(await s.request('POST', '/api/auth/login', { body: { username: ['admin'] } }), 400, 'validation-failed');
    expect(issuePaths(login).sort()).toEqual(['body.password', 'body.username']);

    const ticketId = expectError(await s.request('GET', '/api/tickets/first', { token: s.adminToken }), 400, 'validation-failed');
    expect(issuePaths(ticketId)).toEqual(['params.id']);

    const limit = expectError(await s.request('GET', '/api/display?limit=500'), 400, 'validation-failed');
    expect(issuePaths(limit)).toEqual(['query.limit']);

    const status = expectError(await s.request('GET', '/api/tickets?status=waiting,asleep', { token: s.adminToken }), 400, 'validation-failed');
    expect(issuePaths(status)).toEqual(['query.status']);

    const counter = expectError(
      await s.request('POST', '/api/tickets/1/call', { token: s.adminToken, body: { counterId: 7 } }),
      400,
      'validation-failed',
    );
    expect(issuePaths(counter)).toEqual(['body.counterId']);
  });

  it('answers 404 not-found for an unknown service, ticket, counter and tracking code', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const service = expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'dragon-licence' } }), 404, 'not-found');
    expect(service.message).toContain('dragon-licence');
    expectError(await s.request('GET', '/api/tickets/4242', { token: clerk.token }), 404, 'not-found');
    expectError(await ticketAction(s, clerk.token, 4242, 'recall'), 404, 'not-found');
    expectError(await s.request('POST', '/api/counters/bs-99/open', { token: clerk.token }), 404, 'not-found');
    expectError(await s.request('POST', '/api/counters/bs-99/call-next', { token: clerk.token }), 404, 'not-found');
    expectError(await s.request('GET', '/api/track/nosuchcode42'), 404, 'not-found');
  });

  it('answers an unknown route under /api with a JSON 404 naming it', async () => {
    const s = server();
    const error = expectError(await s.request('GET', '/api/queue-of-dreams'), 404, 'not-found');
    expect(error.message).toContain('/api/queue-of-dreams');
    expectError(await s.request('DELETE', '/api/tickets'), 404, 'not-found');
  });

  it('answers 401 unauthenticated without a token, with a garbage token and with a malformed header', async () => {
    const s = server();
    expectError(await s.request('GET', '/api/tickets'), 401, 'unauthenticated');
    expectError(await s.request('POST', '/api/counters/bs-1/call-next'), 401, 'unauthenticated');
    expectError(await s.request('GET', '/api/auth/me', { token: 'not-a-real-token' }), 401, 'unauthenticated');
    expectError(await s.request('GET', '/api/config', { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } }), 401, 'unauthenticated');
    expectError(await s.request('GET', '/api/config', { headers: { cookie: 'dintur_session=forged' } }), 401, 'unauthenticated');
  });

  it('answers 403 forbidden when the role may not do it', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const agent = await s.createStaff('agent', 'agent', null);
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const config = (await s.request('GET', '/api/config', { token: s.adminToken })).body as unknown;
    const cases: [string, HttpResponse][] = [
      ['agent opening a counter', await s.request('POST', '/api/counters/bs-1/open', { token: agent.token })],
      ['agent calling next', await s.request('POST', '/api/counters/bs-1/call-next', { token: agent.token })],
      ['staff replacing the configuration', await s.request('PUT', '/api/config', { token: clerk.token, body: config })],
      [
        'staff creating staff',
        await s.request('POST', '/api/staff', {
          token: clerk.token,
          body: { username: 'friend', password: 'long-enough-secret', unitId: 'borgerservice', role: 'manager' },
        }),
      ],
      ['staff closing a service', await s.request('POST', '/api/services/passport/close', { token: clerk.token })],
    ];
    for (const [what, response] of cases) {
      expect(response.status, what).toBe(403);
      expect(expectError(response, 403, 'forbidden').message).toMatch(/role/);
    }
  });

  it('answers 409 invalid-state for an action the ticket’s state does not allow', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    expectError(await ticketAction(s, clerk.token, ticket.id, 'recall'), 409, 'invalid-state');
    await callNext(s, clerk.token, 'bs-1');
    expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'finish', { outcome: 'resolved' }), operations.finish);
    for (const action of ['recall', 'start', 'no-show', 'finish', 'cancel']) {
      const error = expectError(await ticketAction(s, clerk.token, ticket.id, action), 409, 'invalid-state');
      expect(error.message).toContain('finished');
    }
    expectError(await ticketAction(s, clerk.token, ticket.id, 'call', { counterId: 'bs-1' }), 409, 'invalid-state');
    expectError(await ticketAction(s, clerk.token, ticket.id, 'transfer', { serviceId: 'moving' }), 409, 'invalid-state');
    expect(await getTicket(s, ticket.id)).toMatchObject({ status: 'finished', outcome: 'resolved', recallCount: 0 });
  });

  it('answers 409 not-at-counter when someone acts on a ticket held at another counter', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const holder = await staffAtCounter(s, 'holder', 'borgerservice', 'bs-1');
    const neighbour = await staffAtCounter(s, 'neighbour', 'borgerservice', 'bs-2');
    await callNext(s, holder.token, 'bs-1');
    for (const action of ['recall', 'start', 'no-show', 'finish']) {
      expectError(await ticketAction(s, neighbour.token, ticket.id, action), 409, 'not-at-counter');
    }
    expectError(await ticketAction(s, neighbour.token, ticket.id, 'transfer', { serviceId: 'moving' }), 409, 'not-at-counter');
    expect(await getTicket(s, ticket.id)).toMatchObject({ status: 'called', counterId: 'bs-1', recallCount: 0 });
  });

  it('answers 409 counter-occupied when someone else sits at the counter', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    await staffAtCounter(s, 'first', 'borgerservice', 'bs-1');
    const second = await s.createStaff('second', 'staff', 'borgerservice');
    expectError(await s.request('POST', '/api/counters/bs-1/open', { token: second.token }), 409, 'counter-occupied');
    expectError(await s.request('POST', '/api/counters/bs-1/call-next', { token: second.token }), 409, 'counter-occupied');
    expectError(await s.request('POST', '/api/counters/bs-1/pause', { token: second.token }), 409, 'counter-occupied');
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.counters.find((counter) => counter.id === 'bs-1')).toMatchObject({ status: 'open', currentTicket: null });
  });
});

describe('bad input never breaks the server', () => {
  // One server for the whole table: every case must leave it exactly as it was.
  let shared: TestServer | undefined;
  beforeAll(async () => {
    shared = await startTestServer();
    await issueTicket(shared, 'information');
  });
  afterAll(async () => {
    await shared?.close();
  });

  const badRequests: { what: string; method: string; url: string; body?: unknown; headers?: Record<string, string> }[] = [
    { what: 'a ticket id that is not a number', method: 'GET', url: '/api/tickets/abc' },
    { what: 'a negative ticket id', method: 'POST', url: '/api/tickets/-5/recall' },
    { what: 'a ticket id beyond the safe integers', method: 'GET', url: '/api/tickets/99999999999999999999999' },
    { what: 'a fractional ticket id', method: 'POST', url: '/api/tickets/1.5/start' },
    { what: 'a tracking code with odd characters', method: 'GET', url: '/api/track/%00%27%3B--' },
    { what: 'an over-long tracking code', method: 'GET', url: `/api/track/${'a'.repeat(500)}` },
    { what: 'a counter id of 500 characters', method: 'POST', url: `/api/counters/${'x'.repeat(500)}/open` },
    { what: 'an array as body', method: 'POST', url: '/api/tickets', body: [{ serviceId: 'passport' }] },
    { what: 'a nested object as service id', method: 'POST', url: '/api/tickets', body: { serviceId: { $ne: null } } },
    { what: 'a prototype-polluting body', method: 'POST', url: '/api/tickets', body: '{"__proto__":{"serviceId":"passport"}}' },
    { what: 'a repeated query parameter', method: 'GET', url: '/api/display?unitId=a&unitId=b' },
    { what: 'a repeated numeric query parameter', method: 'GET', url: '/api/display?limit=3&limit=4' },
    { what: 'a JSON body with a bad charset', method: 'POST', url: '/api/tickets', body: '{}', headers: { 'content-type': 'application/json; charset=klingon' } },
    { what: 'a login with a huge password', method: 'POST', url: '/api/auth/login', body: { username: 'admin', password: 'p'.repeat(5000) } },
    { what: 'a config that is a string', method: 'PUT', url: '/api/config', body: '"config"' },
    { what: 'a config with nulls everywhere', method: 'PUT', url: '/api/config', body: { centre: null, units: null, services: null, counters: null, hours: null } },
    { what: 'a transfer with a note of 10,000 characters', method: 'POST', url: '/api/tickets/1/transfer', body: { serviceId: 'moving', note: 'n'.repeat(10_000) } },
    { what: 'a staff update with a string id', method: 'PATCH', url: '/api/staff/admin', body: { disabled: true } },
  ];

  it.each(badRequests)('answers $what with a 4xx error body, not a 500', async ({ method, url, body, headers }) => {
    const s = shared!;
    const response = await s.request(method, url, { token: s.adminToken, body, ...(headers && { headers }) });
    expectClientError(response);
    // Nothing was taken or changed: the only ticket is still the one issued before the table.
    const tickets = expectSuccess(await s.request('GET', '/api/tickets?status=waiting,called,cancelled,finished', { token: s.adminToken }), operations.listTickets);
    expect(tickets.map((ticket) => [ticket.number, ticket.status])).toEqual([['G1', 'waiting']]);
  });
});

describe('a rejected request changes nothing', () => {
  const server = serverPerTest();

  async function nextNumber(s: TestServer, serviceId: string) {
    return (await issueTicket(s, serviceId)).number;
  }

  it('gives A1 to the first valid ticket after rejected ones', async () => {
    const s = server();
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'passport', lang: 'Danish!' } }), 400, 'validation-failed');
    expectError(await s.request('POST', '/api/tickets', { body: '{"serviceId":"passport"' }), 400, 'malformed-json');
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'passports' } }), 404, 'not-found');
    expect(await nextNumber(s, 'passport')).toBe('A1');
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.services.find((service) => service.id === 'passport')?.waiting).toBe(1);
  });

  it('leaves the ticket waiting and the counter free after a forbidden call', async () => {
    const s = server();
    const pension = await issueTicket(s, 'pension');
    const covering = await staffAtCounter(s, 'covering', 'borgerservice', 'po-7');
    expectError(await ticketAction(s, covering.token, pension.id, 'call', { counterId: 'po-7' }), 403, 'forbidden');
    expect(await getTicket(s, pension.id)).toMatchObject({ status: 'waiting', counterId: null, calledAt: null });
    expect((await getTicket(s, pension.id)).history.map((event) => event.type)).toEqual(['ticket.issued']);
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.counters.find((counter) => counter.id === 'po-7')?.currentTicket).toBeNull();
    expect((await s.request('GET', '/api/display')).body).toEqual([]);
  });

  it('keeps a held ticket when call-next is refused to someone who is not at the counter', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    await issueTicket(s, 'passport');
    const holder = await staffAtCounter(s, 'holder', 'borgerservice', 'bs-1');
    const other = await s.createStaff('other', 'staff', 'borgerservice');
    await callNext(s, holder.token, 'bs-1');
    expectError(await s.request('POST', '/api/counters/bs-1/call-next', { token: other.token }), 409, 'counter-occupied');
    expect(await getTicket(s, ticket.id)).toMatchObject({ status: 'called', outcome: null });
  });
});
