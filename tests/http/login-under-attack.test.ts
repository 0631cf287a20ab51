import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { loopbackAddress, requestFrom } from '../support/from-address.js';
import { adminPassword, startTestServer } from '../support/test-server.js';
import { expectError, expectSuccess, serverPerTest } from './helpers.js';

/** The test server signs the admin in from 127.0.0.1 when it starts: that is the admin's usual address. */
const loginFrom = (url: string, address: string, username: string, password: string) =>
  requestFrom(url, address, 'POST', '/api/auth/login', { body: { username, password } });

describe('sign-in under attack at the centre', () => {
  const server = serverPerTest();

  it('lets no guesser at rotating addresses lock the admin out: 15 wrong passwords from 15 addresses, and the admin still signs in at once', async () => {
    const s = server();
    for (let guess = 0; guess < 15; guess += 1) {
      const answer = await loginFrom(s.url, loopbackAddress(guess), 'admin', `guess-${guess}`);
      expect([401, 429]).toContain(answer.status);
    }
    const admin = await loginFrom(s.url, '127.0.0.1', 'admin', adminPassword);
    expect(admin.status, JSON.stringify(admin.body)).toBe(200);
    // One more guess every 15 minutes changes nothing for the admin.
    for (let round = 0; round < 4; round += 1) {
      s.clock.advanceMinutes(15);
      await loginFrom(s.url, loopbackAddress(100 + round), 'admin', `later-guess-${round}`);
      expect((await loginFrom(s.url, '127.0.0.1', 'admin', adminPassword)).status).toBe(200);
    }
  });

  it('still slows a guesser at many addresses: past 10 failures a username takes one attempt at a time from new addresses, and a right password gets in after the wait', async () => {
    const s = server();
    const answers: number[] = [];
    for (let guess = 0; guess < 40; guess += 1) answers.push((await loginFrom(s.url, loopbackAddress(guess), 'admin', `guess-${guess}`)).status);
    expect(answers.filter((status) => status === 401).length).toBeLessThanOrEqual(11);
    const refused = await loginFrom(s.url, loopbackAddress(200), 'admin', adminPassword);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too-many-requests');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    s.clock.advance(retryAfter * 1000);
    // Not a lock: the right password from a new address gets in once it is its turn.
    expect((await loginFrom(s.url, loopbackAddress(200), 'admin', adminPassword)).status).toBe(200);
  });

  it('counts 200 simultaneous guesses from one address before hashing any: at most 5 are tried, the rest get 429, and the right password after them too', async () => {
    const s = server();
    await s.createStaff('clerk', 'staff', 'borgerservice');
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, guess) => loginFrom(s.url, '127.0.0.9', 'clerk', `wrong-password-${guess}`)),
    );
    const tried = burst.filter((answer) => answer.status === 401).length;
    expect(tried).toBeLessThanOrEqual(5);
    expect(burst.filter((answer) => answer.status === 429).length).toBe(200 - tried);
    expect((await loginFrom(s.url, '127.0.0.9', 'clerk', 'clerk-password')).status).toBe(429);
  });

  it('counts 200 simultaneous guesses from 200 addresses: at most 11 are tried, and the admin at its usual address is not held up', async () => {
    const s = server();
    const burst = await Promise.all(Array.from({ length: 200 }, (_, guess) => loginFrom(s.url, loopbackAddress(guess), 'admin', `wrong-password-${guess}`)));
    expect(burst.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(11);
    expect((await loginFrom(s.url, '127.0.0.1', 'admin', adminPassword)).status).toBe(200);
  });

  it('treats a malformed session cookie as none: public operations and sign-in answer, the rest say to sign in (401)', async () => {
    const s = server();
    const headers = { cookie: 'dintur_session=%E0%A4%A' };
    expectSuccess(await s.request('POST', '/api/auth/login', { body: { username: 'admin', password: adminPassword }, headers }), operations.login);
    expect((await s.request('GET', '/api/centre', { headers })).status).toBe(200);
    expectError(await s.request('GET', '/api/auth/me', { headers }), 401, 'unauthenticated');
    expect((await s.request('POST', '/api/tickets', { body: { serviceId: 'information' }, headers })).status).toBe(201);
  });
});

describe('never fewer than one active admin', () => {
  const server = serverPerTest();

  it('refuses to demote or disable the last active admin (409), and allows it once another admin exists', async () => {
    const s = server();
    const adminId = expectSuccess(await s.request('GET', '/api/auth/me', { token: s.adminToken }), operations.me).id;
    const demote = expectError(
      await s.request('PATCH', `/api/staff/${adminId}`, { token: s.adminToken, body: { role: 'manager', unitId: 'borgerservice' } }),
      409,
      'conflict',
    );
    expect(demote.message).toMatch(/last active admin/);
    expectError(await s.request('PATCH', `/api/staff/${adminId}`, { token: s.adminToken, body: { disabled: true } }), 409, 'conflict');
    expect(expectSuccess(await s.request('GET', '/api/auth/me', { token: s.adminToken }), operations.me).role).toBe('admin');

    const second = await s.createStaff('second-admin', 'admin', null);
    expectSuccess(await s.request('PATCH', `/api/staff/${adminId}`, { token: s.adminToken, body: { role: 'manager', unitId: 'borgerservice' } }), operations.updateStaff);
    // Now the second is the last one.
    expectError(await s.request('PATCH', `/api/staff/${second.id}`, { token: second.token, body: { disabled: true } }), 409, 'conflict');
    // A disabled admin does not count.
    const third = expectSuccess(
      await s.request('POST', '/api/staff', { token: second.token, body: { username: 'third-admin', password: 'third-admin-password', role: 'admin' } }),
      operations.createStaff,
    );
    expectSuccess(await s.request('PATCH', `/api/staff/${third.id}`, { token: second.token, body: { disabled: true } }), operations.updateStaff);
    expectError(await s.request('PATCH', `/api/staff/${second.id}`, { token: second.token, body: { role: 'staff', unitId: 'borgerservice' } }), 409, 'conflict');
  });

  it('restores the admin from DINTUR_ADMIN_PASSWORD at start when the database has no active admin', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-test-'));
    await (await startTestServer({ dataDir })).close();
    const db = new Database(path.join(dataDir, 'dintur.sqlite'));
    db.prepare("UPDATE staff SET role = 'staff', unit_id = 'borgerservice', disabled = 1, password_hash = 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA' WHERE username = 'admin'").run();
    db.close();
    // startTestServer signs the admin in with the test's DINTUR_ADMIN_PASSWORD, and throws if it cannot.
    const again = await startTestServer({ dataDir });
    try {
      const me = expectSuccess(await again.request('GET', '/api/auth/me', { token: again.adminToken }), operations.me);
      expect(me).toMatchObject({ username: 'admin', role: 'admin', disabled: false });
    } finally {
      await again.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
