import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/test-server.js';
import { eventually, expectSameFigures, startCityHub, startLinkedCentre, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;
const running: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  cluster = await startPostgres({ durableCommits: true });
  hub = await startCityHub(cluster);
}, 60_000);

afterAll(async () => {
  for (const server of running.reverse()) await server.close().catch(() => undefined);
  await hub?.close().catch(() => undefined);
  await cluster?.stop();
});

async function linkedCentre(id: string, key?: string, logLines?: string[]): Promise<TestServer> {
  const centre = await startLinkedCentre(hub.url, id, key ?? (await hub.register(id, `Centre ${id}`)), {
    ...(logLines && { cityLink: { pollMs: 100, maxBackoffMs: 300, statusEveryMs: 2_000, log: (line) => logLines.push(line) } }),
  });
  running.push(centre);
  return centre;
}

const lastEventId = async (centre: TestServer) => (await centre.request('GET', '/api/city-link', { token: centre.adminToken })).body.localLastEventId as number;
const hubLastEventId = async (id: string) =>
  ((await hub.request('GET', '/api/centres', { token: hub.adminToken })).body as { id: string; lastEventId: number }[]).find((centre) => centre.id === id)!.lastEventId;

describe('the link between a centre and the city hub', () => {
  it('shows a change in the centre’s waits at the hub within 5 seconds', async () => {
    const centre = await linkedCentre('vesterbro');
    await eventually(async () => {
      const waits = await hub.request('GET', '/api/city/waits');
      expect(waits.body.centres.find((entry: { id: string }) => entry.id === 'vesterbro').services.length).toBeGreaterThan(0);
    });
    for (let round = 1; round <= 3; round += 1) {
      expect((await centre.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
      const issuedAt = Date.now();
      await eventually(async () => {
        const waits = await hub.request('GET', '/api/city/waits');
        const passport = waits.body.centres
          .find((entry: { id: string }) => entry.id === 'vesterbro')
          .services.find((service: { id: string }) => service.id === 'passport');
        expect(passport.waiting).toBe(round);
      }, 5_000);
      expect(Date.now() - issuedAt).toBeLessThan(5_000);
    }
    const listed = (await hub.request('GET', '/api/centres', { token: hub.adminToken })).body.find((entry: { id: string }) => entry.id === 'vesterbro');
    expect(listed).toMatchObject({ linked: true, silent: false });
  });

  it('says a refused key plainly, at the centre and to its leaders, and the centre goes on serving', async () => {
    await hub.register('amager', 'Centre amager');
    const lines: string[] = [];
    const centre = await linkedCentre('amager', 'dck_not-the-key-the-hub-gave-this-centre', lines);
    expect((await centre.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    const link = await eventually(async () => {
      const answer = await centre.request('GET', '/api/city-link', { token: centre.adminToken });
      expect(answer.body.state).toBe('refused');
      return answer.body;
    });
    expect(link.message).toMatch(/refused this centre's key for "amager"/);
    expect(lines.join('\n')).toMatch(/refused this centre's key for "amager".*DINTUR_CITY_KEY/);
    expect(await hubLastEventId('amager')).toBe(0);
    // Staff may not read it without signing in as a leader.
    expect((await centre.request('GET', '/api/city-link')).status).toBe(401);
  });

  it('keeps serving while the hub is away for an hour, and the hub then catches up with nothing lost or doubled', async () => {
    const centre = await linkedCentre('bispebjerg');
    const clerk = await centre.createStaff('bo', 'staff', 'borgerservice');
    expect((await centre.request('POST', '/api/counters/bs-1/open', { token: clerk.token })).status).toBe(200);
    await eventually(async () => expect(await hubLastEventId('bispebjerg')).toBe(await lastEventId(centre)));

    const port = hub.port;
    const databaseUrl = hub.databaseUrl;
    await hub.close();
    // An hour of work with the hub gone: every number taken, every call made.
    for (let minute = 0; minute < 60; minute += 1) {
      centre.clock.advanceMinutes(1);
      for (let citizen = 0; citizen < 3; citizen += 1) {
        expect((await centre.request('POST', '/api/tickets', { body: { serviceId: citizen === 0 ? 'passport' : 'driving-licence' } })).status).toBe(201);
      }
      if (minute % 2 === 0) expect((await centre.request('POST', '/api/counters/bs-1/call-next', { token: clerk.token })).status).toBe(200);
    }
    const link = await eventually(async () => {
      const answer = await centre.request('GET', '/api/city-link', { token: centre.adminToken });
      expect(answer.body.state).toBe('unreachable');
      return answer.body;
    });
    expect(link.message).toMatch(/cannot be reached.*goes on serving/);

    hub = await startCityHubOnPort(port, databaseUrl);
    await eventually(async () => expect(await hubLastEventId('bispebjerg')).toBe(await lastEventId(centre)), 20_000);
    const rows = await hub.db.query<{ count: number; distinct: number; max: number }>(
      `SELECT count(*)::INT AS count, count(DISTINCT id)::INT AS distinct, max(id)::INT AS max FROM events WHERE centre_id = 'bispebjerg'`,
    );
    expect(rows[0]).toEqual({ count: rows[0]!.max, distinct: rows[0]!.max, max: await lastEventId(centre) });
    const own = await centre.request('GET', '/api/stats?from=2026-11-24&to=2026-11-24', { token: centre.adminToken });
    const city = await hub.request('GET', '/api/city/stats?from=2026-11-24&to=2026-11-24&centreId=bispebjerg', { token: hub.adminToken });
    expect(own.body.total.issued).toBe(180);
    expectSameFigures(city.body.byCentre[0], own.body.total);
  });
});

async function startCityHubOnPort(port: number, databaseUrl: string): Promise<CityHub> {
  const { startHub } = await import('@dintur/city');
  const { testScryptCost } = await import('../support/test-server.js');
  const { hubAdminPassword, call } = await import('./city-fixture.js');
  const restarted = await startHub({ port, host: '127.0.0.1', dataDir: cluster.dir, databaseUrl, adminPassword: hubAdminPassword }, { scryptCost: testScryptCost });
  const request: CityHub['request'] = (method, path, options) => call(restarted.url, method, path, options);
  const login = await request('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } });
  return { ...restarted, databaseUrl, adminToken: login.body.token, request, register: hub.register };
}

describe('a centre whose database was replaced', () => {
  it('says plainly that the hub has more of its log than it has, and sends nothing over the hub’s copy', async () => {
    const key = await hub.register('valby-new', 'Centre valby-new');
    // The hub already holds 50 events of this centre, from the database it had before.
    const old = Array.from({ length: 50 }, (_, index) => ({ id: index + 1, at: Date.parse('2026-11-20T10:00:00Z') + index, type: 'kiosk.choice', ticketId: null, counterId: null, staffId: null, details: {} }));
    expect((await hub.request('POST', '/api/centres/valby-new/events', { token: key, body: { after: 0, events: old } })).status).toBe(200);
    const centre = await linkedCentre('valby-new', key);
    expect((await centre.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    const link = await eventually(async () => {
      const answer = await centre.request('GET', '/api/city-link', { token: centre.adminToken });
      expect(answer.body.state).toBe('out-of-step');
      return answer.body;
    });
    expect(link.message).toMatch(/has this centre's log up to event 50, but the log here ends at \d+: was the centre's database replaced\?/);
    expect(await hubLastEventId('valby-new')).toBe(50);
  });
});
