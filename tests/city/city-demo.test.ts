import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityDemo, type CityDemoOptions, type RunningCityDemo } from '../../scripts/city-demo/run-city-demo.js';
import { freePort } from '../reliability/child-server.js';
import { call, expectSameFigures } from './city-fixture.js';

const password = 'city-demo-password';
let baseDir: string;
let demo: RunningCityDemo | undefined;
const said: string[] = [];

async function demoOptions(): Promise<CityDemoOptions> {
  return {
    baseDir,
    hubPort: await freePort(),
    centrePorts: [await freePort(), await freePort(), await freePort()],
    weeks: 1,
    adminPassword: password,
    log: (line) => said.push(line),
    readyTimeoutMs: 60_000,
  };
}

async function signIn(url: string): Promise<string> {
  const login = await call(url, 'POST', '/api/auth/login', { body: { username: 'admin', password } });
  expect(login.status).toBe(200);
  return login.body.token as string;
}

/** Whether a process of that id still exists (a stopped child has been waited for, so not even a zombie is left). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'dintur-city-demo-'));
  demo = await startCityDemo(await demoOptions());
}, 120_000);

afterAll(async () => {
  await demo?.stop();
  if (baseDir) rmSync(baseDir, { recursive: true, force: true });
});

describe('npm run city:demo', () => {
  it('brings up the hub and three centres, each in its own process, linked and with its log at the hub', async () => {
    const running = demo!;
    expect(running.centres.map((centre) => centre.id)).toEqual(['valby', 'norrebro', 'amager']);
    expect(new Set(running.children.map((child) => child.pid)).size).toBe(4);
    expect(running.children.map((child) => child.pid)).not.toContain(process.pid);
    expect(running.registered).toEqual(['valby', 'norrebro', 'amager']);
    for (const centre of running.centres) {
      expect(centre.filledNow).toBe(true);
      expect(centre.history.days).toBe(5);
      expect(centre.history.tickets).toBeGreaterThan(0);
    }
    // Each centre has its own configuration: its name, its counters, the city's service ids.
    const counters = running.centres.map((centre) => centre.counters);
    expect(new Set(counters).size).toBe(3);

    const hubToken = await signIn(running.hub.url);
    const listed = await call(running.hub.url, 'GET', '/api/centres', { token: hubToken });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(3);
    for (const centre of running.centres) {
      const row = listed.body.find((entry: { id: string }) => entry.id === centre.id);
      expect(row).toMatchObject({ name: centre.name, linked: true });
      const link = await call(centre.url, 'GET', '/api/city-link', { token: await signIn(centre.url) });
      expect(link.body).toMatchObject({ state: 'linked' });
      expect(row.lastEventId).toBe(link.body.localLastEventId);
      const own = await call(centre.url, 'GET', '/api/centre');
      expect(own.body).toMatchObject({ id: centre.id, name: centre.name });
      expect(own.body.counters).toHaveLength(centre.counters);
    }

    const state = path.join(baseDir, 'keys.json');
    expect(statSync(state).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(state, 'utf8')).keys)).toEqual(['valby', 'norrebro', 'amager']);
  });

  it('gives the same figures at the hub as each centre gives of its own history', async () => {
    const running = demo!;
    const hubToken = await signIn(running.hub.url);
    for (const centre of running.centres) {
      const { from, to } = centre.history;
      const own = await call(centre.url, 'GET', `/api/stats?from=${from}&to=${to}`, { token: await signIn(centre.url) });
      expect(own.status).toBe(200);
      expect(own.body.total.issued).toBeGreaterThan(0);
      const city = await call(running.hub.url, 'GET', `/api/city/stats?from=${from}&to=${to}`, { token: hubToken });
      expect(city.status).toBe(200);
      const row = city.body.byCentre.find((entry: { centreId: string }) => entry.centreId === centre.id);
      expect(row).toBeDefined();
      expectSameFigures(row, own.body.total);
    }
  });

  it('lists all three centres with their services in the city waits', async () => {
    const running = demo!;
    const waits = await call(running.hub.url, 'GET', '/api/city/waits');
    expect(waits.status).toBe(200);
    expect(waits.body.centres.map((centre: { id: string }) => centre.id).sort()).toEqual(['amager', 'norrebro', 'valby']);
    const services = (id: string): string[] => waits.body.centres.find((centre: { id: string }) => centre.id === id).services.map((service: { id: string }) => service.id);
    for (const centre of waits.body.centres) {
      expect(centre.linked).toBe(true);
      expect(centre.services.length).toBeGreaterThan(0);
      // Open around the clock, whatever the hour of the test.
      expect(centre.openNow).toBe(true);
    }
    // The same service has the same id everywhere; Amager has no home help.
    expect(services('valby')).toContain('home-help');
    expect(services('amager')).not.toContain('home-help');
    for (const id of ['norrebro', 'amager']) for (const service of services(id)) expect(services('valby')).toContain(service);
  });

  it('stops every server it started, and a second run starts without filling or registering again', async () => {
    const first = demo!;
    const keys = readFileSync(path.join(baseDir, 'keys.json'), 'utf8');
    const exits = await first.stop('SIGINT');
    demo = undefined;
    expect(exits.every((exit) => exit.code === 0)).toBe(true);
    for (const child of first.children) expect(alive(child.pid), `${child.name} (pid ${child.pid}) still runs`).toBe(false);

    said.length = 0;
    demo = await startCityDemo(await demoOptions());
    expect(demo.password).toBe('as before');
    expect(demo.registered).toEqual([]);
    expect(demo.centres.every((centre) => !centre.filledNow)).toBe(true);
    expect(said.filter((line) => line.includes('filling'))).toEqual([]);
    expect(readFileSync(path.join(baseDir, 'keys.json'), 'utf8')).toBe(keys);
    const hubToken = await signIn(demo.hub.url);
    const listed = await call(demo.hub.url, 'GET', '/api/centres', { token: hubToken });
    expect(listed.body.map((centre: { id: string }) => centre.id).sort()).toEqual(['amager', 'norrebro', 'valby']);

    const second = demo;
    await second.stop();
    demo = undefined;
    for (const child of second.children) expect(alive(child.pid), `${child.name} (pid ${child.pid}) still runs`).toBe(false);
  }, 90_000);
});
