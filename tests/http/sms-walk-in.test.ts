import { afterEach, describe, expect, it } from 'vitest';
import { operations, type Tracking } from '@dintur/shared';
import { startFakeSmsGateway, type FakeSmsGateway, type FakeSmsGatewayMode } from '../support/fake-sms-gateway.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { callNext, expectError, expectSuccess, issuePaths, issueTicket, staffAtCounter, ticketAction } from './helpers.js';

/**
 * A walk-in's SMS end to end: the tracking page's opt-in over real HTTP on the real centre server
 * (real SQLite file), the messages sent through a fake SMS gateway — a real HTTP server on
 * 127.0.0.1 standing in for the SMS provider, which cannot run here. The sender's retries follow
 * the server's clock, which the tests move.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Options = { mode?: FakeSmsGatewayMode; timeoutMs?: number; sms?: boolean; issueLimitPerMinute?: number };

async function setUp(options: Options = {}) {
  const gateway = await startFakeSmsGateway({ mode: options.mode ?? 'ok' });
  cleanups.push(() => gateway.close());
  const s = await startTestServer({
    ...(options.sms !== false && { sms: { url: gateway.url, from: 'Valby' }, smsSender: { timeoutMs: options.timeoutMs ?? 2_000, pollMs: 50, log: () => {} } }),
    ...(options.issueLimitPerMinute !== undefined && { issueLimitPerMinute: options.issueLimitPerMinute }),
  });
  cleanups.push(async () => {
    gateway.setMode('ok');
    await s.close();
  });
  /** Lets the sender take every message due now, and waits until it is done. */
  const settle = async () => {
    s.smsSender?.wake();
    await s.smsSender?.idle();
  };
  return { s, gateway, settle };
}

const codeOf = (ticket: { trackingCode: string }) => ticket.trackingCode;
const optIn = (s: TestServer, code: string, body: unknown) => s.request('PUT', `/api/track/${code}/sms`, { body });
const track = async (s: TestServer, code: string): Promise<Tracking> => expectSuccess(await s.request('GET', `/api/track/${code}`), operations.track);
const sentTo = (gateway: FakeSmsGateway, phone: string) => gateway.delivered().filter((message) => message.to === phone);

