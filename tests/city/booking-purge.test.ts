/**
 * The hub's personal-data purge: a booking's name, phone, e-mail and CPR hash are deleted the
 * centre's `personalDataRetentionDays` (30 in the demo configuration) after its time, as each centre
 * deletes its copy; what is anonymous stays. A real PostgreSQL server; the hub's clock is moved
 * by restarting it on the same database with a later clock (the purge runs once the hub serves).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, passportConfig, shipConfig, startCityHub, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
let offsetMs = 0;
const now = () => Date.now() + offsetMs;

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startCityHub(cluster, undefined, { now });
  const key = await hub.register('valby', 'Borgercenter Valby');
  await shipConfig(hub, 'valby', key, passportConfig('Borgercenter Valby'), 'v1');
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await cluster?.stop();
});

const personal = async (code: string) =>
  (await hub.db.query<{ name: string | null; phone: string | null; email: string | null; cpr_hash: string | null; service_id: string }>(
    'SELECT name, phone, email, cpr_hash, service_id FROM appointments WHERE code = $1',
    [code],
  ))[0]!;

describe('personal data at the hub', { timeout: 60_000 }, () => {
  it('are deleted 30 days after the appointment, and only then', async () => {
    const earliest = await hub.request('GET', '/api/city/services/passport/earliest?perCentre=1');
    const start = earliest.body[0].slots[0].start as string;
    const booked = await hub.request('POST', '/api/city/appointments', {
      body: { centreId: 'valby', serviceId: 'passport', start, name: 'Anna Hansen', phone: '+45 12 34 56 78', email: 'anna@example.dk', cpr: '010190-1234', lang: 'da' },
    });
    expect(booked.status).toBe(201);
    const code = booked.body.code as string;

    const restartAt = async (at: number) => {
      const { databaseUrl } = hub;
      await hub.close();
      offsetMs = at - Date.now();
      hub = await startCityHub(cluster, databaseUrl, { now });
    };
    // 29 days after: kept.
    await restartAt(Date.parse(start) + 29 * 86_400_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await personal(code)).toMatchObject({ name: 'Anna Hansen', phone: '+4512345678', email: 'anna@example.dk' });
    // 31 days after: gone, the service kept.
    await restartAt(Date.parse(start) + 31 * 86_400_000);
    await eventually(async () => expect(await personal(code)).toEqual({ name: null, phone: null, email: null, cpr_hash: null, service_id: 'passport' }));
  });
});
