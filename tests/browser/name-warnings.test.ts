/**
 * The admin is told, in Danish, which unit and service names are missing in a kiosk language
 * (the kiosk shows English there), on the counter profiles page, in Chromium against the real
 * server; the leaders who cannot change the configuration are not. Needs the built staff app.
 */
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { requireBuiltStaffApp, StaffPage } from './support/staff-page.js';

const suite = browserSuite(requireBuiltStaffApp);

async function openApp(server: TestServer): Promise<StaffPage> {
  const page = await StaffPage.open(suite.browser, server.url, '/staff/admin/counters');
  suite.closeAfterTest(() => page.close());
  return page;
}

/** Removes the names in `languages` from the unit or service with this id, through the API. */
async function forgetNames(server: TestServer, id: string, languages: string[]): Promise<void> {
  const config = (await server.request('GET', '/api/config', { token: server.adminToken })).body;
  delete config.warnings;
  const named = [...config.units, ...config.services].find((entry: { id: string }) => entry.id === id);
  for (const lang of languages) delete named.name[lang];
  expect((await server.request('PUT', '/api/config', { token: server.adminToken, body: config })).status).toBe(200);
}

describe('names missing in a kiosk language, in the staff app', { timeout: 60_000 }, () => {
  it('are listed for the admin in Danish, follow a new configuration at once, and are not shown to a manager', async () => {
    const server = await startTestServer();
    suite.closeAfterTest(() => server.close());
    const admin = await openApp(server);
    await admin.signInAndWait('admin', 'admin-password-for-tests');
    await admin.page.getByRole('heading', { name: 'Skranke 1' }).or(admin.page.locator('.profile-form h2')).first().waitFor();
    // The demo names everything in all eight languages: nothing to say.
    expect(await admin.page.getByTestId('name-warnings').count()).toBe(0);

    await forgetNames(server, 'information', ['so', 'ur']);
    await forgetNames(server, 'social-centre', ['uk']);
    const warnings = admin.page.getByRole('region', { name: 'Navne der mangler på kioskens sprog' });
    await warnings.waitFor({ timeout: 5_000 });
    expect(await warnings.locator('li').allInnerTexts()).toEqual([
      'Enhed Socialcenter units.2.name: mangler på ukrainsk',
      'Ydelse Generel information services.6.name: mangler på somali og urdu',
    ]);
    await admin.screenshot('admin-name-warnings');
    // Scrolled to the end: the form's sticky "Gem" bar otherwise half covers whichever checkbox the
    // window's edge falls on, which axe's target-size rule flags (the page's layout, not this list).
    await admin.page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const violations = await admin.accessibilityViolations();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await server.createStaff('leder', 'manager', 'borgerservice');
    const manager = await openApp(server);
    await manager.signInAndWait('leder', 'leder-password');
    await manager.page.locator('.profile-form h2').first().waitFor();
    expect(await manager.page.getByTestId('name-warnings').count()).toBe(0);
  });
});
