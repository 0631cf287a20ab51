import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { expectError, expectSuccess, issueTicket, serverPerTest } from './helpers.js';

describe('the per-client limit on taking numbers', () => {
  const server = serverPerTest({ issueLimitPerMinute: 3 });

  it('refuses the 4th number within a minute from one client (429 with Retry-After), and gives one again a minute later', async () => {
    const s = server();
    for (const number of ['A1', 'A2', 'A3']) expect((await issueTicket(s, 'passport')).number).toBe(number);

    const refused = await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } });
    const error = expectError(refused, 429, 'too-many-requests');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(error.details).toEqual({ retryAfterSeconds: retryAfter });

    // The refused request took no number.
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.services.find((service) => service.id === 'passport')?.waiting).toBe(3);

    s.clock.advanceMinutes(1);
    expect((await issueTicket(s, 'passport')).number).toBe('A4');
  });

  it('counts the time left in the window in Retry-After', async () => {
    const s = server();
    for (let count = 0; count < 3; count += 1) await issueTicket(s, 'information');
    s.clock.advance(45_000);
    const refused = await s.request('POST', '/api/tickets', { body: { serviceId: 'information' } });
    expectError(refused, 429, 'too-many-requests');
    expect(refused.headers.get('retry-after')).toBe('15');
  });

  it('limits only taking numbers: reading the centre and tracking stay open', async () => {
    const s = server();
    const tickets = [];
    for (let count = 0; count < 3; count += 1) tickets.push(await issueTicket(s, 'information'));
    expectError(await s.request('POST', '/api/tickets', { body: { serviceId: 'information' } }), 429, 'too-many-requests');
    for (let count = 0; count < 5; count += 1) expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expectSuccess(await s.request('GET', `/api/track/${tickets[0]!.trackingCode}`), operations.track);
  });
});
