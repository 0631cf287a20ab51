/**
 * SMS about the bookings the hub owns, against a real PostgreSQL server: the confirmation (time,
 * place, link), only the centre's name for a sensitive service, moves and cancellations, the
 * reminder at each centre's configured hour the day before, a gateway down for ten minutes and one
 * that hangs, the limits, more than one hub process on one database, what the booking desk sees,
 * and the personal-data purge. The SMS provider cannot run here: it is played by a fake gateway
 * (tests/support/fake-sms-gateway.ts), a real HTTP server on 127.0.0.1 that records what it is
 * sent. The hub's clock is the real one plus an offset the tests move; the hub reads it as
 * Tuesday 24 November 2026, 09:00 in Copenhagen at the start.
 */
import { startHub, type HubSettings } from '@dintur/city';
import type { CentreConfigInput } from '@dintur/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.js';
import { testScryptCost } from '../support/test-server.js';
import { call, eventually, hubAdminPassword, passportConfig, shipConfig, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let gateway: FakeSmsGateway;
let hub: CityHub;
const clock = { offsetMs: 0 };
const now = () => Date.now() + clock.offsetMs;
/** Sets the hub's clock to read `instant` now. */
const setClock = (instant: string) => void (clock.offsetMs = Date.parse(instant) - Date.now());
/** An instant in Copenhagen in November (UTC+1). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();
const publicUrl = 'https://tid.example.dk';

/** A hub on `databaseUrl` (or a fresh database) sending through the fake gateway, looking at its outbox every 50 ms. */
async function startSmsHub(sms: Partial<NonNullable<HubSettings['sms']>> = {}, databaseUrl?: string): Promise<CityHub> {
  const url = databaseUrl ?? (await cluster.createDatabase());
  const running = await startHub(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: cluster.dir,
      databaseUrl: url,
      adminPassword: hubAdminPassword,
      bookingLimitPerMinute: 0,
      publicUrl,
      sms: { url: gateway.url, from: 'KBH', token: 'gateway-token', perHour: 0, perNumberPerHour: 5, ...sms },
    },
    { now, scryptCost: testScryptCost, sms: { pollMs: 50, sweepMs: 50, timeoutMs: 5_000, log: () => undefined } },
  );
  const request: CityHub['request'] = (method, path, options) => call(running.url, method, path, options);
  const adminToken = (await request('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } })).body.token as string;
  const register = async (id: string, name: string) => (await request('POST', '/api/centres', { token: adminToken, body: { id, name } })).body.key as string;
  return { ...running, databaseUrl: url, adminToken, request, register };
}

/** Linked centres whose configuration the hub has; Valby sends its reminders at 18:30, Amager at the default 17:00. */
async function linkCentres(target: CityHub): Promise<void> {
  const valby: CentreConfigInput = { ...passportConfig('Borgercenter Valby'), sms: { reminderTime: '18:30' } };
  await shipConfig(target, 'valby', await target.register('valby', 'Borgercenter Valby'), valby, 'v1');
  await shipConfig(target, 'amager', await target.register('amager', 'Borgerservice Amager'), passportConfig('Borgerservice Amager'), 'a1');
}

/** An agent of the contact centre, signed in now (a session lasts 12 hours of the hub's clock). */
async function agentToken(target: CityHub): Promise<string> {
  await target.request('POST', '/api/staff', { token: target.adminToken, body: { username: 'agent1', password: 'agent1-password', role: 'agent', displayName: 'Agent' } });
  return (await target.request('POST', '/api/auth/login', { body: { username: 'agent1', password: 'agent1-password' } })).body.token as string;
}

let phones = 0;
/** A phone number of its own for each booking unless told (one number holds at most 3 coming bookings). */
const nextPhone = () => `40 00 ${String((phones += 1)).padStart(4, '0')}`;
const international = (phone: string) => `+45${phone.replace(/\D/g, '')}`;

type Booked = { code: string; start: string; phone: string; messages?: { kind: string; state: string; at: string }[] };
async function book(target: CityHub, centreId: string, start: string, extra: { serviceId?: string; phone?: string; lang?: string; token?: string } = {}): Promise<Booked> {
  const { token, ...rest } = extra;
  const body = { centreId, serviceId: 'passport', start, name: 'Anna Hansen', phone: nextPhone(), lang: 'da', ...rest };
  const answer = await target.request('POST', '/api/city/appointments', { body, ...(token && { token }) });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  // The phone number as given: the citizen's own view shows only its end.
  return { ...(answer.body as Booked), phone: body.phone };
}

/** The one message the gateway took under `id`, once it has. */
const delivered = (id: string) =>
  eventually(() => {
    const found = gateway.delivered().filter((message) => message.id === id);
    expect(found, `message ${id}`).toHaveLength(1);
    return found[0]!;
  });
const outboxRow = async (target: CityHub, id: string) =>
  (await target.db.query<{ state: string; attempts: number; phone: string | null; text: string | null; last_error: string | null }>('SELECT state, attempts, phone, text, last_error FROM sms_outbox WHERE id = $1', [id]))[0];
/** Lets the sender look at its outbox a few times. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

beforeAll(async () => {
  cluster = await startPostgres();
  gateway = await startFakeSmsGateway({ requireToken: 'gateway-token' });
  setClock(at('2026-11-24', '09:00'));
  hub = await startSmsHub();
  await linkCentres(hub);
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await gateway?.close();
  await cluster?.stop();
});

describe('SMS about the bookings the hub owns', { timeout: 60_000 }, () => {
  it('confirms a booking with its time, place, code and link, in the citizen’s language; the desk sees it sent', async () => {
    const danish = await book(hub, 'valby', at('2026-11-25', '10:00'));
    const english = await book(hub, 'valby', at('2026-11-26', '11:15'), { lang: 'en' });
    const spaced = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

    const message = await delivered(`booked:${danish.code}`);
    expect(message).toMatchObject({ to: international(danish.phone), from: 'KBH' });
    expect(message.text).toBe(`Din tid er booket: onsdag 25.11. kl. 10.00, Pas, Borgercenter Valby. Kode ${spaced(danish.code)}. Flyt eller aflys: ${publicUrl}/book/${danish.code}`);
    expect(gateway.requests.find((request) => request.id === message.id)?.authorization).toBe('Bearer gateway-token');
    const inEnglish = await delivered(`booked:${english.code}`);
    expect(inEnglish.text).toContain('Thursday 26/11 at 11:15, Passport, Borgercenter Valby');
    expect(inEnglish.text).toContain(`${publicUrl}/book/${english.code}?lang=en`);

    const token = await agentToken(hub);
    const atDesk = await hub.request('GET', `/api/city/appointments/${danish.code}`, { token });
    expect(atDesk.body.messages).toEqual([{ kind: 'booked', state: 'sent', at: expect.any(String) }]);
    expect(JSON.stringify(atDesk.body.messages)).not.toContain(danish.phone.slice(-4));
    // The citizen's own view (the code alone) is as before.
    expect((await hub.request('GET', `/api/city/appointments/${danish.code}`)).body.messages).toBeUndefined();
  });

  it('names only the centre for a sensitive service', async () => {
    const social = await book(hub, 'valby', at('2026-11-25', '14:00'), { serviceId: 'social-counselling' });
    const { text } = await delivered(`booked:${social.code}`);
    expect(text).toContain('onsdag 25.11. kl. 14.00, Borgercenter Valby.');
    expect(text).not.toMatch(/social|rådgivning|radgivning/i);
  });

  it('queues a message only with a booking made: none for one the booking function refuses', async () => {
    const phone = nextPhone();
    for (const time of ['09:00', '09:15', '09:30']) await book(hub, 'amager', at('2026-11-27', time), { phone });
    // A fourth coming booking of one number is refused inside the booking's one statement.
    const refused = await hub.request('POST', '/api/city/appointments', { body: { centreId: 'amager', serviceId: 'passport', start: at('2026-11-27', '09:45'), name: 'Bo', phone, lang: 'da' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('booking-limit');
    const rows = await hub.db.query('SELECT kind FROM sms_outbox WHERE phone = $1', [international(phone)]);
    expect(rows).toEqual([{ kind: 'booked' }, { kind: 'booked' }, { kind: 'booked' }]);
  });

  it('tells the citizen when staff move or cancel the booking, and when the citizen moves it', async () => {
    const token = await agentToken(hub);
    const booked = await book(hub, 'amager', at('2026-11-26', '09:00'));
    await delivered(`booked:${booked.code}`);
    const moved = await hub.request('POST', `/api/city/appointments/${booked.code}/move`, { token, body: { start: at('2026-11-26', '14:30') } });
    expect(moved.status).toBe(200);
    const movedMessage = await eventually(() => {
      const found = gateway.delivered().find((message) => message.id.startsWith(`moved:${booked.code}:`));
      expect(found).toBeDefined();
      return found!;
    });
    expect(movedMessage.text).toContain('Din tid er flyttet til torsdag 26.11. kl. 14.30, Pas, Borgerservice Amager.');
    // The citizen moves it back with the code: a message again (the code alone allows it).
    expect((await hub.request('POST', `/api/city/appointments/${booked.code}/move`, { body: { start: at('2026-11-26', '09:45') } })).status).toBe(200);
    await eventually(() => expect(gateway.delivered().filter((message) => message.id.startsWith(`moved:${booked.code}:`))).toHaveLength(2));

    expect((await hub.request('DELETE', `/api/city/appointments/${booked.code}`, { token })).status).toBe(200);
    const cancelled = await delivered(`cancelled:${booked.code}`);
    expect(cancelled.text).toBe(`Din tid torsdag 26.11. kl. 09.45, Pas, Borgerservice Amager er aflyst. Book en ny tid: ${publicUrl}/book`);
    // Cancelling again is no second message.
    expect((await hub.request('DELETE', `/api/city/appointments/${booked.code}`, { token })).status).toBe(200);
    await settle();
    expect(gateway.requests.filter((request) => request.id === `cancelled:${booked.code}`)).toHaveLength(1);
    const desk = await hub.request('GET', `/api/city/appointments/${booked.code}`, { token });
    expect(desk.body.messages.map((message: { kind: string; state: string }) => `${message.kind} ${message.state}`)).toEqual(['booked sent', 'moved sent', 'moved sent', 'cancelled sent']);
  });

  it('sends every message exactly once when the gateway is down for ten minutes and comes back', async () => {
    gateway.setMode('down');
    const bookings = [await book(hub, 'valby', at('2026-11-27', '10:00')), await book(hub, 'valby', at('2026-11-27', '10:15')), await book(hub, 'amager', at('2026-11-27', '10:30'))];
    const ids = bookings.map((booked) => `booked:${booked.code}`);
    const base = now();
    for (let minute = 1; minute <= 10; minute += 1) {
      clock.offsetMs += base + minute * 60_000 - now();
      await settle();
    }
    const refused = gateway.requests.filter((request) => ids.includes(request.id as string));
    expect(refused.length).toBeGreaterThanOrEqual(3 * 4);
    expect(refused.every((request) => request.answered === 'down')).toBe(true);
    expect((await outboxRow(hub, ids[0]!))?.state).toBe('queued');

    gateway.setMode('ok');
    clock.offsetMs += 10 * 60_000;
    for (const id of ids) await delivered(id);
    await settle();
    for (const id of ids) expect(gateway.requests.filter((request) => request.id === id && request.answered === 202), id).toHaveLength(1);
    expect(gateway.duplicates()).toBe(0);
    expect((await outboxRow(hub, ids[0]!))?.state).toBe('sent');
  });

  it('answers a booking at once while the gateway hangs, and sends both once it answers', async () => {
    gateway.setMode('hang');
    const first = await book(hub, 'valby', at('2026-11-28', '10:00'));
    await eventually(() => expect(gateway.requests.some((request) => request.id === `booked:${first.code}` && request.answered === 'hang')).toBe(true));
    // The first message's call is still under way at the gateway while the next citizen books.
    const second = await book(hub, 'valby', at('2026-11-28', '10:15'));
    expect((await outboxRow(hub, `booked:${first.code}`))?.state).toBe('queued');

    // The gateway comes back and drops the hung call: the first message waits for its retry.
    gateway.setMode('ok');
    await eventually(async () => expect((await outboxRow(hub, `booked:${first.code}`))?.last_error).toMatch(/network error/));
    clock.offsetMs += 60_000;
    await delivered(`booked:${first.code}`);
    await delivered(`booked:${second.code}`);
  });

  it('reminds the evening before, at each centre’s configured hour in its time zone, of the bookings made before it', async () => {
    const tomorrow = await book(hub, 'valby', at('2026-11-25', '15:00'));
    const atAmager = await book(hub, 'amager', at('2026-11-25', '15:00'));
    const later = await book(hub, 'valby', at('2026-11-26', '15:00'));
    const reminderOf = (booked: Booked) => `reminder:${booked.code}:${Date.parse(booked.start)}`;

    setClock(at('2026-11-24', '17:01'));
    const amagerReminder = await delivered(reminderOf(atAmager));
    expect(amagerReminder.text).toContain('Husk din tid onsdag 25.11. kl. 15.00, Pas, Borgerservice Amager.');
    setClock(at('2026-11-24', '18:29'));
    await settle();
    expect(gateway.requests.some((request) => request.id === reminderOf(tomorrow))).toBe(false);

    setClock(at('2026-11-24', '18:31'));
    const reminder = await delivered(reminderOf(tomorrow));
    expect(reminder).toMatchObject({ to: international(tomorrow.phone) });
    expect(reminder.text).toBe(`Husk din tid onsdag 25.11. kl. 15.00, Pas, Borgercenter Valby. Kode ${tomorrow.code.slice(0, 4)} ${tomorrow.code.slice(4)}. Flyt eller aflys: ${publicUrl}/book/${tomorrow.code}`);
    // Booked after the reminder hour: its confirmation is all it needs.
    const lateBooking = await book(hub, 'valby', at('2026-11-25', '16:00'));
    await delivered(`booked:${lateBooking.code}`);
    await settle();
    expect(gateway.requests.some((request) => request.id === reminderOf(lateBooking) || request.id === reminderOf(later))).toBe(false);
    expect(gateway.requests.filter((request) => request.id === reminderOf(tomorrow))).toHaveLength(1);
    const token = await agentToken(hub);
    const desk = await hub.request('GET', `/api/city/appointments?query=${tomorrow.code}`, { token });
    expect(desk.body[0].messages.map((message: { kind: string }) => message.kind)).toEqual(['booked', 'reminder']);
  });

  it('claims each message in one hub process only when two send from one database', async () => {
    const second = await startSmsHub({}, hub.databaseUrl);
    try {
      gateway.setMode('fail');
      const token = await agentToken(hub);
      const bookings = await Promise.all(Array.from({ length: 12 }, (_, index) => book(index % 2 ? hub : second, 'amager', at('2026-11-29', `1${index % 8}:${index < 8 ? '00' : '30'}`), { token })));
      await settle();
      gateway.setMode('ok');
      clock.offsetMs += 60_000;
      for (const booked of bookings) await delivered(`booked:${booked.code}`);
      await settle();
      for (const booked of bookings) expect(gateway.requests.filter((request) => request.id === `booked:${booked.code}` && request.answered === 202)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('deletes the numbers and texts with the booking’s personal data', async () => {
    const { databaseUrl } = hub;
    await hub.close();
    setClock(at('2026-12-31', '12:00'));
    hub = await startSmsHub({}, databaseUrl);
    await eventually(async () => {
      const left = await hub.db.query("SELECT count(*)::int AS count FROM sms_outbox WHERE phone IS NOT NULL OR text IS NOT NULL");
      expect(left).toEqual([{ count: 0 }]);
    });
    expect(Number((await hub.db.query<{ count: number }>('SELECT count(*)::int AS count FROM sms_outbox'))[0]!.count)).toBeGreaterThan(10);
  });
});

describe('the limits on SMS', { timeout: 60_000 }, () => {
  it('sends one number at most its hourly share, and the hub at most its hourly total, the rest the next hour', async () => {
    setClock(at('2026-11-24', '09:00'));
    const limited = await startSmsHub({ perNumberPerHour: 2, perHour: 3 });
    try {
      await linkCentres(limited);
      const token = await agentToken(limited);
      const phone = nextPhone();
      const sameNumber: Booked[] = [];
      for (const time of ['10:00', '10:15', '10:30']) sameNumber.push(await book(limited, 'valby', at('2026-11-25', time), { phone, token }));
      await delivered(`booked:${sameNumber[0]!.code}`);
      await delivered(`booked:${sameNumber[1]!.code}`);
      await eventually(async () => expect((await outboxRow(limited, `booked:${sameNumber[2]!.code}`))?.state).toBe('limited'));
      const desk = await limited.request('GET', `/api/city/appointments/${sameNumber[2]!.code}`, { token });
      expect(desk.body.messages).toEqual([{ kind: 'booked', state: 'limited', at: expect.any(String) }]);

      // Two sent this hour: one more may go, the next waits for the hour to pass.
      const other = await book(limited, 'valby', at('2026-11-25', '11:00'));
      const waiting = await book(limited, 'valby', at('2026-11-25', '11:15'));
      await delivered(`booked:${other.code}`);
      await settle();
      expect(await outboxRow(limited, `booked:${waiting.code}`)).toMatchObject({ state: 'queued', last_error: 'over 3 messages an hour' });
      clock.offsetMs += 61 * 60_000;
      await delivered(`booked:${waiting.code}`);
      expect(gateway.requests.some((request) => request.id === `booked:${sameNumber[2]!.code}`)).toBe(false);
    } finally {
      await limited.close();
    }
  });
});
