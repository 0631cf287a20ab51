/**
 * Finding 14 of the security review, at the hub: a CPR number in the free text of a booking (the
 * name, and the phone number or e-mail address) is refused with a 400 naming the field, by the
 * shared booking schema the hub uses too, and nothing is booked. The hub's setup as in
 * tests/city/booking.test.ts: a real PostgreSQL server, a centre that shipped its configuration.
 */
import { containsCpr } from '@dintur/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passportConfig, shipConfig, startCityHub, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
let key: string;
let agentToken: string;

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startCityHub(cluster);
  key = await hub.register('valby', 'Borgercenter Valby');
  await shipConfig(hub, 'valby', key, passportConfig('Borgercenter Valby'), 'v1');
  expect((await hub.request('POST', '/api/staff', { token: hub.adminToken, body: { username: 'agent1', password: 'agent1-password', role: 'agent', displayName: 'agent1' } })).status).toBe(201);
  agentToken = (await hub.request('POST', '/api/auth/login', { body: { username: 'agent1', password: 'agent1-password' } })).body.token as string;
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await cluster?.stop();
});

/** The first free passport time at Valby. */
async function freeStart(): Promise<string> {
  const earliest = await hub.request('GET', '/api/city/services/passport/earliest?perCentre=1');
  expect(earliest.status).toBe(200);
  return (earliest.body as { centreId: string; slots: { start: string }[] }[]).find((centre) => centre.centreId === 'valby')!.slots[0]!.start;
}

const bookBody = (start: string, extra: Record<string, unknown>) => ({
  centreId: 'valby',
  serviceId: 'passport',
  start,
  name: 'Anna Hansen',
  phone: '+45 12 34 56 78',
  lang: 'da',
  ...extra,
});

const appointmentCount = async () => Number((await hub.db.query<{ count: string }>('SELECT count(*) AS count FROM appointments'))[0]!.count);

describe('a CPR number in the free text of a booking at the hub', () => {
  const cases: [Record<string, unknown>, string, string][] = [
    [{ name: 'Anna Hansen 060606-1234' }, 'body.name', 'a CPR number does not belong in the name'],
    [{ name: 'Anna Hansen 060606\u20111234' }, 'body.name', 'a CPR number does not belong in the name'],
    [{ name: 'Anna \u0660\u0666\u0660\u0666\u0660\u0666 \u0661\u0662\u0663\u0664' }, 'body.name', 'a CPR number does not belong in the name'],
    [{ name: 'Anna O6.O6.O6-1234' }, 'body.name', 'a CPR number does not belong in the name'],
    [{ phone: '060606 1234' }, 'body.phone', 'a CPR number does not belong in the phone number'],
    [{ email: '060606-1234@example.dk' }, 'body.email', 'a CPR number does not belong in the e-mail address'],
  ];

  it.each(cases)('is refused with a 400 naming the field, and nothing is booked: %j', async (extra, path, message) => {
    const start = await freeStart();
    const before = await appointmentCount();
    for (const token of [undefined, agentToken]) {
      const answer = await hub.request('POST', '/api/city/appointments', { body: bookBody(start, extra), ...(token && { token }) });
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error.issues, JSON.stringify(answer.body)).toEqual([{ path, message }]);
    }
    expect(await appointmentCount()).toBe(before);
    const stored = await hub.db.query('SELECT name, phone, email FROM appointments');
    expect(containsCpr(JSON.stringify(stored))).toBe(false);
  });

  it('books with the CPR number in its own field, kept only as a hash and never shown', async () => {
    const booked = await hub.request('POST', '/api/city/appointments', { body: bookBody(await freeStart(), { cpr: '060606-1234' }) });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const shown = await hub.request('GET', `/api/city/appointments/${booked.body.code}`);
    expect(shown.body).toMatchObject({ name: 'Anna Hansen', healthCardCheckIn: true });
    expect(containsCpr(JSON.stringify([booked.body, shown.body]))).toBe(false);
  });
});
