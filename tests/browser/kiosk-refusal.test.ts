/**
 * The kiosk when the server refuses a number for a reason the citizen can act on: the shared
 * error sentence in the kiosk's language under the kiosk's own title, never the server's English.
 * Needs the built renderer (`npm run build -w @dintur/kiosk-app`).
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citizenErrorMessages } from '@dintur/shared';
import { startTestServer } from '../support/test-server.js';
import { accessibilityViolationsOf } from './support/axe.js';
import { browserSuite } from './support/browser-suite.js';
import { KioskPage, requireBuiltKiosk } from './support/kiosk-page.js';

const suite = browserSuite(() => {
  requireBuiltKiosk();
  mkdirSync('/tmp/shots/kiosk', { recursive: true });
});

describe('a refused number at the kiosk', { timeout: 60_000 }, () => {
  it('says why in the citizen’s language (Arabic, right to left) when too many numbers were taken from here', async () => {
    // One number a minute per address: the test's own request takes this address's one.
    const server = await startTestServer({ issueLimitPerMinute: 1 });
    suite.closeAfterTest(() => server.close());
    expect((await server.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
    const kiosk = await KioskPage.open(suite.browser, server.url, { query: { lang: 'ar' } });
    suite.closeAfterTest(() => kiosk.close());

    await kiosk.takeNumber();
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('issue-failed');
    expect(await kiosk.page.locator('[data-refusal]').getAttribute('data-refusal')).toBe('failed');
    const detail = kiosk.page.getByTestId('refusal-detail');
    expect(await detail.innerText()).toBe(citizenErrorMessages.ar['too-many-requests']);
    expect(await kiosk.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await kiosk.page.locator('body').innerText()).not.toMatch(/[Tt]oo many|requests/);
    await kiosk.page.screenshot({ path: '/tmp/shots/kiosk/portrait-refused-too-many-ar.png' });
    expect(await accessibilityViolationsOf(kiosk.page)).toEqual([]);
  });
});