describe('a walk-in who asks for SMS on the tracking page', () => {
  it('is told when 3 are ahead and when called, once each, at the number in international form', async () => {
    const { s, gateway, settle } = await setUp();
    for (let index = 0; index < 5; index += 1) await issueTicket(s, 'moving');
    const mine = await issueTicket(s, 'moving', 'da');
    expect((await track(s, codeOf(mine))).sms).toEqual({ available: true, phone: null, nearAhead: 3 });

    const answer = expectSuccess(await optIn(s, codeOf(mine), { phone: '40 11 22 33', lang: 'da' }), operations.optInToTicketSms);
    expect(answer).toMatchObject({ number: 'E6', status: 'waiting', position: 6, sms: { available: true, phone: '••••••33', nearAhead: 3 } });
    expect(JSON.stringify(answer)).not.toMatch(/40 ?11 ?22/);
    expect((await track(s, codeOf(mine))).sms?.phone).toBe('••••••33');

    const clerk = await staffAtCounter(s, 'clerk-sms', 'borgerservice', 'bs-3');
    await callNext(s, clerk.token, 'bs-3');
    await callNext(s, clerk.token, 'bs-3'); // 3 ahead
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(1);
    await callNext(s, clerk.token, 'bs-3'); // 2 ahead: no second "near"
    await callNext(s, clerk.token, 'bs-3');
    await callNext(s, clerk.token, 'bs-3');
    expect((await callNext(s, clerk.token, 'bs-3'))?.number).toBe('E6');
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(2);
    await settle();
    expect(gateway.delivered()).toEqual([
      { to: '+4540112233', from: 'Valby', id: expect.stringMatching(/^near:\d+:0$/), text: 'E6: Det er snart din tur. Foran dig: 3. Kom til Borgerservice.' },
      { to: '+4540112233', from: 'Valby', id: expect.stringMatching(/^called:/), text: 'E6: Det er din tur nu. Gå til Skranke 3.' },
    ]);
    expect(gateway.duplicates()).toBe(0);
  });

  it('is told again on a recall, and where to wait after a transfer — the centre only, for a sensitive service', async () => {
    const { s, gateway } = await setUp();
    const mine = await issueTicket(s, 'information', 'en');
    expectSuccess(await optIn(s, codeOf(mine), { phone: '+45 40 11 22 33' }), operations.optInToTicketSms);
    const clerk = await staffAtCounter(s, 'clerk-recall', 'borgerservice', 'bs-5');
    await callNext(s, clerk.token, 'bs-5');
    expectSuccess(await ticketAction(s, clerk.token, mine.id, 'recall'), operations.recall);
    expectSuccess(await ticketAction(s, clerk.token, mine.id, 'transfer', { serviceId: 'social-counselling' }), operations.transfer);
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(3);
    expect(gateway.delivered().map((message) => message.text)).toEqual([
      'G1: It is your turn now. Please go to Skranke 5.',
      'G1: It is your turn now. Please go to Skranke 5.',
      'G1: You have been sent on. Please wait at Borgercenter Valby.',
    ]);
    for (const message of gateway.delivered()) expect(message.text).not.toMatch(/Social|counselling/i);
  });

  it('refuses a number an SMS cannot go to, naming the field, and keeps nothing', async () => {
    const { s, gateway } = await setUp();
    const mine = await issueTicket(s, 'moving');
    for (const phone of ['1234', '4011223', '010190-1234', 'forty', '+0 12345678', '']) {
      const error = expectError(await optIn(s, codeOf(mine), { phone }), 400, 'validation-failed');
      expect(issuePaths(error)).toEqual(['body.phone']);
    }
    expect(issuePaths(expectError(await optIn(s, codeOf(mine), { lang: 'da' }), 400, 'validation-failed'))).toEqual(['body.phone']);
    expect((await track(s, codeOf(mine))).sms).toEqual({ available: true, phone: null, nearAhead: null });
    const clerk = await staffAtCounter(s, 'clerk-bad', 'borgerservice', 'bs-3');
    await callNext(s, clerk.token, 'bs-3');
    await s.smsSender?.idle();
    expect(gateway.requests).toEqual([]);
  });

  it('answers 404 for an unknown code and 409 for a ticket that has ended', async () => {
    const { s } = await setUp();
    expectError(await optIn(s, 'abcdefghjkmn', { phone: '40112233' }), 404, 'not-found');
    expectError(await s.request('DELETE', '/api/track/abcdefghjkmn/sms'), 404, 'not-found');
    const mine = await issueTicket(s, 'moving');
    expectSuccess(await s.request('POST', `/api/track/${codeOf(mine)}/cancel`), operations.cancelByCitizen);
    expectError(await optIn(s, codeOf(mine), { phone: '40112233' }), 409, 'invalid-state');
    expect((await track(s, codeOf(mine))).sms?.phone).toBeNull();
  });

  it('stops when the citizen says stop: the number is deleted and nothing more is sent', async () => {
    const { s, gateway } = await setUp();
    const mine = await issueTicket(s, 'moving');
    expectSuccess(await optIn(s, codeOf(mine), { phone: '40112233' }), operations.optInToTicketSms);
    const stopped = expectSuccess(await s.request('DELETE', `/api/track/${codeOf(mine)}/sms`), operations.optOutOfTicketSms);
    expect(stopped.sms).toEqual({ available: true, phone: null, nearAhead: null });
    const clerk = await staffAtCounter(s, 'clerk-stop', 'borgerservice', 'bs-3');
    await callNext(s, clerk.token, 'bs-3');
    await s.smsSender?.idle();
    expect(gateway.requests).toEqual([]);
  });

  it('limits what an anonymous client can do: 3 numbers a ticket, 3 tickets a number, and requests per minute', async () => {
    const { s } = await setUp({ issueLimitPerMinute: 8 });
    const mine = await issueTicket(s, 'moving');
    for (const phone of ['40112201', '40112202', '40112203']) expectSuccess(await optIn(s, codeOf(mine), { phone }), operations.optInToTicketSms);
    const tooMany = expectError(await optIn(s, codeOf(mine), { phone: '40112204' }), 409, 'sms-limit');
    expect(tooMany.details).toEqual({ limit: 'numbers-per-ticket', max: 3 });
    expect((await track(s, codeOf(mine))).sms?.phone).toBe('••••••03');

    for (let index = 0; index < 3; index += 1) expectSuccess(await optIn(s, codeOf(await issueTicket(s, 'moving')), { phone: '40999999' }), operations.optInToTicketSms);
    const fourth = await issueTicket(s, 'moving');
    expect(expectError(await optIn(s, codeOf(fourth), { phone: '+45 40 99 99 99' }), 409, 'sms-limit').details).toEqual({ limit: 'tickets-per-number', max: 3 });
    // 8 SMS requests so far this minute from this address (the limit of taking numbers): the next is held back.
    expectError(await optIn(s, codeOf(fourth), { phone: '40112299' }), 429, 'too-many-requests');
  });

  it('is off, and says so, when the centre has no SMS gateway', async () => {
    const { s } = await setUp({ sms: false });
    const mine = await issueTicket(s, 'moving');
    expect((await track(s, codeOf(mine))).sms).toEqual({ available: false, phone: null, nearAhead: null });
    expectError(await optIn(s, codeOf(mine), { phone: '40112233' }), 409, 'sms-off');
  });
});

