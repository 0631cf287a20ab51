import { afterEach, describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { expectError, expectSuccess, serverPerTest } from './helpers.js';

/**
 * Requests from other sites (security review, finding 7): a page on another port or a sibling
 * subdomain is "same-site", so the SameSite=Strict session cookie rides along with its requests.
 * The server refuses what such a page sends with someone's authority (403), refuses the content
 * types a plain HTML form can send (415), and tells browsers not to frame its pages.
 */

const elsewhere = 'http://127.0.0.1:1';

/** The admin's session cookie, as the browser holds it after signing in at /staff/. */
const sessionCookie = (s: TestServer) => `dintur_session=${s.adminToken}`;

async function passportOpen(s: TestServer): Promise<boolean> {
  const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
  return centre.services.find((service) => service.id === 'passport')!.open;
}

describe('state-changing requests from pages of other origins', () => {
  const server = serverPerTest();

  it('refuses a page elsewhere riding on the signed-in admin’s cookie (403), and closes nothing', async () => {
    const s = server();
    const forged = await s.request('POST', '/api/services/passport/close', {
      headers: { cookie: sessionCookie(s), origin: elsewhere, 'sec-fetch-site': 'same-site' },
    });
    const error = expectError(forged, 403, 'foreign-origin');
    expect(error.message).toMatch(/another (site|origin)/);
    // An old browser that sends Origin but no fetch metadata is judged by Origin alone.
    expectError(await s.request('POST', '/api/services/passport/close', { headers: { cookie: sessionCookie(s), origin: elsewhere } }), 403, 'foreign-origin');
    // A sandboxed frame or a file page (Origin "null") has no authority either.
    expectError(await s.request('POST', '/api/services/passport/close', { headers: { cookie: sessionCookie(s), origin: 'null' } }), 403, 'foreign-origin');
    expect(await passportOpen(s)).toBe(true);
  });

  it('refuses what an HTML form can send — text/plain, urlencoded, multipart — with 415, even from its own origin', async () => {
    const s = server();
    const forms = [
      { type: 'text/plain', body: '{"x":"=y"}' },
      { type: 'application/x-www-form-urlencoded', body: 'a=b' },
      { type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n' },
      { type: 'text/plain', body: '' },
    ];
    for (const form of forms) {
      const response = await s.request('POST', '/api/services/passport/close', {
        token: s.adminToken,
        headers: { 'content-type': form.type, origin: s.url },
        body: form.body,
      });
      expectError(response, 415, 'unsupported-media-type');
    }
    // A body without any content type is not JSON either.
    const untyped = await fetch(`${s.url}/api/services/passport/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.adminToken}` },
      body: new Uint8Array([123, 125]),
    });
    expect(untyped.status).toBe(415);
    expect(await passportOpen(s)).toBe(true);
  });

  it('accepts the pages of its own origin (with or without an Origin the page’s referrer policy hid) and clients that are not browsers', async () => {
    const s = server();
    const own = await s.request('POST', '/api/services/passport/close', { headers: { cookie: sessionCookie(s), origin: s.url, 'sec-fetch-site': 'same-origin' } });
    expectSuccess(own, operations.closeService);
    // A page with "no-referrer" sends Origin "null" even to its own origin; fetch metadata still says same-origin.
    const hidden = await s.request('POST', '/api/services/passport/open', { headers: { cookie: sessionCookie(s), origin: 'null', 'sec-fetch-site': 'same-origin' } });
    expectSuccess(hidden, operations.openService);
    // curl, the city hub, the tests: no Origin, no fetch metadata, a bearer token.
    expectSuccess(await s.request('POST', '/api/services/passport/close', { token: s.adminToken }), operations.closeService);
    expectSuccess(await s.request('POST', '/api/services/passport/open', { token: s.adminToken, headers: { 'content-type': 'application/json' } }), operations.openService);
  });

  it('lets the kiosk shell’s page from disk (Origin "null") do what anyone may without signing in, but nothing with a cookie', async () => {
    const s = server();
    const shell = { origin: 'null', 'sec-fetch-site': 'cross-site' };
    const ticket = await s.request('POST', '/api/tickets', { headers: shell, body: { serviceId: 'passport', channel: 'kiosk', kioskId: 'reception-2' } });
    expect(ticket.status).toBe(201);
    expect(ticket.headers.get('access-control-allow-origin')).toBe('*');
    expect((await s.request('POST', '/api/devices/reception-2/heartbeat', { headers: shell, body: { kind: 'kiosk' } })).status).toBe(204);
    // A display on another server's page (`/display?server=…`) sends its heartbeat across origins too.
    expect((await s.request('POST', '/api/devices/waiting-room/heartbeat', { headers: { origin: elsewhere }, body: { kind: 'display' } })).status).toBe(204);
    // The same public operation with a signed-in person's cookie would act as that person.
    const withCookie = await s.request('POST', '/api/tickets', { headers: { ...shell, cookie: sessionCookie(s) }, body: { serviceId: 'passport' } });
    expectError(withCookie, 403, 'foreign-origin');
    // Operations that need a sign-in are never for another origin, however they authenticate.
    expectError(await s.request('POST', '/api/services/passport/close', { token: s.adminToken, headers: { origin: elsewhere } }), 403, 'foreign-origin');
  });

  it('puts security headers on every answer: a Content-Security-Policy without inline code, and no framing', async () => {
    const s = server();
    for (const path of ['/api/centre', '/api/nothing-here', '/staff/', '/citizen/', '/book', '/kiosk/', '/display/']) {
      const response = await fetch(`${s.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, path).toMatch(/frame-ancestors 'none'/);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const staff = (await fetch(`${s.url}/staff/`)).headers.get('content-security-policy') ?? '';
    expect(staff).toMatch(/script-src 'self'/);
    expect(staff).toMatch(/connect-src 'self'(;|$)/);
    const api = (await fetch(`${s.url}/api/centre`)).headers.get('content-security-policy') ?? '';
    expect(api).toMatch(/default-src 'none'/);
  });
});

describe('the session cookie behind a TLS proxy', () => {
  const started: TestServer[] = [];
  afterEach(async () => {
    for (const s of started.splice(0)) await s.close();
  });

  const signIn = (s: TestServer, headers: Record<string, string>) =>
    fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'admin', password: 'admin-password-for-tests' }),
    });

  it('is Secure when a trusted proxy says the request came over HTTPS, and only then', async () => {
    const proxied = await startTestServer({ trustedProxy: ['loopback'] });
    started.push(proxied);
    const overHttps = await signIn(proxied, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'borger.example.dk' });
    expect(overHttps.status).toBe(200);
    expect(overHttps.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect((await signIn(proxied, {})).headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    // The page's origin is the one the proxy was asked for.
    const own = await fetch(`${proxied.url}/api/services/passport/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${proxied.adminToken}`, origin: 'https://borger.example.dk', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'borger.example.dk' },
    });
    expect(own.status).toBe(200);

    // Without the setting, anyone could claim HTTPS: the header is not believed.
    const direct = await startTestServer();
    started.push(direct);
    expect((await signIn(direct, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });

  it('takes pages of an explicitly allowed origin as its own', async () => {
    const s = await startTestServer({ allowedOrigins: ['https://intra.example.dk'] });
    started.push(s);
    const allowed = await s.request('POST', '/api/services/passport/close', { headers: { cookie: sessionCookie(s), origin: 'https://intra.example.dk', 'sec-fetch-site': 'cross-site' } });
    expectSuccess(allowed, operations.closeService);
    expectError(await s.request('POST', '/api/services/passport/open', { headers: { cookie: sessionCookie(s), origin: 'https://other.example.dk' } }), 403, 'foreign-origin');
  });
});
