/**
 * Leaders acting on counters and services in Chromium against the real server: the overview's
 * feed filled from the log on load and naming who did what, "Lukket af …" on closed counters and
 * services, a question before acting on another unit's counter or service, and the alert when
 * people wait with no open counter that may call them. axe-core on each state; screenshots at
 * 1366×768 in /tmp/shots/staff/. Needs the built app (`npm run build -w @dintur/staff-app`).
 */
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { takeNumbers } from './support/counter-desk.js';
import { requireBuiltStaffApp, StaffPage } from './support/staff-page.js';

const suite = browserSuite(requireBuiltStaffApp);

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

/** An account with a full name, as an admin would create it; its token. */
async function account(server: TestServer, username: string, displayName: string, role: 'staff' | 'manager', unitId: string): Promise<string> {
  const created = await server.request('POST', '/api/staff', { token: server.adminToken, body: { username, displayName, password: `${username}-password`, role, unitId } });
  expect(created.status).toBe(201);
  return server.login(username, `${username}-password`);
}

async function overviewOf(server: TestServer, username: string): Promise<StaffPage> {
  const page = await StaffPage.open(suite.browser, server.url, '/staff/overview');
  suite.closeAfterTest(() => page.close());
  await page.signInAndWait(username, `${username}-password`);
  await page.page.getByRole('heading', { name: 'Overblik over centret' }).waitFor();
  return page;
}

