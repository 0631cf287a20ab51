/**
 * The staff app's pages for unit leaders and admins in Chromium against the real server: the live
 * overview and its alerts, services opened and closed, counter profiles, staff accounts; and every
 * screen of the app checked with axe-core and photographed at 1366×768 (/tmp/shots/staff/).
 * Needs the built app (`npm run build -w @dintur/staff-app`).
 */
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { takeNumbers } from './support/counter-desk.js';
import { requireBuiltStaffApp, StaffPage, type AxeViolation } from './support/staff-page.js';

const suite = browserSuite(requireBuiltStaffApp);

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

async function openApp(server: TestServer, pagePath = '/staff/'): Promise<StaffPage> {
  const page = await StaffPage.open(suite.browser, server.url, pagePath);
  suite.closeAfterTest(() => page.close());
  return page;
}

async function signedIn(server: TestServer, username: string, role: 'staff' | 'manager' | 'admin' | 'agent', unitId: string | null, pagePath = '/staff/'): Promise<StaffPage> {
  await server.createStaff(username, role, unitId);
  const page = await openApp(server, pagePath);
  await page.signInAndWait(username, `${username}-password`);
  return page;
}

async function asAdmin(server: TestServer, pagePath = '/staff/'): Promise<StaffPage> {
  const page = await openApp(server, pagePath);
  await page.signInAndWait('admin', 'admin-password-for-tests');
  return page;
}

