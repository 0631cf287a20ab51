import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { callNext, expectError, expectSuccess, issuePaths, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';

const today = '2026-11-24'; // the test server's Tuesday, 11:00 in Copenhagen

/** `GET /api/stats` as admin, as someone else, or (null) without signing in. */
function getStats(s: TestServer, query: Record<string, string>, token: string | null = s.adminToken) {
  return s.request('GET', `/api/stats?${new URLSearchParams(query)}`, { ...(token !== null && { token }) });
}

/**
 * A morning at the demo centre through the API (local times):
 *   11:00 A1 passport, D1 health card; 11:02 G1 information — no counter open yet
 *   11:05 Jonas opens bs-3, calls D1 (5 min); 11:08 D1 no-show, calls G1 (6 min)
 *   11:09 Jonas transfers G1 to housing benefit (Pension and Care)
 *   11:10 Mette opens bs-1, calls A1 (10 min); 11:11 starts; 11:21 resolved
 *   11:12 A2 passport; 11:13 the citizen cancels it on the tracking page
 *   11:15 Pia opens po-7, calls G1 (6 min after the transfer); 11:30 referred
 * No estimates: no counter is open when the numbers are taken (a wait nobody is there to keep is not given).
 */
async function morning(s: TestServer) {
  const a1 = await issueTicket(s, 'passport');
  const d1 = await issueTicket(s, 'health-card');
  s.clock.advanceMinutes(2);
  const g1 = await issueTicket(s, 'information');
  expect([a1.estimatedWaitMinutes, d1.estimatedWaitMinutes, g1.estimatedWaitMinutes]).toEqual([null, null, null]);
  s.clock.advanceMinutes(3); // 11:05
  const jonas = await staffAtCounter(s, 'jonas', 'borgerservice', 'bs-3');
  expect((await callNext(s, jonas.token, 'bs-3'))?.number).toBe('D1');
  s.clock.advanceMinutes(3); // 11:08
  expectSuccess(await ticketAction(s, jonas.token, d1.id, 'no-show'), operations.noShow);
  expect((await callNext(s, jonas.token, 'bs-3'))?.number).toBe('G1');
  s.clock.advanceMinutes(1); // 11:09
  expectSuccess(await ticketAction(s, jonas.token, g1.id, 'transfer', { serviceId: 'housing-benefit', placement: 'original' }), operations.transfer);
  s.clock.advanceMinutes(1); // 11:10
  const mette = await staffAtCounter(s, 'mette', 'borgerservice', 'bs-1');
  expect((await callNext(s, mette.token, 'bs-1'))?.number).toBe('A1');
  s.clock.advanceMinutes(1); // 11:11
  expectSuccess(await ticketAction(s, mette.token, a1.id, 'start'), operations.start);
  s.clock.advanceMinutes(1); // 11:12
  const a2 = await issueTicket(s, 'passport');
  s.clock.advanceMinutes(1); // 11:13
  expectSuccess(await s.request('POST', `/api/track/${a2.trackingCode}/cancel`), operations.cancelByCitizen);
  s.clock.advanceMinutes(2); // 11:15
  const pia = await staffAtCounter(s, 'pia', 'pension-care', 'po-7');
  expect((await callNext(s, pia.token, 'po-7'))?.number).toBe('G1');
  s.clock.advanceMinutes(6); // 11:21
  expectSuccess(await ticketAction(s, mette.token, a1.id, 'finish', { outcome: 'resolved' }), operations.finish);
  s.clock.advanceMinutes(9); // 11:30
  expectSuccess(await ticketAction(s, pia.token, g1.id, 'finish', { outcome: 'referred' }), operations.finish);
  // The kiosk's choices, as its endpoint records them.
  const { context } = s.engine;
  for (const choice of ['self-service', 'self-service', 'ticket']) {
    context.transaction(() => context.record({ type: 'kiosk.choice', details: { serviceId: 'moving', choice, kioskId: 'kiosk-1' } }));
  }
  s.clock.advanceMinutes(30); // 12:00
}

describe('GET /api/stats', () => {
  const server = serverPerTest();

  it('is for unit leaders: 401 without signing in, 403 for counter staff and contact-centre agents', async () => {
    const s = server();
    const query = { from: today, to: today };
    expectError(await getStats(s, query, null), 401, 'unauthenticated');
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    expectError(await getStats(s, query, clerk.token), 403, 'forbidden');
    const agent = await s.createStaff('agent', 'agent', null);
    expectError(await getStats(s, query, agent.token), 403, 'forbidden');
    const leader = await s.createStaff('leader', 'manager', 'borgerservice');
    expect(expectSuccess(await getStats(s, query, leader.token), operations.getStats).from).toBe(today);
    expectSuccess(await getStats(s, query), operations.getStats);
  });

  it('refuses a missing, impossible, reversed or too long period, naming the field', async () => {
    const s = server();
    const refused = async (query: Record<string, string>) => issuePaths(expectError(await getStats(s, query), 400, 'validation-failed'));
    expect(await refused({ to: today })).toEqual(['query.from']);
    expect(await refused({ from: '2026-02-30', to: today })).toEqual(['query.from']);
    expect(await refused({ from: '24-11-2026', to: today })).toEqual(['query.from']);
    expect(await refused({ from: today, to: '2026-11-23' })).toEqual(['query.to']);
    expect(await refused({ from: '2025-01-01', to: '2026-01-02' })).toEqual(['query.to']); // 367 days
    expectSuccess(await getStats(s, { from: '2025-01-01', to: '2026-01-01' }), operations.getStats); // 366 days
  });

  it('refuses a unit or service the centre does not have, naming it', async () => {
    const s = server();
    const unit = expectError(await getStats(s, { from: today, to: today, unitId: 'atlantis' }), 400, 'validation-failed');
    expect(unit.issues).toEqual([{ path: 'query.unitId', message: 'unknown unit "atlantis"' }]);
    expect(unit.message).toContain('atlantis');
    const service = expectError(await getStats(s, { from: today, to: today, serviceId: 'teleport' }), 400, 'validation-failed');
    expect(service.issues).toEqual([{ path: 'query.serviceId', message: 'unknown service "teleport"' }]);
    const mismatch = expectError(await getStats(s, { from: today, to: today, unitId: 'social-centre', serviceId: 'passport' }), 400, 'validation-failed');
    expect(issuePaths(mismatch)).toEqual(['query.serviceId']);
    // An empty filter, as a form sends it, means all.
    const all = expectSuccess(await getStats(s, { from: today, to: today, unitId: '', serviceId: '' }), operations.getStats);
    expect(all.filter).toEqual({ unitId: null, serviceId: null });
  });

  it('gives the figures of a morning worked through the API', async () => {
    const s = server();
    await morning(s);
    const stats = expectSuccess(await getStats(s, { from: today, to: today }), operations.getStats);
    expect(stats).toMatchObject({ from: today, to: today, timeZone: 'Europe/Copenhagen', waitTargetMinutes: 15, centreName: 'Borgercenter Valby' });
    expect(stats.total).toMatchObject({
      issued: 4,
      transferredIn: 1,
      transferredOut: 1,
      served: 2,
      noShows: 1,
      cancelled: 1,
      unfinished: 0,
      outcomes: { resolved: 1, referred: 1, 'needs-appointment': 0, 'self-service': 0, 'not-resolved': 0 },
      firstContactResolution: 0.5,
    });
    // Waits: D1 5, G1 6 (information) and 6 (housing benefit), A1 10 → p90 at h = 2.7: 6 + 0.7 × 4.
    expect(stats.total.waits).toEqual({ count: 4, mean: 6.75, median: 6, p90: expect.closeTo(8.8, 9), max: 10, withinTarget: 4, withinTargetShare: 1 });
    expect(stats.total.serviceTimes).toEqual({ count: 2, mean: 12.5, median: 12.5, p90: expect.closeTo(14.5, 9), max: 15 }); // A1 10 (11:11–11:21), G1 15
    expect(stats.unitTransfers).toEqual([{ from: 'borgerservice', to: 'pension-care', count: 1 }]);
    expect(stats.serviceTransfers).toEqual([{ from: 'information', to: 'housing-benefit', count: 1 }]);
    expect(stats.byUnit.find((row) => row.unitId === 'pension-care')).toMatchObject({ issued: 0, transferredIn: 1, served: 1 });
    expect(stats.byHour[11]).toMatchObject({ issued: 4, transferredIn: 1 });
    // No number was given an estimate (no counter open when they were taken), so none is judged.
    expect(stats.estimates.total.count).toBe(0);
    expect(stats.channels.kioskChoices).toEqual({ selfService: 2, ticket: 1, selfServiceShare: 2 / 3 });
    // bs-3 signed in 11:05–12:00 (55 min), busy with D1 11:05–11:08 and G1 11:08–11:09.
    expect(stats.counters.byCounter.find((row) => row.counterId === 'bs-3')).toMatchObject({ signedInMinutes: 55, busyMinutes: 4 });
  });

  it('measures waits against the target the centre sets in its configuration (15 minutes unless set)', async () => {
    const s = server();
    const config = expectSuccess(await s.request('GET', '/api/config', { token: s.adminToken }), operations.getConfig);
    expect(config.statistics).toEqual({ waitTargetMinutes: 15 });
    const refused = expectError(
      await s.request('PUT', '/api/config', { token: s.adminToken, body: { ...config, statistics: { waitTargetMinutes: 0 } } }),
      400,
      'invalid-config',
    );
    expect(issuePaths(refused)).toEqual(['statistics.waitTargetMinutes']);
    expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: { ...config, statistics: { waitTargetMinutes: 6 } } }), operations.putConfig);
    await morning(s);
    const stats = expectSuccess(await getStats(s, { from: today, to: today }), operations.getStats);
    // Waits 5, 6, 6 and 10: three within 6 minutes (a wait of exactly the target counts).
    expect(stats.waitTargetMinutes).toBe(6);
    expect(stats.total.waits).toMatchObject({ withinTarget: 3, withinTargetShare: 0.75 });
  });

  it('filters by unit over HTTP', async () => {
    const s = server();
    await morning(s);
    const stats = expectSuccess(await getStats(s, { from: today, to: today, unitId: 'pension-care' }), operations.getStats);
    expect(stats.filter).toEqual({ unitId: 'pension-care', serviceId: null });
    expect(stats.total).toMatchObject({ issued: 0, transferredIn: 1, served: 1, noShows: 0 });
    expect(stats.byService.every((row) => row.unitId === 'pension-care')).toBe(true);
    expect(stats.counters.byCounter.map((row) => row.counterId)).toEqual(['po-7', 'po-8']);
  });
});
