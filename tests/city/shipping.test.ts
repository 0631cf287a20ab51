import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@dintur/server';
import { eventDetailSchemas, isLoggedEventType, shippableDetails, type ShippedEvent } from '@dintur/shared';
import { simulateHistory, weekdaysBetween, loadScenario } from '@dintur/server/simulation';
import { adminPassword, type TestServer } from '../support/test-server.js';
import { eventually, expectSameFigures, startCityHub, startLinkedCentre, startPostgres, type CityHub } from './city-fixture.js';

const scenario = loadScenario(path.join(import.meta.dirname, '../simulation/scenarios/valby-thursday.json'));

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
let centre: TestServer;
let dataDir: string;

/** The centre's whole log as the export gives it, shaped as shipped events. */
async function centreLog(server: TestServer, raw = false): Promise<ShippedEvent[]> {
  const response = await fetch(`${server.url}/api/events/export?from=2026-01-01&to=2027-12-31`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  const text = await response.text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((event) => ({ ...event, at: Date.parse(event.at), details: raw ? event.details : shippableDetails(event.type, event.details) }));
}

async function hubCentre(id: string) {
  const list = await hub.request('GET', '/api/centres', { token: hub.adminToken });
  return (list.body as { id: string; lastEventId: number; linked: boolean }[]).find((entry) => entry.id === id)!;
}

async function inHub<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  cluster = await startPostgres({ durableCommits: true });
  hub = await startCityHub(cluster);
  const key = await hub.register('valby', 'Borgercenter Valby');
  // Two weeks of simulated history in the centre's own database file before it starts.
  dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-city-centre-'));
  const db = openDatabase(path.join(dataDir, 'dintur.sqlite'));
  db.pragma('synchronous = OFF');
  await simulateHistory({ db, scenario, dates: weekdaysBetween('2026-11-09', '2026-11-20'), seed: 41, adminPassword });
  db.close();
  centre = await startLinkedCentre(hub.url, 'valby', key, { dataDir, time: '2026-11-24T10:00:00Z' });
}, 120_000);

afterAll(async () => {
  await centre?.close();
  await hub?.close();
  await cluster?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a centre linked to the city hub', () => {
  it('ships its whole log, and the city report of each centre equals the centre’s own report', async () => {
    // Today's visits as well: a transfer with a note and a pause with a reason, which must stay at the centre.
    const clerk = await centre.createStaff('mette', 'staff', 'borgerservice');
    expect((await centre.request('POST', '/api/counters/bs-1/open', { token: clerk.token })).status).toBe(200);
    for (let index = 0; index < 6; index += 1) expect((await centre.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    centre.clock.advanceMinutes(7);
    const called = await centre.request('POST', '/api/counters/bs-1/call-next', { token: clerk.token });
    expect(called.status).toBe(200);
    const transfer = await centre.request('POST', `/api/tickets/${called.body.ticket.id}/transfer`, {
      token: clerk.token,
      body: { serviceId: 'housing-benefit', note: 'secret-note: Jens Hansen needs help with the form' },
    });
    expect(transfer.status).toBe(200);
    centre.clock.advanceMinutes(3);
    expect((await centre.request('POST', '/api/counters/bs-1/call-next', { token: clerk.token })).status).toBe(200);
    centre.clock.advanceMinutes(9);
    expect((await centre.request('POST', '/api/counters/bs-1/pause', { token: clerk.token, body: { reason: 'secret-pause Lægebesøg' } })).status).toBe(200);

    const log = await centreLog(centre);
    // Every event the centre wrote is of a known type whose details match its shared schema.
    for (const event of await centreLog(centre, true)) {
      expect(isLoggedEventType(event.type), event.type).toBe(true);
      expect(eventDetailSchemas[event.type as keyof typeof eventDetailSchemas].safeParse(event.details).success, JSON.stringify(event)).toBe(true);
    }
    await eventually(async () => expect((await hubCentre('valby')).lastEventId).toBe(log.at(-1)!.id), 20_000);

    const [{ count }] = (await inHub<{ count: number }>('SELECT count(*)::INT AS count FROM events WHERE centre_id = $1', ['valby'])) as [{ count: number }];
    expect(count).toBe(log.length);
    const leaked = await inHub("SELECT id FROM events WHERE details::TEXT LIKE '%secret%' OR details::TEXT LIKE '%Jens%' OR details::TEXT LIKE '%Lægebesøg%'");
    expect(leaked).toEqual([]);

    for (const [from, to] of [
      ['2026-11-09', '2026-11-24'],
      ['2026-11-12', '2026-11-12'],
      ['2026-11-24', '2026-11-24'],
    ] as const) {
      const own = await centre.request('GET', `/api/stats?from=${from}&to=${to}`, { token: centre.adminToken });
      expect(own.status).toBe(200);
      const city = await hub.request('GET', `/api/city/stats?from=${from}&to=${to}`, { token: hub.adminToken });
      expect(city.status).toBe(200);
      expect(own.body.total.issued).toBeGreaterThan(0);
      expectSameFigures(city.body.byCentre.find((row: { centreId: string }) => row.centreId === 'valby'), own.body.total);
      expectSameFigures(city.body.total, own.body.total);
    }
  });

  it('keeps each event once: a resent or overlapping batch changes nothing, and a gap is refused', async () => {
    const log = await centreLog(centre);
    await eventually(async () => expect((await hubCentre('valby')).lastEventId).toBe(log.at(-1)!.id), 20_000);
    const before = await hub.request('GET', '/api/city/stats?from=2026-11-09&to=2026-11-24', { token: hub.adminToken });
    const key = (await hub.request('POST', '/api/centres/valby/key', { token: hub.adminToken, body: {} })).body.key as string;
    // The centre's link now holds an old key: from here on only this test ships.
    const ship = (body: unknown) => hub.request('POST', '/api/centres/valby/events', { token: key, body });

    const resent = await ship({ after: 0, events: log.slice(0, 500) });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ stored: 0, duplicates: 500, lastEventId: log.at(-1)!.id });
    const overlapping = await ship({ after: log.at(-50)!.id - 1, events: log.slice(-50) });
    expect(overlapping.body).toMatchObject({ stored: 0, duplicates: 50 });

    const gap = await ship({ after: log.at(-1)!.id + 10, events: [{ ...log.at(-1)!, id: log.at(-1)!.id + 11 }] });
    expect(gap.status).toBe(409);
    expect(gap.body.error).toMatchObject({ code: 'gap-in-log', details: { lastEventId: log.at(-1)!.id } });

    const disordered = await ship({ after: 0, events: [log[1], log[0]] });
    expect(disordered.status).toBe(400);
    expect(disordered.body.error.code).toBe('validation-failed');

    const [{ count }] = (await inHub<{ count: number }>('SELECT count(*)::INT AS count FROM events WHERE centre_id = $1', ['valby'])) as [{ count: number }];
    expect(count).toBe(log.length);
    const after = await hub.request('GET', '/api/city/stats?from=2026-11-09&to=2026-11-24', { token: hub.adminToken });
    expect(after.body.byCentre).toEqual(before.body.byCentre);
  });
});
