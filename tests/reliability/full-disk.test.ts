import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

describe('a full disk', () => {
  it('answers 507 with a plain error, claims no ticket it did not store, and /api/health says 503 until a write succeeds', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server = await startTestServer();
    const s = server;
    const db = s.engine.db;
    // SQLite's own limit on the file's pages: the next page it needs fails with SQLITE_FULL, as on a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    // Many at once, so that several share one group commit with the write that fails.
    const answers = await Promise.all(Array.from({ length: 60 }, () => s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(507);
    expect(statuses.every((status) => status === 201 || status === 507)).toBe(true);
    const full = answers.find((answer) => answer.status === 507)!;
    expect(full.body).toEqual({ error: { code: 'insufficient-storage', message: expect.stringContaining('disk is full') } });
    expect(errors.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/the disk is full \(SQLITE_FULL\)/);

    const health = await s.request('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body.error.code).toBe('insufficient-storage');

    // Every ticket answered 201 is in the database; no other is.
    const issued = answers.filter((answer) => answer.status === 201).map((answer) => answer.body.trackingCode as string);
    const stored = (db.prepare('SELECT tracking_code AS code FROM tickets').all() as { code: string }[]).map((row) => row.code);
    expect(stored.sort()).toEqual([...issued].sort());

    db.pragma('max_page_count = 1073741823');
    expect((await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    expect((await s.request('GET', '/api/health')).status).toBe(200);
  });
});
