import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { operations, type Appointment } from '@dintur/shared';
import { gsmLength, isGsmText } from '@dintur/shared/sms';
import { startFakeSmsGateway, type FakeSmsGateway, type FakeSmsGatewayMode } from '../support/fake-sms-gateway.js';
import { adminPassword, startTestServer, type TestServer } from '../support/test-server.js';
import { expectSuccess } from './helpers.js';
import { at, book, requestBooking } from './appointments-helpers.js';

/**
 * Appointment SMS end to end: the real centre server (real SQLite file, real HTTP) sends through a
 * fake SMS gateway — a real HTTP server on 127.0.0.1, standing in for the SMS provider, which
 * cannot run here. The sender's retries follow the server's clock, which the tests move.
 */

const publicUrl = 'https://tid.valby.example.dk';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type SetUp = { s: TestServer; gateway: FakeSmsGateway; settle(): Promise<void> };

type Options = { mode?: FakeSmsGatewayMode; perHour?: number; perNumberPerHour?: number; timeoutMs?: number; dataDir?: string; gateway?: FakeSmsGateway; log?: (message: string) => void };

async function setUp(options: Options = {}): Promise<SetUp> {
  const gateway = options.gateway ?? (await startFakeSmsGateway({ mode: options.mode ?? 'ok', requireToken: 'gateway-token' }));
  if (!options.gateway) cleanups.push(() => gateway.close());
  const s = await startTestServer({
    sms: { url: gateway.url, from: 'Valby', token: 'gateway-token', perHour: options.perHour ?? 600, perNumberPerHour: options.perNumberPerHour ?? 5 },
    publicUrl,
    smsSender: { timeoutMs: options.timeoutMs ?? 2_000, pollMs: 50, log: options.log ?? (() => {}) },
    ...(options.dataDir && { dataDir: options.dataDir }),
  });
  cleanups.push(async () => {
    gateway.setMode('ok');
    await s.close();
  });
  /** Lets the sender take every message due now, and waits until it is done. */
  const settle = async () => {
    s.smsSender!.wake();
    await s.smsSender!.idle();
  };
  return { s, gateway, settle };
}

/** The appointment as the booking desk sees it (with its SMS). */
async function deskView(s: TestServer, code: string): Promise<Appointment> {
  return expectSuccess(await s.request('GET', `/api/appointments/${code}`, { token: s.adminToken }), operations.getAppointment);
}

const messagesOf = (gateway: FakeSmsGateway, code: string) => gateway.delivered().filter((message) => message.id.includes(code));

