import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationError } from '@dintur/city';
import { startCityHub, startPostgres, type CityHub } from './city-fixture.js';

let cluster: Awaited<ReturnType<typeof startPostgres>>;
let hub: CityHub;

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startCityHub(cluster);
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await cluster?.stop();
});

const asAdmin = (method: string, url: string, body?: unknown) => hub.request(method, url, { token: hub.adminToken, ...(body !== undefined && { body }) });

describe('the city hub’s API', () => {
  it('registers a centre once, shows its key only then, and keeps only a hash of it', async () => {
    const created = await asAdmin('POST', '/api/centres', { id: 'norrebro', name: 'Borgerservice Nørrebro' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'norrebro', name: 'Borgerservice Nørrebro', key: expect.stringMatching(/^dck_[A-Za-z0-9_-]{40,}$/) });
    const again = await asAdmin('POST', '/api/centres', { id: 'norrebro', name: 'Another' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    const listed = await asAdmin('GET', '/api/centres');
    expect(listed.body).toEqual([expect.objectContaining({ id: 'norrebro', linked: false, lastEventId: 0, lastSeenAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    const stored = await hub.db.query<{ key_hash: string }>('SELECT key_hash FROM centres WHERE id = $1', ['norrebro']);
    expect(stored[0]!.key_hash).not.toContain(created.body.key);
    // A new key replaces the old one.
    const renewed = await asAdmin('POST', '/api/centres/norrebro/key', {});
    expect(renewed.status).toBe(200);
    const cursor = (key: string) => hub.request('GET', '/api/centres/norrebro/cursor', { token: key });
    expect((await cursor(created.body.key)).status).toBe(401);
    expect((await cursor(renewed.body.key)).body).toEqual({ centreId: 'norrebro', lastEventId: 0, configVersion: null });
  });

  it('answers bad input with a 4xx that names the problem, and changes nothing', async () => {
    const badId = await asAdmin('POST', '/api/centres', { id: 'Nørrebro!', name: '' });
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['body.id', 'body.name']);
    const notJson = await hub.request('POST', '/api/centres', { token: hub.adminToken, body: '{"id": ', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('malformed-json');
    const stats = await asAdmin('GET', '/api/city/stats?from=2026-02-30&to=2025-01-01');
    expect(stats.status).toBe(400);
    expect(stats.body.error.message).toMatch(/query\.from.*not a date in the calendar/);
    const unknownCentre = await asAdmin('GET', '/api/city/stats?from=2026-11-01&to=2026-11-30&centreId=nowhere');
    expect(unknownCentre.status).toBe(404);
    const key = (await asAdmin('POST', '/api/centres', { id: 'amager', name: 'Amager' })).body.key as string;
    const emptyBatch = await hub.request('POST', '/api/centres/amager/events', { token: key, body: { after: 0, events: [] } });
    expect(emptyBatch.status).toBe(400);
    const badStatus = await hub.request('PUT', '/api/centres/amager/status', { token: key, body: { at: 'yesterday', services: 'many' } });
    expect(badStatus.status).toBe(400);
    expect((await asAdmin('GET', '/api/centres')).body.find((centre: { id: string }) => centre.id === 'amager')).toMatchObject({ lastEventId: 0 });
    expect((await hub.request('GET', '/api/nothing-here')).status).toBe(404);
    // Only a centre's batch of events may be large.
    const huge = await hub.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload-too-large');
  });

  it('lets only the right people in: leaders read, admins administer, a centre only speaks for itself', async () => {
    expect((await hub.request('GET', '/api/centres')).status).toBe(401);
    expect((await hub.request('POST', '/api/centres', { body: { id: 'x', name: 'X' } })).status).toBe(401);
    expect((await hub.request('GET', '/api/city/stats?from=2026-11-01&to=2026-11-30')).status).toBe(401);
    expect((await hub.request('GET', '/api/city/waits')).status).toBe(200);
    expect((await asAdmin('POST', '/api/staff', { username: 'agent-anna', password: 'anna-password-1', role: 'agent' })).status).toBe(201);
    expect((await asAdmin('POST', '/api/staff', { username: 'leader-lis', password: 'lis-password-1', role: 'manager' })).status).toBe(201);
    const signIn = async (username: string, password: string) => (await hub.request('POST', '/api/auth/login', { body: { username, password } })).body.token as string;
    const agent = await signIn('agent-anna', 'anna-password-1');
    const leader = await signIn('leader-lis', 'lis-password-1');
    expect((await hub.request('GET', '/api/city/stats?from=2026-11-01&to=2026-11-30', { token: agent })).status).toBe(403);
    expect((await hub.request('GET', '/api/city/stats?from=2026-11-01&to=2026-11-30', { token: leader })).status).toBe(200);
    expect((await hub.request('GET', '/api/centres', { token: leader })).status).toBe(200);
    expect((await hub.request('POST', '/api/centres', { token: leader, body: { id: 'x', name: 'X' } })).status).toBe(403);
    // One centre's key does not open another centre's log.
    const valbyKey = await hub.register('valby', 'Valby');
    const answer = await hub.request('POST', '/api/centres/amager/events', { token: valbyKey, body: { after: 0, events: [{ id: 1, at: 1, type: 'ticket.issued', ticketId: 1, counterId: null, staffId: null, details: {} }] } });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('invalid-centre-key');
    const wrong = await hub.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
  });

  it('says plainly that its port is taken instead of failing strangely', async () => {
    const { startHub } = await import('@dintur/city');
    await expect(startHub({ port: hub.port, host: '127.0.0.1', dataDir: cluster.dir, databaseUrl: hub.databaseUrl, adminPassword: undefined })).rejects.toThrow(/EADDRINUSE/);
  });

  it('refuses to start on a database that is ahead of its migrations', async () => {
    await hub.db.query(`INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (999, '999-from-the-future.sql', 'x', 0)`);
    await expect(startCityHub(cluster, hub.databaseUrl)).rejects.toThrow(MigrationError);
    await expect(startCityHub(cluster, hub.databaseUrl)).rejects.toThrow(/newer than this hub/);
    await hub.db.query('DELETE FROM schema_migrations WHERE id = 999');
  });

  it('refuses to start on a database whose applied migration differs from the file of the same number', async () => {
    const [applied] = await hub.db.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE id = 1');
    await hub.db.query(`UPDATE schema_migrations SET checksum = 'edited-by-hand' WHERE id = 1`);
    await expect(startCityHub(cluster, hub.databaseUrl)).rejects.toThrow(/001-initial\.sql in the database differs from 001-initial\.sql on disk: out of step/);
    await hub.db.query('UPDATE schema_migrations SET checksum = $1 WHERE id = 1', [applied!.checksum]);
  });
});

describe('city statistics of a period without visits', () => {
  it('answers zeros and no figures, not an error', async () => {
    const report = await hub.request('GET', '/api/city/stats?from=2020-09-01&to=2020-09-30', { token: hub.adminToken });
    expect(report.status).toBe(200);
    expect(report.body.total).toMatchObject({ issued: 0, served: 0, unfinished: 0, waits: { count: 0, mean: null, median: null, withinTargetShare: null }, firstContactResolution: null });
    expect(report.body.byCentre.every((row: { issued: number; serviceTimes: { mean: null } }) => row.issued === 0 && row.serviceTimes.mean === null)).toBe(true);
    expect(report.body.evaluation).toEqual([]);
  });
});
