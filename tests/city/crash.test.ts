import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@dintur/server';
import { freePort, spawnServer, waitForHealth, type ChildServer } from '../reliability/child-server.js';
import { simulateHistory, weekdaysBetween, loadScenario } from '@dintur/server/simulation';
import { call, eventually, expectSameFigures, hubAdminPassword, startPostgres } from './city-fixture.js';

const scenario = loadScenario(path.join(import.meta.dirname, '../simulation/scenarios/valby-thursday.json'));
const centreAdminPassword = 'centre-admin-password';
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
});

const token = async (base: string, password: string) =>
  (await call(base, 'POST', '/api/auth/login', { body: { username: 'admin', password } })).body.token as string;

describe('kill -9 on either side while the log ships', () => {
  it('loses nothing and doubles nothing when the hub, its PostgreSQL and the centre are killed mid-batch', async () => {
    const cluster = await startPostgres({ durableCommits: true });
    cleanup.push(() => cluster.stop());
    const databaseUrl = await cluster.createDatabase();
    const base = mkdtempSync(path.join(tmpdir(), 'dintur-city-crash-'));
    cleanup.push(async () => rmSync(base, { recursive: true, force: true }));

    // Four weeks of history: about 16,000 events, 16 batches to ship.
    const centreDir = path.join(base, 'centre');
    mkdirSync(centreDir);
    const db = openDatabase(path.join(centreDir, 'dintur.sqlite'));
    db.pragma('synchronous = OFF');
    await simulateHistory({ db, scenario, dates: weekdaysBetween('2026-10-05', '2026-10-30'), seed: 7, adminPassword: centreAdminPassword });
    const localLast = (db.prepare('SELECT max(id) AS id FROM events').get() as { id: number }).id;
    db.close();

    const hubPort = await freePort();
    const startHubProcess = async () => {
      const child = spawnServer({ entry: 'city/src/main.ts', port: hubPort, dataDir: path.join(base, 'hub'), adminPassword: hubAdminPassword, env: { DINTUR_CITY_DATABASE_URL: databaseUrl } });
      cleanup.push(() => child.stop('SIGKILL'));
      await waitForHealth(child, 60_000);
      return child;
    };
    let hub: ChildServer = await startHubProcess();
    const hubToken = await token(hub.url, hubAdminPassword);
    const key = (await call(hub.url, 'POST', '/api/centres', { token: hubToken, body: { id: 'valby', name: 'Valby' } })).body.key as string;
    const hubLast = async () =>
      ((await call(hub.url, 'GET', '/api/centres', { token: hubToken })).body as { lastEventId: number }[])[0]!.lastEventId;

    const centrePort = await freePort();
    const startCentreProcess = async () => {
      const child = spawnServer({
        port: centrePort,
        dataDir: centreDir,
        adminPassword: centreAdminPassword,
        env: { DINTUR_CITY_URL: hub.url, DINTUR_CITY_CENTRE_ID: 'valby', DINTUR_CITY_KEY: key },
      });
      cleanup.push(() => child.stop('SIGKILL'));
      await waitForHealth(child, 60_000);
      return child;
    };
    let centre = await startCentreProcess();
    const progressed = async (beyond: number) => eventually(async () => expect(await hubLast()).toBeGreaterThan(beyond), 30_000, 10);

    // The hub dies mid-shipping, twice.
    for (let round = 0; round < 2; round += 1) {
      await progressed(await hubLast().catch(() => 0));
      await hub.stop('SIGKILL', 0);
      hub = await startHubProcess();
    }
    // Its PostgreSQL crashes mid-shipping.
    await progressed(await hubLast());
    await cluster.crash();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cluster.start();
    // The centre dies mid-shipping, while citizens take numbers.
    await eventually(async () => expect(await hubLast()).toBeGreaterThan(0), 30_000);
    const taken: Promise<number>[] = [];
    for (let index = 0; index < 20; index += 1) taken.push(call(centre.url, 'POST', '/api/tickets', { body: { serviceId: 'passport' } }).then((answer) => answer.status, () => 0));
    await centre.stop('SIGKILL', 0);
    const statuses = await Promise.all(taken);
    centre = await startCentreProcess();
    const centreToken = await token(centre.url, centreAdminPassword);
    // Every number acknowledged before the kill is still at the centre, and every event reaches the hub once.
    const after = (await call(centre.url, 'GET', '/api/city-link', { token: centreToken })).body;
    expect(after.localLastEventId).toBeGreaterThanOrEqual(localLast + statuses.filter((status) => status === 201).length);
    await eventually(async () => expect(await hubLast()).toBe((await call(centre.url, 'GET', '/api/city-link', { token: centreToken })).body.localLastEventId), 60_000, 100);

    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::INT AS count, count(DISTINCT id)::INT AS ids, max(id)::INT AS max FROM events WHERE centre_id = 'valby'`);
    await client.end();
    expect(rows[0].count).toBe(rows[0].max);
    expect(rows[0].ids).toBe(rows[0].max);

    const own = await call(centre.url, 'GET', '/api/stats?from=2026-10-05&to=2026-10-30', { token: centreToken });
    const city = await call(hub.url, 'GET', '/api/city/stats?from=2026-10-05&to=2026-10-30', { token: hubToken });
    expect(own.body.total.issued).toBeGreaterThan(3000);
    expectSameFigures(city.body.byCentre[0], own.body.total);
  }, 240_000);
});
