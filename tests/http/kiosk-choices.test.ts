import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/test-server.js';
import { expectError, issueTicket, issuePaths, serverPerTest } from './helpers.js';
import { eventData, openEventStream, type EventStreamClient } from './sse-client.js';

type LoggedEvent = { id: number; type: string; details: Record<string, unknown> };

/** The day's event log as a manager exports it (NDJSON). */
async function eventLog(server: TestServer): Promise<LoggedEvent[]> {
  // Read as text: one JSON object per line, which the JSON helper would not parse.
  const response = await fetch(`${server.url}/api/events/export?from=2026-11-24&to=2026-11-24`, {
    headers: { authorization: `Bearer ${server.adminToken}` },
  });
  expect(response.status).toBe(200);
  return (await response.text())
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LoggedEvent);
}

const choose = (server: TestServer, body: unknown) => server.request('POST', '/api/kiosk/choices', { body });

describe('POST /api/kiosk/choices: the self-service route or a number, for the channel statistics', () => {
  const server = serverPerTest();
  const streams: EventStreamClient[] = [];
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  it('records each choice in the event log as kiosk.choice with the kiosk, service and choice (204)', async () => {
    const s = server();
    const online = await choose(s, { kioskId: 'reception-1', serviceId: 'health-card', choice: 'self-service' });
    expect(online.status).toBe(204);
    expect(online.body).toBeUndefined();
    expect((await choose(s, { kioskId: 'reception-2', serviceId: 'moving', choice: 'ticket' })).status).toBe(204);

    const choices = (await eventLog(s)).filter((event) => event.type === 'kiosk.choice');
    expect(choices.map((event) => event.details)).toEqual([
      { serviceId: 'health-card', choice: 'self-service', kioskId: 'reception-1' },
      { serviceId: 'moving', choice: 'ticket', kioskId: 'reception-2' },
    ]);
  });

  it('does not publish choices on the public stream: the next event a screen sees is the next ticket', async () => {
    const s = server();
    const stream = await openEventStream(s.url);
    streams.push(stream);
    eventData(await stream.next(), 'snapshot');
    expect((await choose(s, { kioskId: 'reception-1', serviceId: 'health-card', choice: 'self-service' })).status).toBe(204);
    const ticket = await issueTicket(s, 'health-card');
    expect(eventData(await stream.next(), 'ticket.issued').ticket.number).toBe(ticket.number);
  });

  it('records a kiosk ticket as taken at that kiosk, and the statistics count it under the kiosk channel', async () => {
    const s = server();
    const taken = await s.request('POST', '/api/tickets', { body: { serviceId: 'passport', lang: 'da', channel: 'kiosk', kioskId: 'reception-2' } });
    expect(taken.status).toBe(201);
    await issueTicket(s, 'passport');
    const issued = (await eventLog(s)).filter((event) => event.type === 'ticket.issued');
    expect(issued.map((event) => [event.details.channel, event.details.kioskId])).toEqual([
      ['kiosk', 'reception-2'],
      [undefined, undefined],
    ]);
    const stats = await s.request('GET', '/api/stats?from=2026-11-24&to=2026-11-24', { token: s.adminToken });
    expect(stats.status).toBe(200);
    expect((stats.body as { channels: { ticketsByChannel: Record<string, number> } }).channels.ticketsByChannel).toMatchObject({ kiosk: 1 });
  });

  it('refuses a ticket with an unknown channel, naming the field, and gives no number', async () => {
    const s = server();
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'passport', channel: 'fax' } }), 400, 'validation-failed');
    expect((await eventLog(s)).filter((event) => event.type === 'ticket.issued')).toEqual([]);
  });

  it('answers 404 for a service the centre does not have, and records nothing', async () => {
    const s = server();
    expectError(await choose(s, { kioskId: 'reception-1', serviceId: 'tax-return', choice: 'ticket' }), 404, 'not-found');
    expect((await eventLog(s)).filter((event) => event.type === 'kiosk.choice')).toEqual([]);
  });

  it('answers 400 naming every bad field of the body, and records nothing', async () => {
    const s = server();
    const error = expectError(await choose(s, { kioskId: 'Reception 1', serviceId: '', choice: 'maybe' }), 400, 'validation-failed');
    expect(issuePaths(error).sort()).toEqual(['body.choice', 'body.kioskId', 'body.serviceId']);
    expectError(await choose(s, { serviceId: 'moving', choice: 'ticket' }), 400, 'validation-failed');
    expectError(await choose(s, '{"kioskId":'), 400, 'malformed-json');
    expect((await eventLog(s)).filter((event) => event.type === 'kiosk.choice')).toEqual([]);
  });
});

describe('the public API from the kiosk shell’s page (loaded from disk, so cross-origin)', () => {
  const server = serverPerTest();

  it('answers a preflight of a public operation, and allows any origin without credentials', async () => {
    const s = server();
    const preflight = await s.request('OPTIONS', '/api/tickets', {
      headers: { origin: 'null', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const issued = await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' }, headers: { origin: 'null' } });
    expect(issued.status).toBe(201);
    expect(issued.headers.get('access-control-allow-origin')).toBe('*');
    const centre = await s.request('GET', '/api/centre', { headers: { origin: 'null' } });
    expect(centre.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('gives no cross-origin access to operations that need a signed-in person', async () => {
    const s = server();
    const preflight = await s.request('OPTIONS', '/api/tickets', {
      headers: { origin: 'null', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const config = await s.request('GET', '/api/config', { token: s.adminToken, headers: { origin: 'https://example.com' } });
    expect(config.status).toBe(200);
    expect(config.headers.get('access-control-allow-origin')).toBeNull();
  });
});