describe('the SMS about a booking', () => {
  it('confirms with the time, the place, the code and the link, in Danish, to the number in international form', async () => {
    const { s, gateway } = await setUp();
    const { code } = await book(s, { phone: '40 11 22 33', lang: 'da' });
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(1);
    const [message] = gateway.delivered();
    expect(message).toEqual({
      to: '+4540112233',
      from: 'Valby',
      id: `booked:${code}`,
      text: `Din tid er booket: tirsdag 24.11. kl. 11.30, Pas, Borgercenter Valby. Kode ${code.slice(0, 4)} ${code.slice(4)}. Flyt eller aflys: ${publicUrl}/book/${code}`,
    });
    expect(gsmLength(message!.text)).toBeLessThanOrEqual(160);
    expect(gateway.requests[0]!.authorization).toBe('Bearer gateway-token');
    // The event log (and what is shipped from it) knows a message was sent, never to whom or what it said.
    await expect.poll(async () => JSON.stringify((await s.request('GET', '/api/events/export?from=2026-11-01&to=2026-12-31', { token: s.adminToken })).body)).toContain('sms.sent');
    const log = JSON.stringify((await s.request('GET', '/api/events/export?from=2026-11-01&to=2026-12-31', { token: s.adminToken })).body);
    expect(log).not.toMatch(/40112233|Din tid|Flyt eller/);
  });

  it('writes in the citizen’s language, the service’s name too: Polish without its diacritics, Ukrainian romanised, Arabic as English', async () => {
    const { s, gateway } = await setUp();
    const polish = await book(s, { phone: '+48 601 234 567', lang: 'pl', start: at('11:30') });
    const ukrainian = await book(s, { phone: '+380 67 123 4567', lang: 'uk', start: at('11:45') });
    const arabic = await book(s, { phone: '20 30 40 50', lang: 'ar', start: at('12:00') });
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(3);
    const textOf = (code: string) => messagesOf(gateway, code)[0]!.text;
    expect(textOf(polish.code)).toMatch(/^Wizyta zarezerwowana: wtorek 24\.11 godz\. 11:30, Paszport, Borgercenter Valby\. Kod .*Zmien lub odwolaj: https:/);
    expect(textOf(ukrainian.code)).toMatch(/^Vash zapys pidtverdzheno: vivtorok 24\.11 o 11:45, Pasport, Borgercenter Valby\. Kod /);
    expect(textOf(arabic.code)).toMatch(/^Your appointment is booked: Tuesday 24\/11 at 12:00, Passport, Borgercenter Valby\. Code /);
    expect(messagesOf(gateway, polish.code)[0]!.to).toBe('+48601234567');
    for (const message of gateway.delivered()) {
      expect(isGsmText(message.text), message.text).toBe(true);
      expect(gsmLength(message.text)).toBeLessThanOrEqual(160);
    }
  });

  it('tells the citizen when the desk moves and cancels the booking, and shows the desk what was sent', async () => {
    const { s, gateway } = await setUp();
    const agent = await s.createStaff('agent-sms', 'agent', null);
    const { code } = await book(s, { phone: '40112233', lang: 'en' });
    const moved = await s.request('POST', `/api/appointments/${code}/move`, { token: agent.token, body: { start: at('13:00') } });
    expectSuccess(moved, operations.moveAppointment);
    expectSuccess(await s.request('DELETE', `/api/appointments/${code}`, { token: agent.token }), operations.cancelAppointment);
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(3);
    const [booked, movedMessage, cancelled] = gateway.delivered();
    expect(booked!.text).toMatch(/^Your appointment is booked: Tuesday 24\/11 at 11:30/);
    expect(movedMessage!.text).toBe(`Your appointment has been moved to Tuesday 24/11 at 13:00, Passport, Borgercenter Valby. Code ${code.slice(0, 4)} ${code.slice(4)}. See it: ${publicUrl}/book/${code}`);
    expect(cancelled!.text).toBe(`Your appointment Tuesday 24/11 at 13:00, Passport, Borgercenter Valby is cancelled. Book a new time: ${publicUrl}/book`);

    const desk = await deskView(s, code);
    expect(desk.messages?.map(({ kind, state }) => ({ kind, state }))).toEqual([
      { kind: 'booked', state: 'sent' },
      { kind: 'moved', state: 'sent' },
      { kind: 'cancelled', state: 'sent' },
    ]);
    // The citizen's own view (the code alone) says nothing about messages.
    const own = await s.request('GET', `/api/appointments/${code}`);
    expect(own.body.messages).toBeUndefined();
  });

  it('names only the centre for a sensitive service, and never a CPR number', async () => {
    const { s, gateway } = await setUp();
    const { code } = await book(s, { serviceId: 'financial-assistance', start: at('12:00'), phone: '40112233', cpr: '241180-1235', lang: 'da' });
    const english = await book(s, { serviceId: 'social-counselling', start: at('12:30'), phone: '40112234', lang: 'en' });
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(2);
    expect(messagesOf(gateway, code)[0]!.text).toMatch(/^Din tid er booket: tirsdag 24\.11\. kl\. 12\.00, Borgercenter Valby\. Kode /);
    expect(messagesOf(gateway, english.code)[0]!.text).toMatch(/^Your appointment is booked: Tuesday 24\/11 at 12:30, Borgercenter Valby\. Code /);
    for (const message of gateway.delivered()) {
      expect(message.text).not.toMatch(/Økonomisk|Financial|Social|rådgivning|counselling/i);
      expect(message.text).not.toMatch(/\d{6}-?\d{4}/);
    }
  });

  it('sends no SMS for a booking with only an e-mail address', async () => {
    const { s, gateway, settle } = await setUp();
    const { code } = await book(s, { phone: undefined, email: 'anna@example.dk' });
    await settle();
    expect(gateway.requests).toEqual([]);
    expect((await deskView(s, code)).messages).toEqual([]);
  });
});

