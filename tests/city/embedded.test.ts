import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, waitForHealth, type ChildServer } from '../reliability/child-server.js';
import type { TestServer } from '../support/test-server.js';
import { call, eventually, expectSameFigures, hubAdminPassword, startLinkedCentre } from './city-fixture.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-city-embedded-'));
let hub: ChildServer | undefined;
let centre: TestServer | undefined;

afterAll(async () => {
  await centre?.close();
  await hub?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the hub on its embedded PostgreSQL (no DINTUR_CITY_DATABASE_URL)', () => {
  it('starts as `npm run city` does, takes a centre’s log and waits, and keeps them across a restart', async () => {
    const port = await freePort();
    const start = async () => {
      const child = spawnServer({ entry: 'city/src/main.ts', port, dataDir, adminPassword: hubAdminPassword });
      await waitForHealth(child, 90_000);
      return child;
    };
    hub = await start();
    expect(hub.output()).toMatch(/embedded PostgreSQL in .*city-pg/);
    const token = (await call(hub.url, 'POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } })).body.token as string;
    const key = (await call(hub.url, 'POST', '/api/centres', { token, body: { id: 'valby', name: 'Borgercenter Valby' } })).body.key as string;
    centre = await startLinkedCentre(hub.url, 'valby', key);
    for (let index = 0; index < 4; index += 1) expect((await centre.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    await eventually(async () => {
      const waits = await call(hub!.url, 'GET', '/api/city/waits');
      expect(waits.body.centres[0].services.find((service: { id: string }) => service.id === 'passport').waiting).toBe(4);
    }, 10_000);

    await centre.close();
    centre = undefined;
    await hub.stop();
    hub = await start();
    const again = (await call(hub.url, 'POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } })).body.token as string;
    const stats = await call(hub.url, 'GET', '/api/city/stats?from=2026-11-24&to=2026-11-24', { token: again });
    expect(stats.status).toBe(200);
    expectSameFigures(stats.body.byCentre[0], stats.body.total);
    expect(stats.body.byCentre[0]).toMatchObject({ centreId: 'valby', issued: 4, unfinished: 4 });
  }, 180_000);
});