describe('the leaders’ overview', { timeout: 60_000 }, () => {
  it('updates live when a ticket is issued, a counter opens and a visit is called', async () => {
    const server = await startCentre();
    const leader = await signedIn(server, 'leder', 'manager', 'borgerservice');
    await leader.page.getByRole('heading', { name: 'Overblik over centret' }).waitFor();
    expect(await leader.queueWaiting('passport')).toBe(0);

    await takeNumbers(server, 'passport', 2);
    await expect.poll(() => leader.queueWaiting('passport'), { timeout: 2_000 }).toBe(2);
    await expect.poll(() => leader.page.getByTestId('happenings').innerText()).toContain('A2 taget: Pas');

    const mette = await server.createStaff('mette', 'staff', 'borgerservice');
    expect((await server.request('POST', '/api/counters/bs-1/open', { token: mette.token })).status).toBe(200);
    const row = leader.counterRow('bs-1');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 2_000 }).toBe('open');
    await expect.poll(() => row.innerText()).toContain('mette');

    expect((await server.request('POST', '/api/counters/bs-1/call-next', { token: mette.token })).status).toBe(200);
    await expect.poll(() => row.getByTestId('counter-serving').innerText(), { timeout: 2_000 }).toBe('A1 · Pas (kaldt)');
    await expect.poll(() => leader.queueWaiting('passport')).toBe(1);
  });

  it('alerts when a citizen has waited longer than the threshold kept on this PC, and stops when it is raised', async () => {
    const server = await startCentre();
    const leader = await signedIn(server, 'leder', 'manager', 'borgerservice');
    await takeNumbers(server, 'passport', 1);
    await expect.poll(() => leader.queueWaiting('passport')).toBe(1);
    expect(await leader.alertTexts('long-wait')).toEqual([]);

    // 31 minutes pass on the server; the next ticket tells the page so.
    server.clock.advanceMinutes(31);
    await takeNumbers(server, 'moving', 1);
    await expect.poll(() => leader.alertTexts('long-wait'), { timeout: 3_000 }).toEqual(['Advarsel: Pas: A1 har ventet 31 min.']);
    await leader.waitUntilSpoken('Nyt varsel: Pas: A1 har ventet 31 min.');

    await leader.setAlertThresholds(45);
    await expect.poll(() => leader.alertTexts('long-wait')).toEqual([]);
    await leader.page.reload();
    await leader.waitUntilOnline();
    await expect.poll(() => leader.queueWaiting('passport')).toBe(1);
    expect(await leader.alertTexts('long-wait')).toEqual([]);
    await leader.setAlertThresholds(0);
    await expect.poll(() => leader.alertTexts('long-wait')).toEqual(['Advarsel: Pas: A1 har ventet 31 min.', 'Advarsel: Flytning og folkeregister: E1 har ventet under 1 min.']);
  });

  it('alerts when a transferred ticket has not been called within its threshold', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'information', 1);
    const reception = await server.createStaff('mette', 'staff', 'borgerservice');
    await server.request('POST', '/api/counters/bs-3/open', { token: reception.token });
    const called = await server.request('POST', '/api/counters/bs-3/call-next', { token: reception.token });
    const leader = await signedIn(server, 'leder', 'manager', 'borgerservice');

    await server.request('POST', `/api/tickets/${called.body.ticket.id}/transfer`, { token: reception.token, body: { serviceId: 'pension', note: 'Spørgsmål om pension' } });
    await expect.poll(() => leader.queueWaiting('pension')).toBe(1);
    expect(await leader.alertTexts('transfer-waiting')).toEqual([]);
    server.clock.advanceMinutes(11);
    await takeNumbers(server, 'moving', 1);
    await expect.poll(() => leader.alertTexts('transfer-waiting'), { timeout: 3_000 }).toEqual([
      'Advarsel: G1 overført fra Generel information til Pension er ikke kaldt efter 11 min.',
    ]);

    const pensions = await server.createStaff('poul', 'staff', 'pension-care');
    await server.request('POST', '/api/counters/po-7/open', { token: pensions.token });
    await server.request('POST', '/api/counters/po-7/call-next', { token: pensions.token });
    await expect.poll(() => leader.alertTexts('transfer-waiting')).toEqual([]);
  });

  it('alerts when a kiosk printer runs out of paper and when a device is silent', async () => {
    const server = await startCentre();
    const leader = await signedIn(server, 'leder', 'manager', 'borgerservice');
    // Nothing heard from any device three minutes after the server started: each is silent. Reading
    // the list checks (as the server's minute timer does) and tells the overview over the stream.
    server.clock.advance(3 * 60_000);
    const devices = await server.request('GET', '/api/devices', { token: server.adminToken });
    expect(devices.status).toBe(200);
    const listed = devices.body as { id: string; kind: string; name: string }[];
    await expect.poll(() => leader.alertTexts('device-silent')).toHaveLength(listed.length);

    const checkedAt = new Date(server.clock.now()).toISOString();
    const [kiosk, ...others] = listed;
    for (const device of others) await server.request('POST', `/api/devices/${device.id}/heartbeat`, { body: { kind: device.kind } });
    await server.request('POST', `/api/devices/${kiosk!.id}/heartbeat`, {
      body: { kind: kiosk!.kind, printer: { state: 'paper-end', canPrint: false, checkedAt } },
    });
    await expect.poll(() => leader.alertTexts('printer'), { timeout: 3_000 }).toEqual([`Kritisk: ${kiosk!.name}: printeren er løbet tør for papir.`]);
    expect(await leader.alertTexts('device-silent')).toEqual([]);
    await leader.waitUntilSpoken('printeren er løbet tør for papir');
  });

  it('closes a service for new tickets and opens it again, and signs out a counter left open', async () => {
    const server = await startCentre();
    const leader = await signedIn(server, 'leder', 'manager', 'borgerservice');
    const mette = await server.createStaff('mette', 'staff', 'borgerservice');
    expect((await server.request('POST', '/api/counters/bs-2/open', { token: mette.token })).status).toBe(200);
    await leader.page.getByRole('button', { name: 'Luk Skranke 2' }).click();
    await leader.waitUntilSpoken('Skranke 2 er lukket.');
    await expect.poll(() => leader.counterRow('bs-2').getAttribute('data-status')).toBe('closed');

    await leader.page.getByRole('button', { name: 'Luk Pas' }).click();
    await leader.waitUntilSpoken('Pas er lukket for nye billetter.');
    expect((await server.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(409);
    await expect.poll(() => leader.page.locator('tr[data-service="passport"]').innerText()).toContain('Lukket af leder');
    await leader.page.getByRole('button', { name: 'Åbn Pas' }).click();
    await leader.waitUntilSpoken('Pas tager imod billetter igen.');
    expect((await server.request('POST', '/api/tickets', { body: { serviceId: 'passport' } })).status).toBe(201);
  });
});

