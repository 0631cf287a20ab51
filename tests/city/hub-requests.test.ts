import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '@dintur/city';
import { testScryptCost } from '../support/test-server.js';
import { call, hubAdminPassword, startCityHub, startPostgres, type CityHub } from './city-fixture.js';

/**
 * Requests from other sites at the hub (security review, finding 7, applied to the hub): a page
 * of another origin gets nothing done with a sign-in (403), what a plain form can send is refused
 * (415), every answer forbids framing, and the session cookie is Secure behind a trusted TLS proxy.
 */

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

const elsewhere = 'http://127.0.0.1:1';
const cookie = () => `dintur_city_session=${hub.adminToken}`;
const centreIds = async () => ((await hub.request('GET', '/api/centres', { token: hub.adminToken })).body as { id: string }[]).map((centre) => centre.id);

describe('the hub and pages of other origins', () => {
  it('refuses a page elsewhere riding on a signed-in admin’s cookie (403) and registers nothing', async () => {
    const forgeries: Record<string, string>[] = [
      { cookie: cookie(), origin: elsewhere, 'sec-fetch-site': 'same-site' },
      { cookie: cookie(), origin: elsewhere },
      { cookie: cookie(), origin: 'null', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of forgeries) {
      const forged = await hub.request('POST', '/api/centres', { headers, body: { id: 'forged', name: 'Forged' } });
      expect(forged.status).toBe(403);
      expect(forged.body.error).toMatchObject({ code: 'foreign-origin', message: expect.stringMatching(/another (site|origin)/) });
    }
    expect(await centreIds()).not.toContain('forged');
    // The hub's own pages (fetch metadata says so, whatever Origin their referrer policy left).
    const own = await hub.request('POST', '/api/centres', { headers: { cookie: cookie(), origin: 'null', 'sec-fetch-site': 'same-origin' }, body: { id: 'own', name: 'Own' } });
    expect(own.status).toBe(201);
  });

  it('refuses what an HTML form can send with 415, even with a valid token, and changes nothing', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await hub.request('POST', '/api/centres', { token: hub.adminToken, headers: { 'content-type': type }, body: '{"id":"form","name":"Form"}' });
      expect(response.status, type).toBe(415);
      expect(response.body.error.code).toBe('unsupported-media-type');
    }
    expect(await centreIds()).not.toContain('form');
    // A body-less operation too: a form must not sign anyone out.
    const token = (await hub.request('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } })).body.token as string;
    const signOut = await hub.request('POST', '/api/auth/logout', { token, headers: { 'content-type': 'text/plain' }, body: '' });
    expect(signOut.status).toBe(415);
    expect((await hub.request('GET', '/api/auth/me', { token })).status).toBe(200);
  });

  it('lets a page elsewhere do what anyone may, without credentials; centres (no Origin) are not browsers', async () => {
    const login = await hub.request('POST', '/api/auth/login', { headers: { origin: elsewhere }, body: { username: 'admin', password: 'not-the-password' } });
    expect(login.status).toBe(401);
    const withCookie = await hub.request('POST', '/api/auth/login', { headers: { origin: elsewhere, cookie: cookie() }, body: { username: 'admin', password: 'x' } });
    expect(withCookie.status).toBe(403);
    const key = await hub.register('valby', 'Borgercenter Valby');
    expect((await hub.request('PUT', '/api/centres/valby/status', { token: key, body: { at: 'yesterday' } })).status).toBe(400);
    expect((await hub.request('PUT', '/api/centres/valby/status', { token: key, headers: { origin: elsewhere }, body: { at: 'yesterday' } })).status).toBe(403);
  });

  it('puts a Content-Security-Policy and no framing on every answer, pages included', async () => {
    for (const path of ['/api/city/waits', '/api/nothing-here', '/waits', '/staff/', '/book']) {
      const response = await fetch(`${hub.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, path).toMatch(/frame-ancestors 'none'/);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    expect((await fetch(`${hub.url}/staff/`)).headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  it('makes the session cookie Secure when a trusted proxy says HTTPS, and believes no one else', async () => {
    const proxied = await startHub(
      { port: 0, host: '127.0.0.1', dataDir: cluster.dir, databaseUrl: await cluster.createDatabase(), adminPassword: hubAdminPassword, trustedProxy: ['loopback'] },
      { scryptCost: testScryptCost },
    );
    try {
      const signIn = (base: string, headers: Record<string, string>) =>
        call(base, 'POST', '/api/auth/login', { headers, body: { username: 'admin', password: hubAdminPassword } });
      const overHttps = await signIn(proxied.url, { 'x-forwarded-proto': 'https' });
      expect(overHttps.status).toBe(200);
      expect(overHttps.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      expect((await signIn(proxied.url, {})).headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
      expect((await signIn(hub.url, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    } finally {
      await proxied.close();
    }
  });
});
