/**
 * Cross-site request forgery from a same-site page, in Chromium (security review, finding 7): a
 * page on another port of the same host (the same *site*, so the SameSite=Strict session cookie
 * goes along) posts a `text/plain` form and a `no-cors` fetch with credentials to the centre while
 * an admin is signed in, and frames the staff app. Nothing changes, and the frame stays empty.
 * Needs the built staff app (`npm run build -w @dintur/staff-app`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { requireBuiltStaffApp } from './support/staff-page.js';

const suite = browserSuite(requireBuiltStaffApp);
let centre: TestServer;
let attacker: Server;
let attackerUrl: string;
let context: BrowserContext;

/** The other port's page: a form that submits itself, a no-cors fetch with the cookie, and a frame of the staff app. */
function attackPage(target: string): string {
  return `<!doctype html><html><body>
<iframe id="framed" src="${target}/staff/" width="800" height="600"></iframe>
<form id="form" method="POST" action="${target}/api/services/passport/close" enctype="text/plain">
  <input name='{"x":"' value='"}'>
</form>
<script>
  fetch('${target}/api/services/information/close', { method: 'POST', mode: 'no-cors', credentials: 'include', body: 'x' })
    .finally(() => { document.title = 'fetched'; setTimeout(() => document.getElementById('form').submit(), 1500); });
</script>
</body></html>`;
}

beforeAll(async () => {
  centre = await startTestServer();
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(attackPage(centre.url));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  context = await suite.browser.newContext();
  // The admin is signed in at the centre in this browser.
  await context.addCookies([{ name: 'dintur_session', value: centre.adminToken, url: centre.url, httpOnly: true, sameSite: 'Strict' }]);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => attacker?.close(resolve));
  await centre?.close();
});

const openServices = async () => {
  const response = await centre.request('GET', '/api/centre');
  return (response.body.services as { id: string; open: boolean }[]).filter((service) => service.open).map((service) => service.id);
};

describe('a page on another port of the same host, while an admin is signed in', { timeout: 60_000 }, () => {
  it('closes nothing with a text/plain form or a no-cors fetch, and cannot show the staff app in a frame', async () => {
    const before = await openServices();
    expect(before).toEqual(expect.arrayContaining(['passport', 'information']));
    const page = await context.newPage();
    await page.goto(attackerUrl);
    await page.waitForFunction('document.title === "fetched"');
    // The form's answer replaces the page: the server's refusal.
    await page.waitForURL(`${centre.url}/api/services/passport/close`);
    expect(await page.textContent('body')).toMatch(/foreign-origin/);
    expect(await openServices()).toEqual(before);

    // The frame: refused by frame-ancestors, so the signed-in staff app never rendered in it.
    await page.goBack();
    await page.waitForTimeout(1000);
    for (const frame of page.frames().filter((frame) => frame !== page.mainFrame())) {
      const rendered = await frame.evaluate<number>('document.querySelector("#root")?.childElementCount ?? 0').catch(() => 0);
      expect(rendered, frame.url()).toBe(0);
    }
    await page.close();
  });

  it('still runs the staff app itself under its Content-Security-Policy, signed in by the same cookie', async () => {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${centre.url}/staff/`);
    await page.getByRole('button', { name: /Log ud/i }).waitFor({ timeout: 15_000 });
    // A state-changing request from the app's own page goes through.
    const status = await page.evaluate(async () => (await fetch('/api/services/passport/close', { method: 'POST' })).status);
    expect(status).toBe(200);
    expect(violations).toEqual([]);
    expect(await openServices()).not.toContain('passport');
    await page.close();
  });
});