describe('the reminder the day before', () => {
  it('goes out at the configured time, once, and is counted with the no-shows', async () => {
    const { s, gateway, settle } = await setUp();
    const config = (await s.request('GET', '/api/config', { token: s.adminToken })).body;
    config.sms = { reminderTime: '18:30' };
    expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);
    const reminded = await book(s, { start: at('10:00', '2026-11-25'), phone: '40112233', lang: 'da' });
    const mailOnly = await book(s, { start: at('10:30', '2026-11-25'), phone: undefined, email: 'bo@example.dk' });
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(1);

    s.clock.set(at('18:29'));
    expect(s.engine.appointments.sweepReminders()).toBe(0);
    s.clock.set(at('18:30'));
    expect(s.engine.appointments.sweepReminders()).toBe(1);
    expect(s.engine.appointments.sweepReminders()).toBe(0);
    await settle();
    const reminders = gateway.delivered().filter((message) => message.id.startsWith('reminder:'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toBe(
      `Husk din tid onsdag 25.11. kl. 10.00, Pas, Borgercenter Valby. Kode ${reminded.code.slice(0, 4)} ${reminded.code.slice(4)}. Flyt eller aflys: ${publicUrl}/book/${reminded.code}`,
    );
    expect((await deskView(s, reminded.code)).messages?.map((message) => message.kind)).toEqual(['booked', 'reminder']);

    // Neither comes: both are no-shows the next day, one of them reminded.
    s.clock.set(at('12:00', '2026-11-25'));
    s.engine.appointments.sweepNoShows();
    expect((await deskView(s, mailOnly.code)).status).toBe('no-show');
    // A session lasts 12 hours of the server's clock: sign in again the next day.
    const token = await s.login('admin', adminPassword);
    const stats = (await s.request('GET', '/api/stats?from=2026-11-24&to=2026-11-25', { token })).body;
    expect(stats.sms).toEqual({
      total: { sent: 2, failed: 0, limited: 0 },
      byKind: [
        { kind: 'booked', sent: 1, failed: 0, limited: 0 },
        { kind: 'reminder', sent: 1, failed: 0, limited: 0 },
      ],
      noShowsReminded: 1,
      noShowsNotReminded: 1,
    });
  });

  it('reminds a booking moved to another day again, for its new time', async () => {
    const { s, gateway, settle } = await setUp();
    const { code } = await book(s, { start: at('10:00', '2026-11-25'), phone: '40112233' });
    s.clock.set(at('17:00'));
    expect(s.engine.appointments.sweepReminders()).toBe(1);
    await settle();
    expectSuccess(await s.request('POST', `/api/appointments/${code}/move`, { body: { start: at('10:00', '2026-11-26') } }), operations.moveAppointment);
    s.clock.set(at('17:00', '2026-11-25'));
    expect(s.engine.appointments.sweepReminders()).toBe(1);
    await settle();
    expect(messagesOf(gateway, code).map((message) => message.id.split(':')[0])).toEqual(['booked', 'reminder', 'moved', 'reminder']);
  });
});

describe('a gateway that fails', () => {
  it('down for ten minutes, then back: every message is sent, each exactly once', async () => {
    const { s, gateway, settle } = await setUp({ mode: 'fail' });
    const codes: string[] = [];
    for (const [index, phone] of ['40112233', '40112234', '40112235'].entries()) {
      codes.push((await book(s, { phone, start: at(['11:30', '11:45', '12:00'][index]!) })).code);
    }
    await settle();
    expect(gateway.requests.length).toBeGreaterThanOrEqual(3);
    expect(gateway.delivered()).toEqual([]);
    for (let minute = 1; minute <= 10; minute += 1) {
      if (minute === 5) gateway.setMode('down');
      s.clock.advanceMinutes(1);
      await settle();
    }
    expect(gateway.delivered()).toEqual([]);
    expect((await deskView(s, codes[0]!)).messages).toEqual([{ kind: 'booked', state: 'queued', at: expect.any(String) }]);

    gateway.setMode('ok');
    for (let minute = 11; minute <= 20; minute += 1) {
      s.clock.advanceMinutes(1);
      await settle();
    }
    expect(gateway.delivered().map((message) => message.id).sort()).toEqual(codes.map((code) => `booked:${code}`).sort());
    expect(gateway.duplicates()).toBe(0);
    // Retried with backoff (30 s, 1, 2, 4, 8 min): six attempts each, not one a minute.
    for (const code of codes) expect(gateway.requests.filter((request) => request.id === `booked:${code}`)).toHaveLength(6);
    for (const code of codes) expect((await deskView(s, code)).messages?.[0]?.state).toBe('sent');
  });

  it('answers a booking at once while the gateway hangs, and sends once it answers again', async () => {
    const { s, gateway, settle } = await setUp({ mode: 'hang', timeoutMs: 30_000 });
    const first = await book(s, { phone: '40112233', start: at('11:30') });
    await expect.poll(() => gateway.requests.length, { timeout: 5_000 }).toBe(1);
    // The gateway holds the first message's request; a booking is still answered, and kept.
    const second = await requestBooking(s, { phone: '40112234', start: at('11:45') });
    expect(second.status).toBe(201);
    expect(gateway.requests[0]!.answered).toBe('hang');
    expect((await deskView(s, first.code)).status).toBe('booked');

    gateway.setMode('ok');
    await s.smsSender!.idle();
    s.clock.advanceMinutes(1);
    await settle();
    s.clock.advanceMinutes(1);
    await settle();
    expect(gateway.delivered().map((message) => message.id).sort()).toEqual([`booked:${first.code}`, `booked:${second.body.code}`].sort());
    expect(gateway.duplicates()).toBe(0);
  });

  it('keeps queued messages over a restart and sends them when the server is back', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-sms-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const gateway = await startFakeSmsGateway({ mode: 'fail', requireToken: 'gateway-token' });
    cleanups.push(() => gateway.close());
    const before = await setUp({ gateway, dataDir });
    const { code } = await book(before.s, { phone: '40112233' });
    await before.settle();
    await before.s.close();
    gateway.setMode('ok');
    const after = await setUp({ gateway, dataDir });
    after.s.clock.advanceMinutes(1);
    await after.settle();
    expect(gateway.delivered().map((message) => message.id)).toEqual([`booked:${code}`]);
  });

  it('does not retry a message the gateway refuses, and says so without the number', async () => {
    const warn = vi.fn();
    const gateway = await startFakeSmsGateway({ mode: 'refuse', requireToken: 'gateway-token' });
    cleanups.push(() => gateway.close());
    const { s, settle } = await setUp({ gateway, log: warn });
    const { code } = await book(s, { phone: '40112233' });
    await settle();
    s.clock.advanceMinutes(30);
    await settle();
    expect(gateway.requests).toHaveLength(1);
    expect((await deskView(s, code)).messages?.[0]?.state).toBe('failed');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/refused by the gateway, HTTP 400/);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/40112233|Pas|Valby/);
  });
});

