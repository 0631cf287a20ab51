import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { callNext, expectError, expectSuccess, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';

describe('public API: health, centre, taking a number, tracking, display', () => {
  const server = serverPerTest();

  it('answers the health check with status ok', async () => {
    const response = await server().request('GET', '/api/health');
    expect(expectSuccess(response, operations.health)).toEqual({ status: 'ok' });
  });

  it('describes the centre: units, services with open/waiting/estimate, counters and today’s hours', async () => {
    await staffAtCounter(server(), 'clerk', 'borgerservice', 'bs-2');
    await issueTicket(server(), 'passport');
    const centre = expectSuccess(await server().request('GET', '/api/centre'), operations.getCentre);
    expect(centre.units.map((unit) => unit.id)).toEqual(['borgerservice', 'pension-care', 'social-centre']);
    expect(centre.units.find((unit) => unit.id === 'borgerservice')?.dispensation).toBe(true);
    const passport = centre.services.find((service) => service.id === 'passport');
    expect(passport).toMatchObject({ unitId: 'borgerservice', prefix: 'A', authority: 'authority', selfServiceUrl: null, open: true, waiting: 1 });
    expect(passport?.estimatedWaitMinutes).toBe(12); // one 12-minute passport before a newcomer, at Skranke 2
    expect(centre.services.find((service) => service.id === 'information')).toMatchObject({
      authority: 'information',
      selfServiceUrl: 'https://www.borger.dk',
      waiting: 0,
    });
    expect(centre.counters.map((counter) => counter.id)).toEqual(['bs-1', 'bs-2', 'bs-3', 'bs-4', 'bs-5', 'bs-6', 'po-7', 'po-8', 'sc-9', 'sc-10']);
    expect(centre.counters.find((counter) => counter.id === 'po-7')).toMatchObject({
      unitId: 'pension-care',
      services: ['pension', 'housing-benefit', 'home-help'],
      status: 'closed',
    });
    // No counter that calls pension is open: no wait is promised.
    expect(centre.services.find((service) => service.id === 'pension')).toMatchObject({ open: true, estimatedWaitMinutes: null });
    expect(centre.businessDay).toBe('2026-11-24');
    expect(centre.today).toMatchObject({ date: '2026-11-24', open: '00:00', close: '24:00', isOpen: true });
  });

  it('issues numbers per prefix in order, with position and a tracking code (201)', async () => {
    await staffAtCounter(server(), 'clerk', 'borgerservice', 'bs-1');
    const first = await issueTicket(server(), 'passport');
    const second = await issueTicket(server(), 'passport', 'en');
    const other = await issueTicket(server(), 'information');
    expect(first).toMatchObject({ number: 'A1', serviceId: 'passport', status: 'waiting', position: 1, lang: 'da', counterId: null });
    expect(second).toMatchObject({ number: 'A2', position: 2, lang: 'en' });
    expect(other).toMatchObject({ number: 'G1', position: 1 });
    expect(first.issuedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(first.trackingCode).toMatch(/^[a-z0-9]{6,32}$/);
    expect(first.trackingCode).not.toBe(second.trackingCode);
    expect(first.trackingUrl).toBe(`/t/${first.trackingCode}`);
    // Skranke 1 is free: the first is called at its next press, the second after a 12-minute passport.
    expect([first.estimatedWaitMinutes, second.estimatedWaitMinutes]).toEqual([0, 12]);
  });

  it('gives no wait (null) for a service no open counter serves, in the centre, a new ticket and its tracking, and one once a counter opens', async () => {
    const s = server();
    const tickets = [await issueTicket(s, 'pension'), await issueTicket(s, 'pension'), await issueTicket(s, 'pension')];
    expect(tickets.map((ticket) => ticket.estimatedWaitMinutes)).toEqual([null, null, null]);
    await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1'); // open, but calls no pension
    const pension = () =>
      s.request('GET', '/api/centre').then((response) => expectSuccess(response, operations.getCentre).services.find((service) => service.id === 'pension'));
    expect(await pension()).toMatchObject({ waiting: 3, estimatedWaitMinutes: null });
    const tracked = expectSuccess(await s.request('GET', `/api/track/${tickets[2]!.trackingCode}`), operations.track);
    expect(tracked).toMatchObject({ position: 3, estimatedWaitMinutes: null });

    await staffAtCounter(s, 'officer', 'pension-care', 'po-7');
    // Three 15-minute pensions before a newcomer; the third in line waits for two, never 0 with people ahead.
    expect((await pension())?.estimatedWaitMinutes).toBe(45);
    expect(expectSuccess(await s.request('GET', `/api/track/${tickets[2]!.trackingCode}`), operations.track).estimatedWaitMinutes).toBe(30);
    expect(expectSuccess(await s.request('GET', `/api/track/${tickets[1]!.trackingCode}`), operations.track).estimatedWaitMinutes).toBe(15);
  });

  it('tracks a ticket: its position while waiting, then the counter once called', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const mine = await issueTicket(s, 'passport');
    const waiting = expectSuccess(await s.request('GET', `/api/track/${mine.trackingCode}`), operations.track);
    expect(waiting).toMatchObject({ number: 'A2', status: 'waiting', position: 2, counterId: null, counterName: null, calledAt: null });
    expect(waiting.serviceName).toMatchObject({ da: 'Pas', en: 'Passport', ar: 'جواز السفر', uk: 'Паспорт' });

    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    expect(expectSuccess(await s.request('GET', `/api/track/${mine.trackingCode}`), operations.track)).toMatchObject({ position: 1 });

    s.clock.advanceMinutes(5);
    await callNext(s, clerk.token, 'bs-1');
    const called = expectSuccess(await s.request('GET', `/api/track/${mine.trackingCode}`), operations.track);
    expect(called).toMatchObject({
      status: 'called',
      position: null,
      counterId: 'bs-1',
      counterName: 'Skranke 1',
      calledAt: '2026-11-24T10:05:00.000Z',
    });
  });

  it('lets the citizen give up a waiting place, which moves those behind forward', async () => {
    const s = server();
    const first = await issueTicket(s, 'passport');
    const second = await issueTicket(s, 'passport');
    const cancelled = expectSuccess(await s.request('POST', `/api/track/${first.trackingCode}/cancel`), operations.cancelByCitizen);
    expect(cancelled).toMatchObject({ number: 'A1', status: 'cancelled', position: null });
    expect(expectSuccess(await s.request('GET', `/api/track/${second.trackingCode}`), operations.track).position).toBe(1);
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.services.find((service) => service.id === 'passport')?.waiting).toBe(1);
  });

  it('refuses a citizen cancelling a ticket that has already been called (409 invalid-state)', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    expectError(await s.request('POST', `/api/track/${ticket.trackingCode}/cancel`), 409, 'invalid-state');
    expect(expectSuccess(await s.request('GET', `/api/track/${ticket.trackingCode}`), operations.track).status).toBe('called');
  });

  it('answers 404 not-found for a tracking code nobody was given', async () => {
    expectError(await server().request('GET', '/api/track/abcdefghjkmn'), 404, 'not-found');
    expectError(await server().request('POST', '/api/track/abcdefghjkmn/cancel'), 404, 'not-found');
  });

  it('shows recent calls newest first, recalls included, limited to a zone by unit or counter', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    await issueTicket(s, 'passport');
    const pension = await issueTicket(s, 'pension');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    const pensionClerk = await staffAtCounter(s, 'pensions', 'pension-care', 'po-7');

    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe('A1');
    s.clock.advanceMinutes(1);
    expect((await callNext(s, pensionClerk.token, 'po-7'))?.number).toBe('P1');
    s.clock.advanceMinutes(1);
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe('A2');
    s.clock.advanceMinutes(1);
    expect(expectSuccess(await ticketAction(s, pensionClerk.token, pension.id, 'recall'), operations.recall).recallCount).toBe(1);

    const all = expectSuccess(await s.request('GET', '/api/display'), operations.display);
    expect(all.map((call) => [call.number, call.counterId, call.recall])).toEqual([
      ['P1', 'po-7', true],
      ['A2', 'bs-1', false],
      ['P1', 'po-7', false],
      ['A1', 'bs-1', false],
    ]);
    expect(all[1]).toMatchObject({ counterName: 'Skranke 1', calledAt: '2026-11-24T10:02:00.000Z' });

    const pensionZone = expectSuccess(await s.request('GET', '/api/display?unitId=pension-care'), operations.display);
    expect(pensionZone.map((call) => call.number)).toEqual(['P1', 'P1']);
    const counterZone = expectSuccess(await s.request('GET', '/api/display?counterId=bs-1,bs-2'), operations.display);
    expect(counterZone.map((call) => call.number)).toEqual(['A2', 'A1']);
    const limited = expectSuccess(await s.request('GET', '/api/display?limit=1'), operations.display);
    expect(limited.map((call) => call.number)).toEqual(['P1']);
  });
});