describe('administration', { timeout: 60_000 }, () => {
  it('lets an admin create a staff account, change its role, and change a counter profile', async () => {
    const server = await startCentre();
    const admin = await asAdmin(server);
    await admin.navigate('Personale');
    const form = admin.page.getByTestId('create-account');
    await form.getByLabel('Navn', { exact: true }).fill('Mette Hansen');
    await form.getByLabel('Brugernavn').fill('mette');
    await form.getByLabel('Adgangskode', { exact: true }).fill('kort');
    await form.getByLabel('Enhed').selectOption({ label: 'Borgerservice' });
    await form.getByRole('button', { name: 'Opret' }).click();
    await expect.poll(() => form.innerText()).toContain('Adgangskoden skal være mindst 10 tegn.');
    await form.getByLabel('Adgangskode', { exact: true }).fill('et-langt-kodeord');
    await form.getByRole('button', { name: 'Opret' }).click();
    await admin.waitUntilSpoken('Mette Hansen er oprettet.');
    const row = admin.page.locator('tr[data-username="mette"]');
    await expect.poll(() => row.innerText()).toContain('Borgerservice');
    expect(await server.login('mette', 'et-langt-kodeord')).toBeTruthy();

    await admin.page.getByRole('button', { name: 'Rediger Mette Hansen' }).click();
    await admin.dialog.getByLabel('Rolle').selectOption({ label: 'leder' });
    await admin.dialog.getByRole('button', { name: 'Gem' }).click();
    await admin.waitUntilSpoken('Mette Hansen er opdateret.');
    await expect.poll(() => row.getByTestId('account-role').innerText()).toBe('leder');
    const accounts = (await server.request('GET', '/api/staff', { token: server.adminToken })).body as { username: string; role: string }[];
    expect(accounts.find((account) => account.username === 'mette')?.role).toBe('manager');

    // A new password, then the account disabled: the old password stops working, then any.
    await admin.page.getByRole('button', { name: 'Rediger Mette Hansen' }).click();
    await admin.dialog.getByLabel('Ny adgangskode').fill('et-nyt-langt-kodeord');
    await admin.dialog.getByRole('button', { name: 'Gem' }).click();
    // "opdateret" was already said after the role change: the dialog closing is this save's answer.
    await admin.dialog.waitFor({ state: 'detached' });
    await admin.waitUntilSpoken('Mette Hansen er opdateret.');
    expect((await server.request('POST', '/api/auth/login', { body: { username: 'mette', password: 'et-langt-kodeord' } })).status).toBe(401);
    expect(await server.login('mette', 'et-nyt-langt-kodeord')).toBeTruthy();
    await admin.page.getByRole('button', { name: 'Rediger Mette Hansen' }).click();
    await admin.dialog.getByLabel('Deaktiver kontoen (kan ikke logge ind)').check();
    await admin.dialog.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => row.innerText()).toContain('Deaktiveret');
    expect((await server.request('POST', '/api/auth/login', { body: { username: 'mette', password: 'et-nyt-langt-kodeord' } })).status).toBe(401);

    await admin.navigate('Skrankeprofiler');
    await admin.page.getByRole('button', { name: 'Skranke 6' }).click();
    const profile = admin.page.getByTestId('profile-form');
    await profile.getByRole('heading', { name: 'Ydelser ved Skranke 6' }).waitFor();
    await expect.poll(() => profile.getByLabel('Skranke 6 kalder Pension').isChecked()).toBe(true);
    await profile.getByLabel('Skranke 6 kalder Pension').uncheck();
    await profile.getByLabel('Skranke 6 kalder Flytning og folkeregister').check();
    await profile.getByLabel('Vægt for Flytning og folkeregister').fill('2,5');
    await profile.getByRole('button', { name: 'Gem' }).click();
    await admin.waitUntilSpoken('Profilen for Skranke 6 er gemt.');
    const saved = await server.request('GET', '/api/counters/bs-6/services', { token: server.adminToken });
    expect(saved.body.services).toEqual([
      { serviceId: 'information', weight: 1 },
      { serviceId: 'housing-benefit', weight: 1 },
      { serviceId: 'moving', weight: 2.5 },
    ]);
  });

  it('opens each page only for the roles it is for, and the printable report without the app around it', async () => {
    const server = await startCentre();
    const agent = await signedIn(server, 'agnete', 'agent', null);
    await expect.poll(() => agent.page.url()).toMatch(/\/staff\/bookings$/);
    expect(await agent.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allInnerTexts()).toEqual(['Booking']);
    await agent.goto('/staff/overview');
    await agent.page.getByRole('heading', { name: 'Du har ikke adgang til denne side.' }).waitFor();
    await agent.signOut();
    expect(await agent.signInForm.innerText()).toContain('Du er logget ud.');
    await agent.page.reload();
    await agent.signInForm.waitFor();

    await server.createStaff('leder', 'manager', 'borgerservice');
    const leader = await openApp(server, '/staff/report?from=2026-11-01&to=2026-11-30');
    await leader.signIn('leder', 'leder-password');
    await leader.page.locator('div#main').waitFor();
    expect(await leader.page.locator('.top-bar').count()).toBe(0);
    await leader.goto('/staff/reports');
    await leader.page.locator('.top-bar').waitFor();
    expect(await leader.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allInnerTexts()).toEqual([
      'Skranke',
      'Oversigt',
      'Skrankeprofiler',
      'Rapporter',
      'Planlæg dagen',
      'Booking',
    ]);
  });
});