describe('a gateway that fails', () => {
  it('down, then back: the call is told exactly once', async () => {
    const { s, gateway, settle } = await setUp({ mode: 'fail' });
    const mine = await issueTicket(s, 'moving');
    expectSuccess(await optIn(s, codeOf(mine), { phone: '40112233' }), operations.optInToTicketSms);
    const clerk = await staffAtCounter(s, 'clerk-down', 'borgerservice', 'bs-3');
    expect((await callNext(s, clerk.token, 'bs-3'))?.number).toBe('E1');
    await settle();
    for (let minute = 1; minute <= 3; minute += 1) {
      if (minute === 2) gateway.setMode('down');
      s.clock.advanceMinutes(1);
      await settle();
    }
    expect(gateway.requests.length).toBeGreaterThanOrEqual(2);
    expect(gateway.delivered()).toEqual([]);
    gateway.setMode('ok');
    for (let minute = 4; minute <= 8; minute += 1) {
      s.clock.advanceMinutes(1);
      await settle();
    }
    expect(sentTo(gateway, '+4540112233').map((message) => message.text)).toEqual(['E1: Det er din tur nu. Gå til Skranke 3.']);
    expect(gateway.duplicates()).toBe(0);
  });

  it('answers a new number and a call at once while the gateway hangs', async () => {
    const { s, gateway } = await setUp({ mode: 'hang', timeoutMs: 30_000 });
    const first = await issueTicket(s, 'moving');
    const second = await issueTicket(s, 'moving');
    expectSuccess(await optIn(s, codeOf(first), { phone: '40112233' }), operations.optInToTicketSms);
    expectSuccess(await optIn(s, codeOf(second), { phone: '40112244' }), operations.optInToTicketSms);
    const clerk = await staffAtCounter(s, 'clerk-hang', 'borgerservice', 'bs-3');
    expect((await callNext(s, clerk.token, 'bs-3'))?.number).toBe('E1');
    await expect.poll(() => gateway.requests.length, { timeout: 5_000 }).toBe(1);
    // The gateway holds the first call's message: issuing and calling are answered all the same.
    const third = await issueTicket(s, 'moving');
    expect(third.number).toBe('E3');
    expect((await callNext(s, clerk.token, 'bs-3'))?.number).toBe('E2');
    expect(gateway.requests[0]!.answered).toBe('hang');
    expect(gateway.delivered()).toEqual([]);
  });
});