const feed = (leader: StaffPage) => leader.page.getByTestId('happenings').locator('li').allInnerTexts();
const spacesTidied = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('leaders’ actions on counters and services', { timeout: 60_000 }, () => {
  it('fills the feed from the log on load, names who closed what, and asks before closing another unit’s counter', async () => {
    const server = await startCentre();
    const poul = await account(server, 'poul', 'Poul Berg', 'staff', 'borgerservice');
    const ole = await account(server, 'ole', 'Ole Leder', 'manager', 'borgerservice');
    await account(server, 'mette', 'Mette Leder', 'manager', 'pension-care');
    // All before the overview is opened: only the log can tell it.
    await takeNumbers(server, 'passport', 2);
    expect((await server.request('POST', '/api/counters/bs-2/open', { token: poul })).status).toBe(200);
    expect((await server.request('POST', '/api/services/moving/close', { token: ole })).status).toBe(200);

    const leader = await overviewOf(server, 'mette');
    await expect.poll(() => feed(leader)).toEqual([
      '11:00 Flytning og folkeregister lukket for billetter af Ole Leder (Borgerservice)',
      '11:00 Skranke 2 åbnet af Poul Berg (Borgerservice)',
      '11:00 A2 taget: Pas',
      '11:00 A1 taget: Pas',
    ]);
    expect(spacesTidied(await leader.page.locator('tr[data-service="moving"] [data-testid="service-state"]').innerText())).toBe('Lukket af Ole Leder (Borgerservice) 11:00 Åbn Flytning og folkeregister');

    // Another unit's counter: a question first, with "Fortryd" focused; Escape leaves it open.
    await leader.page.getByRole('button', { name: 'Luk Skranke 2' }).click();
    const question = leader.page.getByRole('dialog', { name: 'Luk Skranke 2?' });
    await question.waitFor();
    expect(await question.innerText()).toContain('Skranke 2 hører til Borgerservice, ikke din enhed. Poul Berg sidder der og bliver logget ud. Det gemmes, at du lukkede den.');
    expect(await leader.page.evaluate('document.activeElement?.textContent')).toBe('Fortryd');
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('overview-confirm-other-unit');
    await leader.page.keyboard.press('Escape');
    await leader.waitUntilSpoken('Intet er ændret.');
    const state = async () => (await server.request('GET', '/api/centre')).body.counters.find((counter: { id: string }) => counter.id === 'bs-2').status;
    expect(await state()).toBe('open');

    server.clock.advanceMinutes(2);
    await leader.page.getByRole('button', { name: 'Luk Skranke 2' }).click();
    await question.getByRole('button', { name: 'Ja, luk Skranke 2' }).click();
    await leader.waitUntilSpoken('Skranke 2 er lukket.');
    expect(await state()).toBe('closed');
    const row = leader.counterRow('bs-2');
    await expect.poll(async () => spacesTidied(await row.getByTestId('counter-state').innerText())).toBe('Lukket af Mette Leder (Pension og Omsorg) 11:02');
    expect(await row.innerText()).toContain('Poul Berg blev logget ud');
    await expect.poll(async () => (await feed(leader))[0]).toBe('11:02 Skranke 2 lukket af Mette Leder (Pension og Omsorg); Poul Berg (Borgerservice) blev logget ud');

    // Her own unit's service: no question.
    await leader.page.getByRole('button', { name: 'Luk Pension' }).click();
    await leader.waitUntilSpoken('Pension er lukket for nye billetter.');
    expect(await leader.page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => spacesTidied(await leader.page.locator('tr[data-service="pension"] [data-testid="service-state"]').innerText())).toBe(
      'Lukket af Mette Leder (Pension og Omsorg) 11:02 Åbn Pension',
    );
    // Another unit's service: asked, and opened again only on yes.
    await leader.page.getByRole('button', { name: 'Åbn Flytning og folkeregister' }).click();
    await leader.page.getByRole('dialog', { name: 'Åbn Flytning og folkeregister for nye billetter?' }).getByRole('button', { name: 'Ja, åbn Flytning og folkeregister' }).click();
    await leader.waitUntilSpoken('Flytning og folkeregister tager imod billetter igen.');
    expect((await server.request('POST', '/api/tickets', { body: { serviceId: 'moving' } })).status).toBe(201);
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('overview-closed-by');
    await leader.page.getByTestId('happenings').scrollIntoViewIfNeeded();
    await leader.screenshot('overview-feed');
  });

  it('alerts when people wait and no open counter may call them, and says who sits where they cannot be given', async () => {
    const server = await startCentre();
    // Skranke 6 is Borgerservice's but calls Pension, an authority service only P/O's staff may serve.
    const bente = await account(server, 'bente', 'Bente Holm', 'staff', 'borgerservice');
    expect((await server.request('POST', '/api/counters/bs-6/open', { token: bente })).status).toBe(200);
    await account(server, 'mette', 'Mette Leder', 'manager', 'pension-care');
    const leader = await overviewOf(server, 'mette');
    await takeNumbers(server, 'pension', 2);
    await expect.poll(() => leader.alertTexts('no-open-counter')).toEqual([
      'Kritisk: Pension: 2 venter, men ingen åben skranke kan kalde dem. Bente Holm ved Skranke 6 må ikke betjene Pension.',
    ]);
    await leader.waitUntilSpoken('Nyt varsel: Pension: ');
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('overview-no-open-counter');

    const poul = await account(server, 'poul', 'Poul Pedersen', 'staff', 'pension-care');
    expect((await server.request('POST', '/api/counters/po-7/open', { token: poul })).status).toBe(200);
    await expect.poll(() => leader.alertTexts('no-open-counter')).toEqual([]);
  });

  it('tells a person choosing a counter, and the leader editing its profile, which of its services they will never be given', async () => {
    const server = await startCentre();
    await account(server, 'bente', 'Bente Holm', 'staff', 'borgerservice');
    const desk = await StaffPage.open(suite.browser, server.url, '/staff/');
    suite.closeAfterTest(() => desk.close());
    await desk.signInAndWait('bente', 'bente-password');
    const choice = (counterId: string) => desk.page.locator(`li:has(> button[data-counter="${counterId}"])`);
    await choice('bs-6').waitFor();
    // Skranke 6 is Borgerservice's, but calls Pension: an authority service of P/O's alone.
    expect(await choice('bs-6').getByTestId('never-given').innerText()).toBe('Du får aldrig: Pension (kun medarbejdere i Pension og Omsorg)');
    expect(await choice('bs-1').getByTestId('never-given').count()).toBe(0);
    // A screen reader hears it with the counter's button.
    const described = await desk.page.evaluate<string>(`(() => {
      const button = document.querySelector('button[data-counter="bs-6"]');
      return button.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' ');
    })()`);
    expect(described).toContain('Du får aldrig: Pension (kun medarbejdere i Pension og Omsorg)');
    expect(await choice('po-7').getByTestId('never-given').count()).toBe(1);
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot('choose-counter-never-given');

    await account(server, 'mette', 'Mette Leder', 'manager', 'pension-care');
    const leader = await StaffPage.open(suite.browser, server.url, '/staff/admin/counters');
    suite.closeAfterTest(() => leader.close());
    await leader.signInAndWait('mette', 'mette-password');
    await leader.page.getByRole('button', { name: 'Skranke 6' }).click();
    const profile = leader.page.getByTestId('profile-form');
    await profile.getByRole('heading', { name: 'Ydelser ved Skranke 6' }).waitFor();
    const notice = profile.getByTestId('never-given');
    await expect.poll(() => notice.locator('p').allInnerTexts()).toEqual([
      'Medarbejdere i Borgerservice får aldrig: Pension (kun medarbejdere i Pension og Omsorg)',
      'Medarbejdere i Socialcenter får aldrig: Pension (kun medarbejdere i Pension og Omsorg), Boligstøtte (kun medarbejdere i Pension og Omsorg eller Borgerservice)',
    ]);
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('counter-profile-never-given');
    // As ticked, before saving: without Pension, Borgerservice's staff get all it calls.
    await profile.getByLabel('Skranke 6 kalder Pension').uncheck();
    await expect.poll(() => notice.locator('p').allInnerTexts()).toEqual([
      'Medarbejdere i Socialcenter får aldrig: Boligstøtte (kun medarbejdere i Pension og Omsorg eller Borgerservice)',
    ]);
  });
});
