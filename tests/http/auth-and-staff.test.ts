import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { adminPassword } from '../support/test-server.js';
import { expectError, expectSuccess, issuePaths, serverPerTest } from './helpers.js';

describe('signing in and out', () => {
  const server = serverPerTest();

  it('signs in with a bearer token, an expiry and a session cookie, and tells who is signed in', async () => {
    const s = server();
    const response = await s.request('POST', '/api/auth/login', { body: { username: 'admin', password: adminPassword } });
    const session = expectSuccess(response, operations.login);
    expect(session.staff).toMatchObject({ username: 'admin', role: 'admin', unitId: null, disabled: false });
    expect(session.expiresAt).toBe('2026-11-24T22:00:00.000Z');
    expect(response.headers.get('set-cookie')).toMatch(/^dintur_session=[^;]+;.*HttpOnly/i);

    const me = expectSuccess(await s.request('GET', '/api/auth/me', { token: session.token }), operations.me);
    expect(me).toMatchObject({ id: session.staff.id, username: 'admin' });
    const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
    const viaCookie = expectSuccess(await s.request('GET', '/api/auth/me', { headers: { cookie } }), operations.me);
    expect(viaCookie.username).toBe('admin');
  });

  it('ends the session on logout (204), after which the token is refused (401 unauthenticated)', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const logout = await s.request('POST', '/api/auth/logout', { token: clerk.token });
    expect(logout.status).toBe(204);
    expect(logout.body).toBeUndefined();
    expectError(await s.request('GET', '/api/auth/me', { token: clerk.token }), 401, 'unauthenticated');
    // Other sessions are untouched.
    expectSuccess(await s.request('GET', '/api/auth/me', { token: s.adminToken }), operations.me);
  });

  it('refuses a wrong password and an unknown username alike (401 invalid-credentials)', async () => {
    const s = server();
    const wrong = expectError(await s.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'not-the-password' } }), 401, 'invalid-credentials');
    const unknown = expectError(await s.request('POST', '/api/auth/login', { body: { username: 'nobody', password: 'whatever-it-is' } }), 401, 'invalid-credentials');
    expect(wrong.message).toBe(unknown.message);
  });

  it('expires a session after twelve hours', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    s.clock.advanceMinutes(12 * 60 - 1);
    expectSuccess(await s.request('GET', '/api/auth/me', { token: clerk.token }), operations.me);
    s.clock.advanceMinutes(1);
    expectError(await s.request('GET', '/api/auth/me', { token: clerk.token }), 401, 'unauthenticated');
  });

  it('slows down repeated failed sign-ins: after 5 wrong passwords even the right one gets 429 until the lock passes', async () => {
    const s = server();
    await s.createStaff('clerk', 'staff', 'borgerservice');
    const attempt = (password: string) => s.request('POST', '/api/auth/login', { body: { username: 'clerk', password } });
    for (let failure = 1; failure <= 5; failure += 1) {
      expectError(await attempt(`wrong-password-${failure}`), 401, 'invalid-credentials');
    }
    const locked = await attempt('clerk-password');
    const error = expectError(locked, 429, 'too-many-requests');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(error.details).toMatchObject({ retryAfterSeconds: retryAfter });

    s.clock.advance(retryAfter * 1000);
    expectSuccess(await attempt('clerk-password'), operations.login);
  });

  it('locks longer after each further failure during a lock-out', async () => {
    const s = server();
    await s.createStaff('clerk', 'staff', 'borgerservice');
    const attempt = (password: string) => s.request('POST', '/api/auth/login', { body: { username: 'clerk', password } });
    for (let failure = 1; failure <= 5; failure += 1) await attempt('wrong-password');
    const first = Number((await attempt('wrong-password')).headers.get('retry-after'));
    s.clock.advance(first * 1000);
    expectError(await attempt('wrong-password'), 401, 'invalid-credentials');
    const second = Number((await attempt('wrong-password')).headers.get('retry-after'));
    expect(second).toBeGreaterThan(first);
  });
});