describe('the limits', () => {
  it('sends at most five an hour to one number: the rest are limited, not sent, and shown so', async () => {
    const { s, gateway, settle } = await setUp();
    const agent = await s.createStaff('agent-limits', 'agent', null);
    const codes: string[] = [];
    for (const time of ['11:30', '11:45', '12:00', '12:15', '12:30', '12:45', '13:00']) {
      codes.push((await book(s, { phone: '40112233', start: at(time) }, agent.token)).code);
      await settle();
    }
    expect(gateway.delivered()).toHaveLength(5);
    expect((await deskView(s, codes[6]!)).messages?.map((message) => message.state)).toEqual(['limited']);
    // Another number is not held back, and an hour later the first number is served again.
    await book(s, { phone: '40112299', start: at('13:15') }, agent.token);
    await settle();
    s.clock.advanceMinutes(61);
    await book(s, { phone: '40112233', start: at('14:00') }, agent.token);
    await settle();
    expect(gateway.delivered()).toHaveLength(7);
    const stats = (await s.request('GET', '/api/stats?from=2026-11-24&to=2026-11-24', { token: s.adminToken })).body;
    expect(stats.sms.total).toEqual({ sent: 7, failed: 0, limited: 2 });
  });

  it('sends at most DINTUR_SMS_PER_HOUR in all', async () => {
    const { s, gateway, settle } = await setUp({ perHour: 3 });
    for (const [index, time] of ['11:30', '11:45', '12:00', '12:15', '12:30'].entries()) {
      await book(s, { phone: `4011223${index}`, start: at(time) });
      await settle();
    }
    expect(gateway.delivered()).toHaveLength(3);
    expect(gateway.requests).toHaveLength(3);
  });
});
