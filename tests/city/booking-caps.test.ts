/**
 * The hub's caps on bookings (docs/DECISIONS.md, "Caps: bookings, streams, queues"): one phone
 * number or e-mail address holds at most three coming bookings across every centre of the city,
 * however it is written and however many addresses book at once; one address books at most 10 a
 * minute; the booking desk books for callers past both. Against a real PostgreSQL server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackAddress, requestFrom } from '../support/from-address.js';
import { passportConfig, shipConfig, startCityHub, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
const keys: Record<string, string> = {};
let agentToken: string;

type Slot = { centreId: string; start: string; available: number };

/** Free passport slots of a centre on its next bookable days, soonest first. */
async function freeSlots(centreId: string, count: number): Promise<string[]> {
  const free = await hub.request('GET', `/api/city/slots?serviceIds=passport&centreIds=${centreId}&days=14`, { token: agentToken });
  expect(free.status, JSON.stringify(free.body)).toBe(200);
  const starts = (free.body as { slots: Slot[] }[]).flatMap((day) => day.slots.filter((slot) => slot.available > 0).map((slot) => slot.start));
  expect(starts.length).toBeGreaterThanOrEqual(count);
  return starts.slice(0, count);
}

const bookBody = (centreId: string, start: string, extra: Record<string, unknown> = {}) => ({
  centreId,
  serviceId: 'passport',
  start,
  name: 'Anna Hansen',
  phone: '+45 12 34 56 78',
  lang: 'da',
  ...extra,
});

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startCityHub(cluster, undefined, { bookingLimitPerMinute: 10 });
  keys.valby = await hub.register('valby', 'Borgercenter Valby');
  keys.amager = await hub.register('amager', 'Borgerservice Amager');
  await shipConfig(hub, 'valby', keys.valby!, passportConfig('Borgercenter Valby'), 'v1');
  await shipConfig(hub, 'amager', keys.amager!, passportConfig('Borgerservice Amager'), 'a1');
  expect((await hub.request('POST', '/api/staff', { token: hub.adminToken, body: { username: 'agent1', password: 'agent1-password', role: 'agent', displayName: 'agent1' } })).status).toBe(201);
  agentToken = (await hub.request('POST', '/api/auth/login', { body: { username: 'agent1', password: 'agent1-password' } })).body.token as string;
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await cluster?.stop();
});

describe('the bookings one phone number or e-mail address may hold at the hub', () => {
  it('counts across centres by phone_key: the 4th coming booking of one number is 409 booking-limit naming the limit; the desk still books', async () => {
    const [valby1, valby2] = await freeSlots('valby', 2);
    const [amager1, amager2] = await freeSlots('amager', 2);
    const phone = (written: string, n: number) => ({ phone: written, email: `p${n}@example.dk` });
    expect((await requestFrom(hub.url, '127.0.0.2', 'POST', '/api/city/appointments', { body: bookBody('valby', valby1!, phone('+45 21 21 21 21', 1)) })).status).toBe(201);
    expect((await requestFrom(hub.url, '127.0.0.3', 'POST', '/api/city/appointments', { body: bookBody('amager', amager1!, phone('0045 21212121', 2)) })).status).toBe(201);
    expect((await requestFrom(hub.url, '127.0.0.4', 'POST', '/api/city/appointments', { body: bookBody('valby', valby2!, phone('21 21 21 21', 3)) })).status).toBe(201);
    const refused = await requestFrom(hub.url, '127.0.0.5', 'POST', '/api/city/appointments', { body: bookBody('amager', amager2!, phone('+4521212121', 4)) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('booking-limit');
    expect(refused.body.error.message).toMatch(/\b3\b/);
    expect(refused.body.error.details).toEqual({ limit: 3 });

    const atDesk = await hub.request('POST', '/api/city/appointments', { token: agentToken, body: bookBody('amager', amager2!, phone('+4521212121', 4)) });
    expect(atDesk.status).toBe(201);
  });

  it('counts an e-mail address in any case', async () => {
    const starts = await freeSlots('valby', 4);
    for (const [index, start] of starts.slice(0, 3).entries()) {
      const answer = await hub.request('POST', '/api/city/appointments', { body: bookBody('valby', start, { phone: `+45 31 00 00 0${index}`, email: 'Bo@Example.dk' }) });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }
    const refused = await hub.request('POST', '/api/city/appointments', { body: bookBody('valby', starts[3]!, { phone: '+45 31 00 00 09', email: 'bo@example.DK' }) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('booking-limit');
  });

  it('holds under a simultaneous flood of one number from ten addresses: exactly three are booked', async () => {
    const starts = await freeSlots('amager', 10);
    const answers = await Promise.all(
      starts.map((start, index) =>
        requestFrom(hub.url, loopbackAddress(20 + index), 'POST', '/api/city/appointments', { body: bookBody('amager', start, { phone: '+45 41 41 41 41' }) }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
  });
});

describe('the per-address booking rate at the hub', () => {
  it('answers the 11th booking a minute from one address with 429 and Retry-After; the desk is not limited', async () => {
    const address = '127.0.0.77';
    const statuses = [];
    for (let index = 0; index < 10; index += 1) {
      // Invalid on purpose (no such slot): each attempt counts, whatever its answer.
      statuses.push((await requestFrom(hub.url, address, 'POST', '/api/city/appointments', { body: bookBody('valby', '2020-01-01T09:00:00.000Z', { phone: `+45 51 00 00 ${10 + index}` }) })).status);
    }
    expect(statuses).not.toContain(429);
    const refused = await requestFrom(hub.url, address, 'POST', '/api/city/appointments', { body: bookBody('valby', '2020-01-01T09:00:00.000Z') });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const atDesk = await requestFrom(hub.url, address, 'POST', '/api/city/appointments', {
      body: bookBody('valby', '2020-01-01T09:00:00.000Z'),
      headers: { authorization: `Bearer ${agentToken}` },
    });
    expect(atDesk.status).not.toBe(429);
  });
});