describe('staff accounts', () => {
  const server = serverPerTest();

  it('creates an account (201) that can sign in, and lists it', async () => {
    const s = server();
    const response = await s.request('POST', '/api/staff', {
      token: s.adminToken,
      body: { username: 'mette.p', password: 'long-enough-secret', displayName: 'Mette P.', unitId: 'pension-care', role: 'staff' },
    });
    const created = expectSuccess(response, operations.createStaff);
    expect(created).toMatchObject({ username: 'mette.p', displayName: 'Mette P.', unitId: 'pension-care', role: 'staff', disabled: false });
    expect(JSON.stringify(response.body)).not.toMatch(/password/i);
    expect(await s.login('mette.p', 'long-enough-secret')).toEqual(expect.any(String));

    const manager = await s.createStaff('boss', 'manager', 'borgerservice');
    const list = expectSuccess(await s.request('GET', '/api/staff', { token: manager.token }), operations.listStaff);
    expect(list.map((account) => account.username)).toEqual(['admin', 'boss', 'mette.p']);
  });

  it('refuses a taken username (409 conflict)', async () => {
    const s = server();
    await s.createStaff('clerk', 'staff', 'borgerservice');
    const again = await s.request('POST', '/api/staff', {
      token: s.adminToken,
      body: { username: 'clerk', password: 'another-password', unitId: 'borgerservice', role: 'staff' },
    });
    expectError(again, 409, 'conflict');
  });

  it('lists every bad field of a new account (400 validation-failed)', async () => {
    const s = server();
    const error = expectError(
      await s.request('POST', '/api/staff', { token: s.adminToken, body: { username: 'Bad Name', password: 'short', role: 'wizard' } }),
      400,
      'validation-failed',
    );
    expect(issuePaths(error)).toEqual(expect.arrayContaining(['body.username', 'body.password', 'body.role']));
  });

  it('requires a unit for staff and refuses an unknown unit (400)', async () => {
    const s = server();
    const noUnit = expectError(
      await s.request('POST', '/api/staff', { token: s.adminToken, body: { username: 'clerk', password: 'long-enough-secret', role: 'staff' } }),
      400,
      'validation-failed',
    );
    expect(issuePaths(noUnit)).toEqual(['body.unitId']);
    const unknownUnit = expectError(
      await s.request('POST', '/api/staff', {
        token: s.adminToken,
        body: { username: 'clerk', password: 'long-enough-secret', role: 'staff', unitId: 'atlantis' },
      }),
      400,
      'validation-failed',
    );
    expect(issuePaths(unknownUnit)).toEqual(['unitId']);
    const list = expectSuccess(await s.request('GET', '/api/staff', { token: s.adminToken }), operations.listStaff);
    expect(list.map((account) => account.username)).toEqual(['admin']);
  });

  it('updates role and unit of an account', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const updated = expectSuccess(
      await s.request('PATCH', `/api/staff/${clerk.id}`, { token: s.adminToken, body: { role: 'manager', unitId: 'social-centre' } }),
      operations.updateStaff,
    );
    expect(updated).toMatchObject({ id: clerk.id, role: 'manager', unitId: 'social-centre' });
    expect(expectSuccess(await s.request('GET', '/api/auth/me', { token: clerk.token }), operations.me).role).toBe('manager');
  });

  it('locks a disabled account out: its sessions end and it cannot sign in until enabled again', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const disabled = expectSuccess(
      await s.request('PATCH', `/api/staff/${clerk.id}`, { token: s.adminToken, body: { disabled: true } }),
      operations.updateStaff,
    );
    expect(disabled.disabled).toBe(true);
    expectError(await s.request('GET', '/api/auth/me', { token: clerk.token }), 401, 'unauthenticated');
    expectError(await s.request('POST', '/api/auth/login', { body: { username: 'clerk', password: 'clerk-password' } }), 401, 'invalid-credentials');

    await s.request('PATCH', `/api/staff/${clerk.id}`, { token: s.adminToken, body: { disabled: false } });
    expect(await s.login('clerk', 'clerk-password')).toEqual(expect.any(String));
  });

  it('changes a password: the old one stops working', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    expectSuccess(
      await s.request('PATCH', `/api/staff/${clerk.id}`, { token: s.adminToken, body: { password: 'a-brand-new-password' } }),
      operations.updateStaff,
    );
    expectError(await s.request('POST', '/api/auth/login', { body: { username: 'clerk', password: 'clerk-password' } }), 401, 'invalid-credentials');
    expect(await s.login('clerk', 'a-brand-new-password')).toEqual(expect.any(String));
  });

  it('refuses to move staff out of every unit (400) and to update an unknown account (404)', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const error = expectError(
      await s.request('PATCH', `/api/staff/${clerk.id}`, { token: s.adminToken, body: { unitId: null } }),
      400,
      'validation-failed',
    );
    expect(issuePaths(error)).toEqual(['unitId']);
    expectError(await s.request('PATCH', '/api/staff/999', { token: s.adminToken, body: { disabled: true } }), 404, 'not-found');
  });

  it('keeps account administration to admins (403 for staff and managers)', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const manager = await s.createStaff('boss', 'manager', 'borgerservice');
    const body = { username: 'sneaky', password: 'long-enough-secret', unitId: 'borgerservice', role: 'admin' };
    expectError(await s.request('POST', '/api/staff', { token: clerk.token, body }), 403, 'forbidden');
    expectError(await s.request('POST', '/api/staff', { token: manager.token, body }), 403, 'forbidden');
    expectError(await s.request('PATCH', `/api/staff/${clerk.id}`, { token: manager.token, body: { role: 'admin' } }), 403, 'forbidden');
    expectError(await s.request('GET', '/api/staff', { token: clerk.token }), 403, 'forbidden');
    const list = expectSuccess(await s.request('GET', '/api/staff', { token: s.adminToken }), operations.listStaff);
    expect(list.map((account) => [account.username, account.role])).toEqual([
      ['admin', 'admin'],
      ['boss', 'manager'],
      ['clerk', 'staff'],
    ]);
  });
});
