import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHub } from '@dintur/city';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/test-server.js';
import { testScryptCost } from '../support/test-server.js';
import { call, eventually, hubAdminPassword, startLinkedCentre, startPostgres, type CityHub } from './city-fixture.js';

/**
 * Booking at any centre, the centre's side: bookings made at the hub reach their centre through
 * the hub's feed, and the centre checks them in with the hub gone. A real PostgreSQL server, the
 * real hub and a real centre (SQLite file, HTTP on port 0); the hub's clock is the centre's.
 */

/** An instant of the test day (Tuesday 24 November 2026, Copenhagen, UTC+1) as ISO. */
const at = (time: string) => new Date(`2026-11-24T${time}:00+01:00`).toISOString();

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
let centre: TestServer;
let key: string;
const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-booking-delivery-'));
/** The hub reads the centre's clock, so both agree on which slots are past. */
let now = () => Date.parse('2026-11-24T10:00:00Z');
const codes: Record<string, string> = {};

async function startTheHub(port = 0, databaseUrl?: string): Promise<CityHub> {
  const url = databaseUrl ?? (await cluster.createDatabase());
  const started = await startHub(
    { port, host: '127.0.0.1', dataDir: cluster.dir, databaseUrl: url, adminPassword: hubAdminPassword },
    { scryptCost: testScryptCost, now: () => now() },
  );
  const request: CityHub['request'] = (method, target, options) => call(started.url, method, target, options);
  const login = await request('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } });
  expect(login.status).toBe(200);
  const adminToken = login.body.token as string;
  return {
    ...started,
    databaseUrl: url,
    adminToken,
    request,
    async register(id, name) {
      const created = await request('POST', '/api/centres', { token: adminToken, body: { id, name } });
      expect(created.status).toBe(201);
      return created.body.key as string;
    },
  };
}

async function startCentre(): Promise<TestServer> {
  const started = await startLinkedCentre(hub.url, 'valby', key, { dataDir });
  now = () => started.clock.now();
  return started;
}

let bookingsMade = 0;
/** Books at the hub as a citizen; returns the booking code. */
async function bookAtHub(start: string, extra: Record<string, unknown> = {}): Promise<string> {
  // A number and address of its own each time: one holds at most three coming bookings (tests/city/booking-caps.test.ts).
  bookingsMade += 1;
  const booking = { phone: `+45 12 34 ${String(5600 + bookingsMade).slice(0, 2)} ${String(5600 + bookingsMade).slice(2)}`, email: `anna.hansen.${bookingsMade}@example.dk` };
  const booked = await hub.request('POST', '/api/city/appointments', {
    body: { centreId: 'valby', serviceId: 'passport', start, name: 'Anna Hansen', ...booking, lang: 'da', ...extra },
  });
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  expect(booked.body.centreId).toBe('valby');
  return booked.body.code as string;
}

const atCentre = (code: string) => centre.request('GET', `/api/appointments/${code}`, { token: centre.adminToken });
const centreLog = () =>
  centre.engine.context.events
    .between(0, Number.MAX_SAFE_INTEGER)
    .filter((event) => event.type.startsWith('appointment.'))
    .map(({ type, details }) => ({ type, details }));
const hubLog = async () =>
  hub.db.query<{ type: string; details: Record<string, unknown>; text: string }>(
    `SELECT type, details, details::TEXT AS text FROM events WHERE centre_id = 'valby' AND type LIKE 'appointment.%' ORDER BY id`,
  );

beforeAll(async () => {
  cluster = await startPostgres({ durableCommits: false });
  hub = await startTheHub();
  key = await hub.register('valby', 'Valby Borgerservice');
  centre = await startCentre();
  // The hub learns the centre's services and slots from the configuration in force, which the
  // link sends even when the centre's log is still empty (fresh from install, nobody served yet).
  expect(centre.engine.context.events.between(0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  await eventually(async () => {
    const slots = await hub.request('GET', `/api/city/services/passport/slots?date=2026-11-24&centreId=valby`);
    expect(slots.status, JSON.stringify(slots.body)).toBe(200);
    expect(slots.body.find((slot: { start: string }) => slot.start === at('11:30'))).toMatchObject({ centreId: 'valby', available: 1 });
  }, 20_000);
}, 90_000);

afterAll(async () => {
  await centre?.close().catch(() => undefined);
  await hub?.close().catch(() => undefined);
  await cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bookings made at the city hub, at their centre', { timeout: 60_000 }, () => {
  it('reach the centre within 10 seconds, with the personal data in the appointment and none in its log', async () => {
    const bookedAt = Date.now();
    codes.card = await bookAtHub(at('11:30'), { cpr: '010190-1234', phone: '+45 12 34 56 78', email: 'anna.hansen@example.dk' });
    const delivered = await eventually(async () => {
      const answer = await atCentre(codes.card!);
      expect(answer.status).toBe(200);
      return answer.body;
    }, 10_000);
    expect(Date.now() - bookedAt).toBeLessThan(10_000);
    expect(delivered).toMatchObject({ code: codes.card, serviceId: 'passport', start: at('11:30'), end: at('11:45'), status: 'booked', name: 'Anna Hansen', email: 'anna.hansen@example.dk', healthCardCheckIn: true });
    expect(centreLog()).toEqual([{ type: 'appointment.booked', details: { serviceId: 'passport', start: at('11:30'), channel: 'online' } }]);
    // The place is taken at the centre too: its own slots agree with the hub's.
    const slots = await centre.request('GET', '/api/services/passport/slots?date=2026-11-24');
    expect(slots.body.find((slot: { start: string }) => slot.start === at('11:30'))).toMatchObject({ available: 0 });
  });

  it('follow a move and a cancellation made at the hub', async () => {
    codes.moved = await bookAtHub(at('12:00'));
    codes.cancelled = await bookAtHub(at('13:00'));
    await eventually(async () => expect((await atCentre(codes.cancelled!)).status).toBe(200));
    expect((await hub.request('POST', `/api/city/appointments/${codes.moved}/move`, { body: { start: at('12:45') } })).status).toBe(200);
    expect((await hub.request('DELETE', `/api/city/appointments/${codes.cancelled}`)).status).toBe(200);
    await eventually(async () => {
      expect((await atCentre(codes.moved!)).body).toMatchObject({ status: 'booked', start: at('12:45'), end: at('13:00') });
      expect((await atCentre(codes.cancelled!)).body).toMatchObject({ status: 'cancelled' });
    });
    expect(centreLog().slice(1)).toEqual([
      { type: 'appointment.booked', details: { serviceId: 'passport', start: at('12:00'), channel: 'online' } },
      { type: 'appointment.booked', details: { serviceId: 'passport', start: at('13:00'), channel: 'online' } },
      { type: 'appointment.moved', details: { serviceId: 'passport', from: at('12:00'), to: at('12:45') } },
      { type: 'appointment.cancelled', details: { serviceId: 'passport', start: at('13:00'), by: 'city' } },
    ]);
  });

  it('are booked, moved and cancelled only at the hub: the centre says where, and changes nothing', async () => {
    const before = centreLog().length;
    const refused = await centre.request('POST', '/api/appointments', { body: { serviceId: 'passport', start: at('14:00'), name: 'Bo Berg', phone: '11223344', lang: 'da' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^Bookings for this centre are made at the city hub: /),
      details: { reason: 'booked-at-city', url: `${hub.url}/book?centre=valby` },
    });
    const move = await centre.request('POST', `/api/appointments/${codes.moved}/move`, { body: { start: at('14:00') } });
    expect(move.status).toBe(409);
    expect(move.body.error.details).toEqual({ reason: 'booked-at-city', url: `${hub.url}/book/${codes.moved}` });
    expect((await centre.request('DELETE', `/api/appointments/${codes.moved}`)).body.error.details.reason).toBe('booked-at-city');
    expect(centreLog()).toHaveLength(before);

    const page = await fetch(`${centre.url}/book`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(`${hub.url}/book?centre=valby`);
    const own = await fetch(`${centre.url}/book/${codes.moved}`, { redirect: 'manual' });
    expect(own.headers.get('location')).toBe(`${hub.url}/book/${codes.moved}`);

    // The booking desk learns where to book from the link's status; agents may read it.
    const agent = await centre.createStaff('agent-ida', 'agent', null);
    const link = await centre.request('GET', '/api/city-link', { token: agent.token });
    expect(link.body).toMatchObject({ configured: true, bookingDeskUrl: `${hub.url}/staff/bookings`, bookingFeed: { state: 'following', cityCprKey: true } });
  });

  it('catch up with bookings made while the centre was down, doubling nothing in its log', async () => {
    const logBefore = centreLog();
    await centre.close();
    codes.byCode = await bookAtHub(at('11:45'));
    codes.missed = await bookAtHub(at('11:15'));
    centre = await startCentre();
    await eventually(async () => {
      expect((await atCentre(codes.byCode!)).body.status).toBe('booked');
      expect((await atCentre(codes.missed!)).body.status).toBe('booked');
    });
    // A few more polls of the feed: nothing is applied twice.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect(centreLog()).toEqual([
      ...logBefore,
      { type: 'appointment.booked', details: { serviceId: 'passport', start: at('11:45'), channel: 'online' } },
      { type: 'appointment.booked', details: { serviceId: 'passport', start: at('11:15'), channel: 'online' } },
    ]);
  });

  it('are checked in by code and by health card with the hub stopped, and a missed one becomes a no-show', async () => {
    await eventually(async () => expect((await centre.request('GET', '/api/city-link', { token: centre.adminToken })).body.bookingFeed.cityCprKey).toBe(true));
    const { port, databaseUrl } = hub;
    await hub.close();

    centre.clock.set(at('11:20'));
    const byCard = await centre.request('POST', '/api/appointments/check-in-by-cpr', { body: { cpr: '0101901234', lang: 'da' } });
    expect(byCard.status, JSON.stringify(byCard.body)).toBe(201);
    expect(byCard.body.appointment).toMatchObject({ code: codes.card, start: at('11:30') });
    const byCode = await centre.request('POST', `/api/appointments/${codes.byCode}/check-in`, { body: { lang: 'da' } });
    expect(byCode.status, JSON.stringify(byCode.body)).toBe(201);
    expect(byCode.body.appointment).toMatchObject({ code: codes.byCode });
    centre.clock.set(at('11:30'));
    expect((await atCentre(codes.missed!)).body.status).toBe('no-show');
    const link = await eventually(async () => {
      const answer = await centre.request('GET', '/api/city-link', { token: centre.adminToken });
      expect(answer.body.bookingFeed.state).toBe('unreachable');
      return answer.body;
    });
    expect(link.bookingFeed.message).toMatch(/cannot be reached for this centre's bookings.*check-in goes on/);

    // The hub back: what happened reaches its log, with the booking codes of who came and who did not.
    hub = await startTheHub(port, databaseUrl);
    const log = await eventually(async () => {
      const rows = await hubLog();
      expect(rows.filter((row) => row.type === 'appointment.no-show')).toHaveLength(1);
      return rows;
    }, 20_000);
    const count = (type: string) => log.filter((row) => row.type === type).length;
    expect({ booked: count('appointment.booked'), moved: count('appointment.moved'), cancelled: count('appointment.cancelled'), checkedIn: count('appointment.checked-in') }).toEqual({
      booked: 5,
      moved: 1,
      cancelled: 1,
      checkedIn: 2,
    });
    expect(log.filter((row) => row.type === 'appointment.checked-in').map((row) => row.details.code)).toEqual([codes.card, codes.byCode]);
    expect(log.find((row) => row.type === 'appointment.no-show')!.details.code).toBe(codes.missed);
    for (const row of log) expect(row.text).not.toMatch(/Anna|Hansen|4512345678|12 34 56 78|anna\.hansen|0101901234|010190/);
    await eventually(async () => {
      expect((await hub.request('GET', `/api/city/appointments/${codes.card}`)).body.status).toBe('checked-in');
      expect((await hub.request('GET', `/api/city/appointments/${codes.missed}`)).body.status).toBe('no-show');
    });

    // The hub's account of the day comes back through the feed and changes nothing here.
    const settled = centreLog();
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect(centreLog()).toEqual(settled);
    expect((await atCentre(codes.card!)).body.status).toBe('checked-in');
  });

  it('reads every booking again from a hub whose database was replaced, though its new revisions pass the old cursor', async () => {
    const oldCursor = (await centre.request('GET', '/api/city-link', { token: centre.adminToken })).body.bookingFeed.cursor as number;
    expect(oldCursor).toBeGreaterThan(0);
    const config = (await centre.request('GET', '/api/config', { token: centre.adminToken })).body;
    await centre.close();
    const { port } = hub;
    await hub.close();
    // A new hub database on the same address: the centre is registered anew (it will get the new
    // key), its configuration arrives, and citizens book more than the centre's old cursor counted
    // before the centre asks for its bookings again.
    hub = await startTheHub(port);
    key = await hub.register('valby', 'Valby Borgerservice');
    const configured = await hub.request('POST', '/api/centres/valby/events', { token: key, body: { after: 0, events: [], configs: [{ version: 'restored', document: config }] } });
    expect(configured.status, JSON.stringify(configured.body)).toBe(200);
    const starts = Array.from({ length: oldCursor + 2 }, (_, index) => new Date(Date.parse(at('12:00')) + index * 15 * 60_000).toISOString());
    const newCodes: string[] = [];
    for (const start of starts) newCodes.push(await bookAtHub(start));
    centre = await startCentre();
    // Every booking of the new hub reaches the centre, those numbered below its old cursor too.
    await eventually(async () => {
      for (const code of newCodes) expect((await atCentre(code)).status, code).toBe(200);
    }, 20_000);
  });

  it('says a refused key once, plainly, and the centre goes on serving', async () => {
    await hub.register('amager', 'Amager Borgerservice');
    const lines: string[] = [];
    const other = await startLinkedCentre(hub.url, 'amager', 'dck_not-the-key-the-hub-gave-this-centre', {
      cityLink: { pollMs: 100, maxBackoffMs: 300, statusEveryMs: 2_000, log: (line) => lines.push(line) },
    });
    try {
      await eventually(async () => expect((await other.request('GET', '/api/city-link', { token: other.adminToken })).body.bookingFeed.state).toBe('refused'));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(lines.filter((line) => line.includes('when asked for its bookings'))).toEqual([
        expect.stringMatching(/refused this centre's key for "amager" when asked for its bookings .*DINTUR_CITY_KEY/),
      ]);
      expect((await other.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    } finally {
      await other.close();
    }
  });
});
