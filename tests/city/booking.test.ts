/**
 * Booking at any centre, at the hub, against a real PostgreSQL server: what can be booked where
 * (from the configurations the centres shipped), booking, the race for the last places, moving,
 * cancelling, the booking desk's search, and each centre's change feed. Centres are played by
 * HTTP calls with their keys, as a linked centre makes them; the centre's own side of the feed is
 * tests/city/booking-delivery.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passportConfig, shipConfig, startCityHub, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
const keys: Record<string, string> = {};
let agentToken: string;
let managerToken: string;

async function signIn(username: string, role: string): Promise<string> {
  expect((await hub.request('POST', '/api/staff', { token: hub.adminToken, body: { username, password: `${username}-password`, role, displayName: username } })).status).toBe(201);
  return (await hub.request('POST', '/api/auth/login', { body: { username, password: `${username}-password` } })).body.token as string;
}

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startCityHub(cluster);
  keys.valby = await hub.register('valby', 'Borgercenter Valby');
  keys.amager = await hub.register('amager', 'Borgerservice Amager');
  keys.osterbro = await hub.register('osterbro', 'Borgerservice Østerbro');
  await shipConfig(hub, 'valby', keys.valby!, passportConfig('Borgercenter Valby', 1), 'v1');
  await shipConfig(hub, 'amager', keys.amager!, passportConfig('Borgerservice Amager', 2), 'a1');
  agentToken = await signIn('agent1', 'agent');
  managerToken = await signIn('leader1', 'manager');
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await cluster?.stop();
});

type Slot = { centreId: string; start: string; end: string; available: number; capacity: number };

/** The first date from today (Copenhagen) on which `centreId` has free passport slots, and those slots. */
async function nextPassportDay(centreId: string): Promise<{ date: string; slots: Slot[] }> {
  const earliest = await hub.request('GET', '/api/city/services/passport/earliest?perCentre=1');
  if (earliest.status !== 200) throw new Error(`earliest: ${earliest.status} ${JSON.stringify(earliest.body)}`);
  const first = (earliest.body as { centreId: string; slots: Slot[] }[]).find((centre) => centre.centreId === centreId)!.slots[0]!;
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(first.start));
  const slots = await hub.request('GET', `/api/city/services/passport/slots?date=${date}&centreId=${centreId}`);
  expect(slots.status).toBe(200);
  return { date, slots: (slots.body as Slot[]).filter((slot) => slot.available > 0) };
}

let bookingsMade = 0;
/** Each booking by a number of its own unless told: one number holds at most three coming bookings (tests/city/booking-caps.test.ts). */
const bookBody = (centreId: string, start: string, extra: Record<string, unknown> = {}) => ({
  centreId,
  serviceId: 'passport',
  start,
  name: 'Anna Hansen',
  phone: `+45 ${20_000_000 + (bookingsMade += 1)}`,
  lang: 'da',
  ...extra,
});

const appointmentCount = async () => Number((await hub.db.query<{ count: string }>('SELECT count(*) AS count FROM appointments'))[0]!.count);