describe('the link to the city hub on the overview', { timeout: 60_000 }, () => {
  it('warns the leaders in plain words when the hub cannot be reached, while the centre goes on serving', async () => {
    // A port where nothing listens: the hub is away.
    const { freePort } = await import('../reliability/child-server.js');
    const server = await startTestServer({
      city: { url: `http://127.0.0.1:${await freePort()}`, centreId: 'valby', key: 'dck_a-key-the-hub-would-know-of' },
      cityLink: { pollMs: 100, maxBackoffMs: 300, log: () => undefined },
    });
    suite.closeAfterTest(() => server.close());
    await takeNumbers(server, 'passport', 2);
    const leader = await signedIn(server, 'leder', 'manager', 'borgerservice');
    const notice = leader.page.getByTestId('city-link');
    await notice.waitFor();
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toBe('Advarsel: Byens hub kan ikke nås. Centret betjener som altid; det, byen mangler, sendes, når forbindelsen er tilbage.');
    expect(await notice.getAttribute('role')).toBe('status');
    await leader.screenshot('overview-city-unreachable');
    expect(await leader.accessibilityViolations()).toEqual([]);
  });
});

describe('every screen', { timeout: 90_000 }, () => {
  it('has no accessibility violations (axe-core, WCAG AAA) and fits a 1366×768 laptop', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'information', 1);
    await takeNumbers(server, 'moving', 3);
    await takeNumbers(server, 'health-card', 2);
    const found: Record<string, AxeViolation[]> = {};
    const overflowing: string[] = [];
    const check = async (page: StaffPage, screen: string) => {
      await page.screenshot(screen);
      const violations = await page.accessibilityViolations();
      if (violations.length > 0) found[screen] = violations;
      if (await page.overflowsHorizontally()) overflowing.push(screen);
    };

    await server.createStaff('mette', 'staff', 'borgerservice');
    const desk = await openApp(server);
    await desk.signInForm.waitFor();
    await check(desk, 'sign-in');
    await desk.signIn('mette', 'forkert');
    await desk.page.getByTestId('error-text').waitFor();
    await check(desk, 'sign-in-error');
    await desk.signInAndWait('mette', 'mette-password');
    await desk.page.locator('.counter-choice').first().waitFor();
    await check(desk, 'choose-counter');
    await desk.chooseCounter('Skranke 3');
    await check(desk, 'counter-closed');
    await desk.openCounter();
    expect(await desk.callNext()).toBe('G1');
    await desk.start();
    await desk.transfer({ service: 'Flytning og folkeregister', placement: 'front', note: 'Skal melde flytning for hele familien.' });
    expect(await desk.callNext()).toBe('G1');
    await desk.start();
    await check(desk, 'counter-serving');
    await desk.action('transfer').click();
    await desk.dialog.waitFor();
    await desk.page.getByTestId('transfer-form').getByRole('radio', { name: 'Boligstøtte', exact: true }).check();
    await check(desk, 'transfer-dialog');
    await desk.page.keyboard.press('Escape');
    await desk.action('finish').click();
    await desk.dialog.waitFor();
    await check(desk, 'finish-dialog');
    await desk.page.keyboard.press('Escape');
    await desk.action('showShortcuts').click();
    await check(desk, 'shortcuts-dialog');
    await desk.page.keyboard.press('Escape');
    await desk.action('pause').click();
    await check(desk, 'pause-dialog');
    await desk.page.keyboard.press('2');
    await desk.page.locator('[data-testid="counter-status"][data-status="paused"]').waitFor();
    await check(desk, 'counter-paused');

    server.clock.advanceMinutes(40);
    await takeNumbers(server, 'passport', 1);
    const admin = await asAdmin(server);
    await admin.page.getByRole('heading', { name: 'Overblik over centret' }).waitFor();
    await expect.poll(() => admin.alerts.count()).toBeGreaterThan(0);
    await check(admin, 'overview');
    await admin.navigate('Personale');
    await admin.page.getByTestId('accounts-table').waitFor();
    await check(admin, 'staff-accounts');
    await admin.page.getByRole('button', { name: 'Rediger mette' }).click();
    await check(admin, 'edit-account-dialog');
    await admin.page.keyboard.press('Escape');
    await admin.navigate('Skrankeprofiler');
    await admin.page.getByTestId('profile-form').locator('table').waitFor();
    await check(admin, 'counter-profiles');
    await admin.goto('/staff/nowhere');
    await admin.page.getByRole('heading', { name: 'Siden findes ikke.' }).waitFor();
    await check(admin, 'not-found');

    expect(found).toEqual({});
    expect(overflowing).toEqual([]);
  });
});