describe('booking at any centre, at the hub', () => {
  it('offers each service at the centres whose own configuration takes bookings for it, with their places', async () => {
    const options = await hub.request('GET', '/api/city/booking');
    expect(options.status).toBe(200);
    const passport = options.body.services.find((service: { id: string }) => service.id === 'passport');
    expect(passport.name).toMatchObject({ da: 'Pas', en: 'Passport', so: 'Baasaboor' });
    // Østerbro never shipped a configuration: the hub cannot know its slots, so it offers none.
    expect(passport.centres.map((centre: { centreId: string }) => centre.centreId)).toEqual(['valby', 'amager']);
    expect(passport.centres[0]).toMatchObject({ centreName: 'Borgercenter Valby', lengthMinutes: 15 });

    const { date } = await nextPassportDay('valby');
    const slots = (await hub.request('GET', `/api/city/services/passport/slots?date=${date}`)).body as Slot[];
    // One slot function for centre and hub: 2 counters at 50 % walk-ins give one place a slot, 0 % give two.
    expect(new Set(slots.filter((slot) => slot.centreId === 'valby').map((slot) => slot.capacity))).toEqual(new Set([1]));
    expect(new Set(slots.filter((slot) => slot.centreId === 'amager').map((slot) => slot.capacity))).toEqual(new Set([2]));
    expect(slots.every((slot) => Date.parse(slot.start) > Date.now())).toBe(true);
    expect(slots.map((slot) => slot.start)).toEqual([...slots.map((slot) => slot.start)].sort());

    expect((await hub.request('GET', '/api/city/services/unheard-of/slots?date=2026-12-01')).status).toBe(404);
    const badDate = await hub.request('GET', '/api/city/services/passport/slots?date=tomorrow');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.issues[0].path).toBe('query.date');
  });

  it('books a place with a code, shows the public only part of the contact details, and says 409 when the slot is full', async () => {
    const { slots } = await nextPassportDay('valby');
    const slot = slots[0]!;
    const before = await appointmentCount();
    const booked = await hub.request('POST', '/api/city/appointments', { body: bookBody('valby', slot.start, { cpr: '010203-1234', email: 'anna@example.dk', phone: '+45 12 34 56 78' }) });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ centreId: 'valby', centreName: 'Borgercenter Valby', serviceId: 'passport', start: slot.start, status: 'booked', channel: 'online', healthCardCheckIn: true });
    expect(booked.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(booked.body.phone).toBe('••••••78');
    expect(JSON.stringify(booked.body)).not.toContain('0102031234');
    const stored = (await hub.db.query<{ cpr_hash: string; phone: string }>('SELECT cpr_hash, phone FROM appointments WHERE code = $1', [booked.body.code]))[0]!;
    expect(stored.cpr_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.phone).toBe('+4512345678');

    // Valby's slot had one place: the next citizen is told, and nothing is booked.
    const full = await hub.request('POST', '/api/city/appointments', { body: bookBody('valby', slot.start, { name: 'Bo Jensen' }) });
    expect(full.status).toBe(409);
    expect(full.body.error.details).toEqual({ reason: 'slot-full', start: slot.start });
    const after = (await hub.request('GET', `/api/city/services/passport/slots?date=${(await nextPassportDay('valby')).date}&centreId=valby`)).body as Slot[];
    expect(after.find((candidate) => candidate.start === slot.start)?.available ?? 0).toBe(0);
    expect(await appointmentCount()).toBe(before + 1);

    const shown = await hub.request('GET', `/api/city/appointments/${booked.body.code.toLowerCase().replace(/(.{4})/, '$1 ')}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ code: booked.body.code, email: 'a•••@example.dk' });
    const atDesk = await hub.request('GET', `/api/city/appointments/${booked.body.code}`, { token: agentToken });
    expect(atDesk.body).toMatchObject({ phone: '+4512345678', email: 'anna@example.dk' });
  });

  it('answers bad bookings with a 400 naming the field, and books nothing', async () => {
    const { slots } = await nextPassportDay('amager');
    const before = await appointmentCount();
    const cases: [Record<string, unknown>, string][] = [
      [bookBody('amager', '2020-01-01T09:00:00Z'), 'body.start'],
      [bookBody('amager', new Date(Date.parse(slots[0]!.start) + 60_000).toISOString()), 'body.start'],
      [bookBody('nowhere', slots[0]!.start), 'body.centreId'],
      [bookBody('osterbro', slots[0]!.start), 'body.centreId'],
      [bookBody('amager', slots[0]!.start, { serviceId: 'reception' }), 'body.serviceId'],
      [bookBody('amager', slots[0]!.start, { phone: undefined }), 'body.phone'],
      [bookBody('amager', slots[0]!.start, { cpr: '999999-9999' }), 'body.cpr'],
    ];
    for (const [body, path] of cases) {
      const answer = await hub.request('POST', '/api/city/appointments', { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.issues.map((issue: { path: string }) => issue.path), JSON.stringify(answer.body)).toContain(path);
    }
    expect(await appointmentCount()).toBe(before);
  });

  it('gives exactly as many citizens a slot as it has places when 50 try at once', async () => {
    const { slots } = await nextPassportDay('amager');
    const slot = slots.at(-1)!;
    expect(slot.available).toBe(2);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => hub.request('POST', '/api/city/appointments', { body: bookBody('amager', slot.start, { name: `Borger ${index}` }) })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(48);
    const held = await hub.db.query("SELECT code FROM appointments WHERE centre_id = 'amager' AND start_at = $1 AND status = 'booked'", [Date.parse(slot.start)]);
    expect(held).toHaveLength(2);
  });

  it('moves a booking keeping its code, frees the old place, cancels it once however often asked', async () => {
    const { slots } = await nextPassportDay('amager');
    const [first, second] = [slots[0]!, slots[1]!];
    const booked = (await hub.request('POST', '/api/city/appointments', { body: bookBody('amager', first.start) })).body;
    const same = await hub.request('POST', `/api/city/appointments/${booked.code}/move`, { body: { start: first.start } });
    expect(same.status).toBe(400);
    const moved = await hub.request('POST', `/api/city/appointments/${booked.code}/move`, { body: { start: second.start } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ code: booked.code, start: second.start, status: 'booked' });
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(first.start));
    const now = (await hub.request('GET', `/api/city/services/passport/slots?date=${date}&centreId=amager`)).body as Slot[];
    expect(now.find((slot) => slot.start === first.start)!.available).toBe(first.available);
    expect(now.find((slot) => slot.start === second.start)!.available).toBe(second.available - 1);

    const cancelled = await hub.request('DELETE', `/api/city/appointments/${booked.code}`);
    expect(cancelled.body.status).toBe('cancelled');
    const again = await hub.request('DELETE', `/api/city/appointments/${booked.code}`);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('cancelled');
    expect((await hub.request('POST', `/api/city/appointments/${booked.code}/move`, { body: { start: first.start } })).status).toBe(409);
    expect((await hub.request('GET', '/api/city/appointments/ABCD2345')).status).toBe(404);
    expect((await hub.request('GET', '/api/city/appointments/not-a-code')).status).toBe(400);
  });

  it('lets the contact centre book for a caller and find bookings by code, name or phone however typed, or a centre’s day', async () => {
    const { date, slots } = await nextPassportDay('amager');
    const forCaller = await hub.request('POST', '/api/city/appointments', { token: agentToken, body: bookBody('amager', slots[0]!.start, { name: 'Karen Blixen-Finecke', phone: '23 45 67 89' }) });
    expect(forCaller.status).toBe(201);
    expect(forCaller.body).toMatchObject({ channel: 'agent', phone: '23456789' });
    const search = (query: string) => hub.request('GET', `/api/city/appointments?${query}`, { token: agentToken });
    for (const typed of ['+45 23 45 67 89', '0045 23456789', '23456789', '67 89']) {
      const found = await search(`query=${encodeURIComponent(typed)}`);
      expect(found.body.map((appointment: { code: string }) => appointment.code), typed).toEqual([forCaller.body.code]);
    }
    expect((await search('query=blixen')).body.map((appointment: { code: string }) => appointment.code)).toEqual([forCaller.body.code]);
    expect((await search(`query=${forCaller.body.code}`)).body).toHaveLength(1);
    const day = (await search(`date=${date}&centreId=amager`)).body as { centreId: string; start: string; name: string }[];
    expect(day.length).toBeGreaterThanOrEqual(1);
    expect(day.every((appointment) => appointment.centreId === 'amager')).toBe(true);
    expect(day.map((appointment) => appointment.start)).toEqual([...day.map((appointment) => appointment.start)].sort());
    expect((await search('')).status).toBe(400);
    expect((await hub.request('GET', '/api/city/appointments?query=blixen')).status).toBe(401);
    expect((await hub.request('GET', '/api/city/appointments?query=blixen', { token: managerToken })).status).toBe(200);
    const freeTimes = await hub.request('GET', `/api/city/slots?serviceIds=passport&from=${date}&days=2`, { token: agentToken });
    expect(freeTimes.status).toBe(200);
    expect(new Set(freeTimes.body.map((day: { centreId: string }) => day.centreId))).toEqual(new Set(['valby', 'amager']));
    expect((await hub.request('GET', '/api/city/slots?serviceIds=reception', { token: agentToken })).status).toBe(400);
  });

  it('hands each centre its own bookings in order through its feed, with the city’s CPR key, to that centre only', async () => {
    const feed = async (centreId: string, after: number, token = keys[centreId]) => hub.request('GET', `/api/centres/${centreId}/bookings?after=${after}&limit=3`, { token });
    expect((await feed('valby', 0, keys.amager)).status).toBe(401);
    expect((await feed('valby', 0, agentToken)).status).toBe(401);
    let cursor = 0;
    const seen: { code: string; status: string; start: string; revision: number; name: string | null }[] = [];
    for (;;) {
      const page = await feed('valby', cursor);
      expect(page.status).toBe(200);
      seen.push(...page.body.changes);
      cursor = page.body.cursor;
      if (!page.body.more) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.map((change) => change.revision)).toEqual([...seen.map((change) => change.revision)].sort((a, b) => a - b));
    expect(seen[0]).toMatchObject({ status: 'booked', name: 'Anna Hansen', cprHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // A change after the cursor is the only one the next read brings; a moved booking comes whole.
    const code = seen[0]!.code;
    const { slots } = await nextPassportDay('valby');
    expect((await hub.request('POST', `/api/city/appointments/${code}/move`, { body: { start: slots[0]!.start } })).status).toBe(200);
    const next = await feed('valby', cursor);
    expect(next.body.changes).toEqual([expect.objectContaining({ code, start: slots[0]!.start, status: 'booked' })]);
    // A cursor from before the hub's database was replaced: everything again, from the start.
    expect((await feed('valby', 10_000)).body.changes.length).toBeGreaterThanOrEqual(1);

    const key = await hub.request('GET', '/api/centres/valby/cpr-key', { token: keys.valby });
    expect(Buffer.from(key.body.key, 'base64')).toHaveLength(32);
    expect((await hub.request('GET', '/api/centres/valby/cpr-key')).status).toBe(401);
  });

  it('marks a booking kept or missed when its centre’s log says so, and then it can no longer be cancelled', async () => {
    const { slots } = await nextPassportDay('amager');
    const code = (await hub.request('POST', '/api/city/appointments', { body: bookBody('amager', slots[0]!.start) })).body.code as string;
    const cursor = (await hub.request('GET', '/api/centres/amager/cursor', { token: keys.amager })).body.lastEventId as number;
    const event = { id: cursor + 1, at: Date.now(), type: 'appointment.checked-in', ticketId: 900, counterId: null, staffId: null, details: { serviceId: 'passport', start: slots[0]!.start, code, number: 'A9' } };
    expect((await hub.request('POST', '/api/centres/amager/events', { token: keys.amager, body: { after: cursor, events: [event] } })).status).toBe(200);
    expect((await hub.request('GET', `/api/city/appointments/${code}`)).body.status).toBe('checked-in');
    const cancel = await hub.request('DELETE', `/api/city/appointments/${code}`);
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.message).toContain('already checked in');
  });

  it('applies a centre’s changed configuration to the bookings after it', async () => {
    const changed = passportConfig('Borgercenter Valby', 1);
    changed.appointments!.services!.passport!.enabled = false;
    await shipConfig(hub, 'valby', keys.valby!, changed, 'v2');
    const passport = (await hub.request('GET', '/api/city/booking')).body.services.find((service: { id: string }) => service.id === 'passport');
    expect(passport.centres.map((centre: { centreId: string }) => centre.centreId)).toEqual(['amager']);
    const { slots } = await nextPassportDay('amager');
    const refused = await hub.request('POST', '/api/city/appointments', { body: bookBody('valby', slots[0]!.start) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toBe('body.serviceId');
  });
});
