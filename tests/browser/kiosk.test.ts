/**
 * The kiosk in Chromium against the real server: what a citizen in front of it sees and can do.
 * Needs the built renderer (`npm run build -w @dintur/kiosk-app`; `npm test` builds it first).
 * Screenshots go to /tmp/shots/kiosk/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayWait } from '@dintur/shared';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { chromiumArgs, chromiumPath } from './support/chromium.js';
import { CounterDesk } from './support/counter-desk.js';
import { expectNoViolations, expectTouchTargets } from './support/kiosk-checks.js';
import { KioskPage, landscape, requireBuiltKiosk } from './support/kiosk-page.js';
import { startStableProxy } from './support/stable-proxy.js';

const shots = '/tmp/shots/kiosk';
const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const shot = (name: string) => path.join(shots, `${name}.png`);

const suite = browserSuite(() => {
  requireBuiltKiosk();
  mkdirSync(shots, { recursive: true });
});

async function startCentre(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  suite.closeAfterTest(() => server.close());
  return server;
}

async function openKiosk(serverUrl: string, options: Parameters<typeof KioskPage.open>[2] = {}): Promise<KioskPage> {
  const kiosk = await KioskPage.open(suite.browser, serverUrl, options);
  suite.closeAfterTest(() => kiosk.close());
  return kiosk;
}

/** Today's tickets as the staff see them (with tracking codes and estimates). */
async function serverTickets(server: TestServer): Promise<{ id: number; number: string; serviceId: string; trackingCode: string; position: number | null; estimatedWaitMinutes: number | null }[]> {
  const response = await server.request('GET', '/api/tickets', { token: server.adminToken });
  expect(response.status).toBe(200);
  return response.body;
}

async function takeNumbersThroughApi(server: TestServer, serviceId: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) expect((await server.request('POST', '/api/tickets', { body: { serviceId } })).status).toBe(201);
}

/** The QR matrix uqr draws for `value` with the kiosk's settings: what the screen must show. */
const expectedQr = (value: string) => encode(value, { ecc: 'M', border: 4 }).data;

/** A service's name on its card as shown: its text, and the language it is marked in for screen readers. */
async function serviceName(kiosk: KioskPage, serviceId: string): Promise<{ text: string; lang: string | null }> {
  const name = kiosk.service(serviceId).locator('.service-name');
  return { text: (await name.innerText()).trim(), lang: await name.getAttribute('lang') };
}

/** A unit's heading on the services screen, the same way. */
async function unitName(kiosk: KioskPage, unitId: string): Promise<{ text: string; lang: string | null }> {
  const name = kiosk.page.getByTestId(`unit-${unitId}`).locator('.unit-name');
  return { text: (await name.innerText()).trim(), lang: await name.getAttribute('lang') };
}

describe('the kiosk: taking a number', () => {
  it('gives a ticket for a service of each unit: the number the server issued, who is before you, the wait and a QR to follow it', async () => {
    const server = await startCentre();
    await takeNumbersThroughApi(server, 'passport', 2);
    const kiosk = await openKiosk(server.url);
    await kiosk.screenshot(shot('portrait-start'));
    await expectNoViolations(kiosk, 'start');
    await expectTouchTargets(kiosk, 'start');

    const units = [
      { serviceId: 'passport', unitName: 'Borgerservice', serviceName: 'Pas', ahead: '2 personer før dig' },
      { serviceId: 'home-help', unitName: 'Pension og Omsorg', serviceName: 'Hjemmehjælp og hjælpemidler', ahead: 'Du er den næste' },
      { serviceId: 'social-counselling', unitName: 'Socialcenter', serviceName: 'Socialrådgivning', ahead: 'Du er den næste' },
    ];
    for (const [index, expected] of units.entries()) {
      await kiosk.takeNumber();
      if (index === 0) {
        await kiosk.screenshot(shot('portrait-services'));
        await expectNoViolations(kiosk, 'services');
        await expectTouchTargets(kiosk, 'services');
        expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
      }
      await expect(kiosk.page.getByRole('region', { name: expected.unitName }).locator(`[data-service="${expected.serviceId}"]`).count()).resolves.toBe(1);
      await kiosk.chooseService(expected.serviceId);
      await kiosk.waitForScreen('ticket');
      // The demo kiosks have no network printer on the server: the screen is the ticket.
      expect(await kiosk.waitForPrintOutcome()).toBe('screen-only');
      const shown = await kiosk.ticket();

      const issued = (await serverTickets(server)).filter((ticket) => ticket.serviceId === expected.serviceId).at(-1)!;
      expect(shown.number).toBe(issued.number);
      expect(shown.service).toBe(expected.serviceName);
      expect(shown.ahead).toBe(expected.ahead);
      // The server's estimate in the words every screen and the receipt use (@dintur/shared's sayWait).
      expect(shown.estimate).toBe(sayWait(issued.estimatedWaitMinutes, { lang: 'da', serviceName: expected.serviceName }).sentence);
      expect(await kiosk.qrMatrix()).toEqual(expectedQr(`${server.url}/t/${issued.trackingCode}`));
      if (index === 0) {
        await kiosk.screenshot(shot('portrait-ticket-screen-only'));
        await expectNoViolations(kiosk, 'ticket');
        await expectTouchTargets(kiosk, 'ticket');
      }
      await kiosk.done();
    }
    expect((await serverTickets(server)).map((ticket) => ticket.number)).toEqual(['A1', 'A2', 'A3', 'J1', 'S1']);
  });

  it('says so when a service or the centre is closed and when it opens, as soon as it changes, and what to do instead', async () => {
    const server = await startCentre();
    const manager = await server.createStaff('leader', 'manager', 'borgerservice');
    const kiosk = await openKiosk(server.url);
    await kiosk.takeNumber();
    expect(await kiosk.service('passport').getAttribute('data-open')).toBe('true');

    // Closed by a leader: the kiosk learns it from the event stream, without a reload.
    for (const serviceId of ['passport', 'information']) expect((await server.request('POST', `/api/services/${serviceId}/close`, { token: manager.token })).status).toBe(200);
    await kiosk.page.locator('[data-service="passport"][data-open="false"]').waitFor({ timeout: 3_000 });
    await expect(kiosk.service('passport').innerText()).resolves.toContain('Lukket resten af dagen\nHvad kan jeg gøre?');
    await kiosk.screenshot(shot('portrait-services-one-closed'));
    await expectNoViolations(kiosk, 'services with a closed one');

    // Touched, a closed service offers what can be done: passports take appointments, so a QR code
    // to book one (the booking page with the service chosen), and the reception, which is open.
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('service-closed');
    expect(await kiosk.title()).toBe('Lukket resten af dagen');
    await kiosk.page.locator('.service-closed[data-bookable="true"]').waitFor();
    expect(await kiosk.qrMatrix()).toEqual(expectedQr(`${server.url}/book?service=passport`));
    await expect(kiosk.page.getByTestId('closed-book').innerText()).resolves.toContain('Book en tid');
    await expect(kiosk.page.getByTestId('closed-ask').innerText()).resolves.toContain('Spørg i receptionen');
    await kiosk.screenshot(shot('portrait-service-closed-bookable'));
    await expectNoViolations(kiosk, 'a closed service');
    await expectTouchTargets(kiosk, 'a closed service');
    await kiosk.tap(kiosk.page.getByTestId('choose-other'));
    await kiosk.waitForScreen('services');
    // General information takes no appointments: the reception alone.
    await kiosk.chooseService('information');
    await kiosk.waitForScreen('service-closed');
    await kiosk.page.locator('.service-closed[data-bookable="false"]').waitFor();
    expect(await kiosk.page.getByTestId('closed-book').count()).toBe(0);
    await expect(kiosk.page.getByTestId('closed-ask').isVisible()).resolves.toBe(true);
    expect(await serverTickets(server)).toEqual([]);
    await kiosk.back();

    // The real Valby hours at 17:50 on a Tuesday: tickets stopped at 17:45, back tomorrow at 10:00.
    server.clock.set('2026-11-24T16:50:00Z');
    const realHours = JSON.parse(readFileSync(path.join(repositoryRoot, 'config/examples/valby-real-hours.json'), 'utf8'));
    expect((await server.request('PUT', '/api/config', { token: server.adminToken, body: realHours })).status).toBe(200);
    await kiosk.page.locator('[data-service="moving"][data-open="false"]').waitFor({ timeout: 5_000 });
    await expect(kiosk.service('moving').innerText()).resolves.toContain('Lukket nu · Åbner i morgen kl. 10:00');
    // Nobody is at the reception now: come back when it opens.
    await kiosk.chooseService('moving');
    await kiosk.waitForScreen('service-closed');
    await expect(kiosk.page.getByTestId('closed-come-back').innerText()).resolves.toBe('Kom igen i morgen kl. 10:00.');
    expect(await kiosk.page.getByTestId('closed-ask').count()).toBe(0);
    await kiosk.back();
    await kiosk.waitForScreen('services');
    await kiosk.back();
    await expect(kiosk.page.getByTestId('centre-closed').innerText()).resolves.toBe('Vi har lukket nu · Vi åbner i morgen kl. 10:00');
    await kiosk.screenshot(shot('portrait-start-centre-closed'));
  });

  it('says plainly that a full queue takes no more numbers now, without a button to try again at once', async () => {
    const server = await startCentre();
    const config = (await server.request('GET', '/api/config', { token: server.adminToken })).body;
    config.services.find((service: { id: string }) => service.id === 'passport').maxWaiting = 2;
    expect((await server.request('PUT', '/api/config', { token: server.adminToken, body: config })).status).toBe(200);
    await takeNumbersThroughApi(server, 'passport', 2);
    const kiosk = await openKiosk(server.url);

    await kiosk.takeNumber();
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('issue-failed');
    const title = kiosk.page.locator('[data-refusal]');
    await expect(title.getAttribute('data-refusal')).resolves.toBe('full');
    await expect(title.innerText()).resolves.toBe('Køen er fuld lige nu. Kom igen senere, eller spørg personalet.');
    await expect(kiosk.page.getByTestId('try-again').count()).resolves.toBe(0);
    await kiosk.screenshot(shot('portrait-queue-full'));
    await expectNoViolations(kiosk, 'queue full');
    expect((await serverTickets(server)).filter((ticket) => ticket.serviceId === 'passport')).toHaveLength(2);
  });

  it('offers the self-service route before the number, and records the choice either way for the statistics', async () => {
    const server = await startCentre();
    const manager = await server.createStaff('leader', 'manager', 'borgerservice');
    const kiosk = await openKiosk(server.url, { query: { kiosk: 'reception-2' } });

    await kiosk.takeNumber();
    await kiosk.chooseService('health-card');
    await kiosk.waitForScreen('self-service');
    expect(await kiosk.qrMatrix()).toEqual(expectedQr('https://www.borger.dk/sundhed-og-sygdom/laege-og-sundhedskort'));
    await kiosk.screenshot(shot('portrait-self-service'));
    await expectNoViolations(kiosk, 'self-service');
    await expectTouchTargets(kiosk, 'self-service');
    await kiosk.tap(kiosk.page.getByTestId('choose-online'));
    await expect(kiosk.page.getByTestId('done').isVisible()).resolves.toBe(true);
    await kiosk.screenshot(shot('portrait-self-service-chosen'));
    await kiosk.done();
    expect(await serverTickets(server)).toEqual([]);

    await kiosk.takeNumber();
    await kiosk.chooseService('health-card');
    await kiosk.waitForScreen('self-service');
    await kiosk.tap(kiosk.page.getByTestId('take-number-anyway'));
    await kiosk.waitForScreen('ticket');
    expect((await kiosk.ticket()).number).toBe('D1');

    const log = await fetch(`${server.url}/api/events/export?from=2026-11-24&to=2026-11-24`, { headers: { authorization: `Bearer ${manager.token}` } });
    expect(log.status).toBe(200);
    const choices = (await log.text())
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { type: string; details: Record<string, unknown> })
      .filter((event) => event.type === 'kiosk.choice');
    expect(choices.map((event) => event.details)).toEqual([
      { serviceId: 'health-card', choice: 'self-service', kioskId: 'reception-2' },
      { serviceId: 'health-card', choice: 'ticket', kioskId: 'reception-2' },
    ]);
  });

  it('speaks Arabic right to left, with the services’ own Arabic names, and prints the Arabic citizen an English receipt', async () => {
    const server = await startCentre();
    // Counter 3 serves information and not passports: one service has a wait, the other no counter.
    await CounterDesk.signIn(server, 'bs-3', 'borgerservice');
    await takeNumbersThroughApi(server, 'information', 3);
    const kiosk = await openKiosk(server.url);
    await kiosk.chooseLanguage('ar');
    expect(await kiosk.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await kiosk.title()).toBe('مرحبًا بكم في Borgercenter Valby');
    await kiosk.screenshot(shot('portrait-arabic-start'));
    await expectNoViolations(kiosk, 'Arabic start');

    await kiosk.takeNumber();
    expect(await kiosk.title()).toBe('ما سبب زيارتك؟');
    await expect(kiosk.service('passport').innerText()).resolves.toContain('جواز السفر');
    expect(await serviceName(kiosk, 'passport')).toEqual({ text: 'جواز السفر', lang: 'ar' });
    expect(await unitName(kiosk, 'borgerservice')).toEqual({ text: 'خدمة المواطنين', lang: 'ar' });
    expect(await kiosk.serviceWait('passport')).toMatchObject({ kind: 'no-counter', sentence: 'لا يوجد شباك مفتوح' });
    expect((await kiosk.serviceWait('information')).sentence).toMatch(/^وقت الانتظار حوالي /);
    // "Back" is where a right-to-left reader starts: on the right.
    const back = await kiosk.page.getByTestId('back').boundingBox();
    expect(back!.x).toBeGreaterThan(kiosk.viewport.width / 2);
    await kiosk.screenshot(shot('portrait-arabic-services'));
    await expectNoViolations(kiosk, 'Arabic services');

    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    await kiosk.waitForPrintOutcome();
    const shown = await kiosk.ticket();
    expect(shown).toMatchObject({ number: 'A1', service: 'جواز السفر', ahead: 'أنت التالي', estimate: 'لا يوجد شباك مفتوح لخدمة جواز السفر الآن' });
    expect(await kiosk.title()).toBe('رقمك');
    await kiosk.screenshot(shot('portrait-arabic-ticket'));
    await expectNoViolations(kiosk, 'Arabic ticket');
    const issued = (await serverTickets(server)).find((ticket) => ticket.serviceId === 'passport');
    expect(issued).toMatchObject({ number: 'A1', lang: 'ar' });
  });
  it('shows Somali and Ukrainian citizens the names the centre wrote in their language, and English, marked so, where it wrote none', async () => {
    const server = await startCentre();
    // The centre has not written a Somali name for general information yet.
    const config = (await server.request('GET', '/api/config', { token: server.adminToken })).body;
    delete config.warnings;
    const information = config.services.find((service: { id: string }) => service.id === 'information');
    delete information.name.so;
    expect((await server.request('PUT', '/api/config', { token: server.adminToken, body: config })).status).toBe(200);

    const kiosk = await openKiosk(server.url);
    await kiosk.chooseLanguage('so');
    await kiosk.takeNumber();
    expect(await kiosk.title()).toBe('Maxaad u timid?');
    expect(await serviceName(kiosk, 'passport')).toEqual({ text: 'Baasaboor', lang: 'so' });
    expect(await serviceName(kiosk, 'social-counselling')).toEqual({ text: 'La-talin bulsheed', lang: 'so' });
    expect(await unitName(kiosk, 'pension-care')).toEqual({ text: 'Hawlgabka iyo Daryeelka', lang: 'so' });
    // A screen reader reads the English name as English.
    expect(await serviceName(kiosk, 'information')).toEqual({ text: 'General information', lang: 'en' });
    await kiosk.screenshot(shot('portrait-somali-services'));
    await expectNoViolations(kiosk, 'Somali services');

    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    await kiosk.waitForPrintOutcome();
    expect(await kiosk.ticket()).toMatchObject({ number: 'A1', service: 'Baasaboor', ahead: 'Adiga ayaa xiga' });
    await kiosk.screenshot(shot('portrait-somali-ticket'));
    await expectNoViolations(kiosk, 'Somali ticket');
    await kiosk.done();

    await kiosk.chooseLanguage('uk');
    await kiosk.takeNumber();
    expect(await serviceName(kiosk, 'housing-benefit')).toEqual({ text: 'Допомога на житло', lang: 'uk' });
    await kiosk.screenshot(shot('portrait-ukrainian-services'));
    await expectNoViolations(kiosk, 'Ukrainian services');
  });
});

describe('the kiosk: waits a citizen can believe', () => {
  it('says no counter is open for a service instead of a number, on its card and its ticket, and a wait as soon as one opens', async () => {
    const server = await startCentre();
    await takeNumbersThroughApi(server, 'passport', 2);
    const kiosk = await openKiosk(server.url);
    await kiosk.takeNumber();
    // The card names the service: its words are the display's, "Ingen åben skranke"; the ticket's the whole sentence.
    expect(await kiosk.serviceWait('passport')).toEqual({ kind: 'no-counter', sentence: 'Ingen åben skranke', short: 'Ingen åben skranke' });
    await kiosk.screenshot(shot('portrait-services-no-counter'));
    await expectNoViolations(kiosk, 'services, no counter open');
    await kiosk.toggleLargeText();
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await kiosk.screenshot(shot('portrait-large-text-no-counter'));

    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    await kiosk.waitForPrintOutcome();
    expect(await kiosk.ticket()).toMatchObject({ number: 'A3', ahead: '2 personer før dig', estimate: 'Ingen skranke er åben for Pas lige nu' });
    await kiosk.screenshot(shot('portrait-large-text-ticket-no-counter'));
    await expectNoViolations(kiosk, 'ticket, no counter open');
    await kiosk.done();

    // A passport counter opens: the kiosk hears it on the stream and shows the server's new wait.
    await CounterDesk.signIn(server, 'bs-1', 'borgerservice');
    await kiosk.takeNumber();
    await expect.poll(async () => (await kiosk.serviceWait('passport')).kind, { timeout: 3_000 }).toBe('about');
    const passport = (await server.request('GET', '/api/centre')).body.services.find((service: { id: string }) => service.id === 'passport');
    expect((await kiosk.serviceWait('passport')).sentence).toBe(sayWait(passport.estimatedWaitMinutes, { lang: 'da', serviceName: 'Pas' }).sentence);
  });
});

describe('the kiosk: when things go wrong', () => {
  it('says it is out of order in every complete language while the server is away, and recovers by itself', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-kiosk-restart-'));
    suite.closeAfterTest(async () => rmSync(dataDir, { recursive: true, force: true }));
    let server = await startTestServer({ dataDir });
    const proxy = await startStableProxy(server.url);
    suite.closeAfterTest(() => proxy.close());
    suite.closeAfterTest(() => server.close());
    const kiosk = await openKiosk(proxy.url);
    await kiosk.chooseLanguage('en');
    await kiosk.takeNumber();

    proxy.offline();
    await server.close();
    const outOfOrder = kiosk.page.getByTestId('out-of-order');
    await outOfOrder.waitFor({ timeout: 10_000 });
    const sections = await kiosk.outOfOrderMessages();
    expect(sections.map((section) => [section.lang, section.dir])).toEqual([
      ['da', 'ltr'],
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(sections.map((section) => section.text.split('\n')[0])).toEqual([
      'Skærmen virker ikke lige nu',
      'This screen is not working right now',
      'هذه الشاشة لا تعمل الآن',
    ]);
    await kiosk.screenshot(shot('portrait-out-of-order'));
    await expectNoViolations(kiosk, 'out of order');

    server = await startTestServer({ dataDir });
    proxy.setTarget(server.url);
    proxy.online();
    await outOfOrder.waitFor({ state: 'detached', timeout: 20_000 });
    // Back where the citizen was, and a number can be taken again.
    expect(await kiosk.screen()).toBe('services');
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    expect((await kiosk.ticket()).number).toBe('A1');
  });

  it('keeps the number and its QR code on screen longer when the printer is out of paper, and the staff see the problem', async () => {
    const server = await startCentre();
    const printer: FakePrinter = await startFakePrinter({ state: 'paper-end' });
    suite.closeAfterTest(() => printer.close());
    const config = (await server.request('GET', '/api/config', { token: server.adminToken })).body;
    config.kiosks = [{ id: 'reception-1', name: 'Reception, left kiosk', printer: { connection: printer.connection, columns: 42 } }];
    expect((await server.request('PUT', '/api/config', { token: server.adminToken, body: config })).status).toBe(200);
    const manager = await server.createStaff('leader', 'manager', 'borgerservice');

    const kiosk = await openKiosk(server.url, { clock: true });
    await kiosk.takeNumber();
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    expect(await kiosk.waitForPrintOutcome()).toBe('printer-problem');
    const shown = await kiosk.ticket();
    expect(shown.number).toBe('A1');
    expect(shown.printStatus).toContain('Billetten kunne ikke udskrives');
    expect(shown.printStatus).toContain('Tag et billede af koden, eller husk dit nummer. Personalet har fået besked.');
    const [issued] = await serverTickets(server);
    expect(await kiosk.qrMatrix()).toEqual(expectedQr(`${server.url}/t/${issued!.trackingCode}`));
    await kiosk.screenshot(shot('portrait-ticket-out-of-paper'));
    await expectNoViolations(kiosk, 'ticket, printer out of paper');

    await expect
      .poll(async () => {
        const devices = await server.request('GET', '/api/devices', { token: manager.token });
        return devices.body.find((device: { id: string }) => device.id === 'reception-1')?.printer?.state;
      })
      .toBe('paper-end');

    // A printed ticket leaves after 20 s; this one stays a minute.
    await kiosk.page.clock.fastForward(40_000);
    expect(await kiosk.screen()).toBe('ticket');
    await kiosk.page.clock.fastForward(20_000);
    await kiosk.waitForScreen('start');

    // Paper in: the next ticket prints, and leaves the screen after 20 s.
    printer.setState('ok');
    const job = printer.waitForJob();
    await kiosk.takeNumber();
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    expect(await kiosk.waitForPrintOutcome()).toBe('printed');
    expect((await kiosk.ticket()).printStatus).toBe('Tag din billet nedenfor');
    expect(Buffer.from(await job).includes(Buffer.from('A2'))).toBe(true);
    await kiosk.screenshot(shot('portrait-ticket-printed'));
    await kiosk.page.clock.fastForward(20_000);
    await kiosk.waitForScreen('start');
  });
});

describe('the kiosk: no time pressure, but nothing left for the next citizen', () => {
  it('asks "Are you still there?" after a minute untouched, and starts afresh in Danish 25 seconds later', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url, { clock: true });
    await kiosk.chooseLanguage('en');
    await kiosk.takeNumber();
    const dialog = kiosk.page.getByRole('alertdialog', { name: 'Are you still there?' });

    await kiosk.page.clock.fastForward(59_000);
    expect(await dialog.count()).toBe(0);
    await kiosk.page.clock.fastForward(1_000);
    await dialog.waitFor();
    await kiosk.screenshot(shot('portrait-still-there'));
    await expectNoViolations(kiosk, 'still there');
    await expectTouchTargets(kiosk, 'still there');
    // The question has the focus, so a keyboard or screen-reader user answers it at once.
    await expect(kiosk.page.evaluate('document.activeElement?.dataset.testid')).resolves.toBe('still-here');

    await kiosk.tap(kiosk.page.getByTestId('still-here'));
    await dialog.waitFor({ state: 'detached' });
    expect(await kiosk.screen()).toBe('services');

    await kiosk.page.clock.fastForward(60_000);
    await dialog.waitFor();
    await kiosk.page.clock.fastForward(25_000);
    await kiosk.waitForScreen('start');
    expect(await kiosk.documentLanguage()).toEqual({ lang: 'da', dir: 'ltr' });
    expect(await dialog.count()).toBe(0);
  });

  it('leaves the start screen alone as long as nobody changed anything', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url, { clock: true });
    await kiosk.page.clock.fastForward(120_000);
    expect(await kiosk.page.getByRole('alertdialog').count()).toBe(0);
    expect(await kiosk.screen()).toBe('start');
  });
});

describe('the kiosk: for everyone', () => {
  it('takes the second half of a double tap for nothing, and counts every new screen as settling from the moment it appears', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url);
    // Every change of the kiosk's screen or settling state, as the page's DOM showed it.
    await kiosk.page.evaluate(`(() => {
      const root = document.querySelector('[data-testid="kiosk"]');
      window.kioskStates = [[root.dataset.screen, root.dataset.settling]];
      new MutationObserver(() => window.kioskStates.push([root.dataset.screen, root.dataset.settling]))
        .observe(root, { attributes: true, attributeFilter: ['data-screen', 'data-settling'] });
    })()`);
    // A double tap on "Take a number": its second half lands where a service now is, and is swallowed.
    const button = (await kiosk.page.getByTestId('take-number').boundingBox())!;
    const [x, y] = [button.x + button.width / 2, button.y + button.height / 2];
    await kiosk.page.mouse.click(x, y);
    await kiosk.page.mouse.click(x, y);
    await kiosk.waitForScreen('services');
    await kiosk.page.waitForTimeout(200);
    expect(await kiosk.screen()).toBe('services');
    expect(await serverTickets(server)).toEqual([]);

    // Through a whole ticket, including the screens the server's answer brings (not a tap).
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    await kiosk.waitForPrintOutcome();
    await kiosk.done();
    const states = await kiosk.page.evaluate<[string, string][]>('window.kioskStates');
    const appearances = states.filter(([screen], index) => index > 0 && screen !== states[index - 1]![0]);
    expect(appearances.map(([screen]) => screen)).toEqual(['services', 'issuing', 'ticket', 'start']);
    // A test (or a scanner) waiting for "settled" never sees a new screen called settled before its time.
    expect(appearances.filter(([, settling]) => settling !== 'true')).toEqual([]);
    expect((await serverTickets(server)).map((ticket) => ticket.serviceId)).toEqual(['passport']);
  });

  it('can be used with the keyboard alone: a number without a mouse or a touch', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url);
    const focused = () => kiosk.page.evaluate<string | null>('document.activeElement?.dataset.testid ?? document.activeElement?.dataset.service ?? null');
    const tabTo = async (target: string) => {
      for (let presses = 0; presses < 40; presses += 1) {
        if ((await focused()) === target) return kiosk.waitUntilSettled();
        await kiosk.page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target}`);
    };
    await tabTo('take-number');
    // The focus is visible: a thick outline around the focused control.
    const outline = await kiosk.page.evaluate<number>('parseFloat(getComputedStyle(document.activeElement).outlineWidth)');
    expect(outline).toBeGreaterThanOrEqual(4);
    await kiosk.page.keyboard.press('Enter');
    await kiosk.waitForScreen('services');
    await tabTo('information');
    await kiosk.page.keyboard.press('Enter');
    await kiosk.waitForScreen('self-service');
    await tabTo('take-number-anyway');
    await kiosk.page.keyboard.press('Enter');
    await kiosk.waitForScreen('ticket');
    expect((await kiosk.ticket()).number).toBe('G1');
    await tabTo('done');
    await kiosk.page.keyboard.press('Enter');
    await kiosk.waitForScreen('start');
  });

  it('works in landscape too: every screen fits, nothing is cut off', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url, { viewport: landscape });
    await kiosk.screenshot(shot('landscape-start'));
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await kiosk.takeNumber();
    await kiosk.screenshot(shot('landscape-services'));
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await expectTouchTargets(kiosk, 'landscape services');
    await expectNoViolations(kiosk, 'landscape services');
    await kiosk.chooseService('pension');
    await kiosk.waitForScreen('self-service');
    await kiosk.screenshot(shot('landscape-self-service'));
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await kiosk.tap(kiosk.page.getByTestId('take-number-anyway'));
    await kiosk.waitForScreen('ticket');
    await kiosk.waitForPrintOutcome();
    await kiosk.screenshot(shot('landscape-ticket'));
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await kiosk.done();
    await kiosk.haveAppointment();
    await kiosk.screenshot(shot('landscape-appointment'));
  });

  it('routes "I have an appointment" to the check-in, and back', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url);
    await kiosk.haveAppointment();
    await kiosk.screenshot(shot('portrait-appointment'));
    await expectNoViolations(kiosk, 'appointment');
    await expectTouchTargets(kiosk, 'appointment');
    await kiosk.back();
    await kiosk.waitForScreen('start');
  });

  it('lets a keyboard-wedge scanner open the check-in from the start screen, without pressing the focused button', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url);
    await kiosk.page.getByTestId('take-number').focus();
    // A scanner types a code in a few milliseconds and ends it with Enter.
    await kiosk.page.keyboard.type('APPT7QX2\n');
    await kiosk.waitForScreen('check-in');
    // Had the Enter reached "Take a number", the services would be showing by now.
    expect(await kiosk.screen()).toBe('check-in');
  });
});

describe('the kiosk in its Electron shell (the page from disk, the shell’s bridge stood in for)', () => {
  let fileBrowser: Browser;
  beforeAll(async () => {
    // Electron lets its own file pages load their module scripts; Chromium needs to be told.
    fileBrowser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--allow-file-access-from-files'] });
  });
  afterAll(async () => {
    await fileBrowser?.close();
  });

  it('talks to the configured server across origins, prints through the shell and reports its printer', async () => {
    const server = await startCentre();
    const manager = await server.createStaff('leader', 'manager', 'borgerservice');
    const kiosk = await KioskPage.openFromDisk(fileBrowser, { serverUrl: server.url, kioskId: 'reception-2', printed: 'paper-end' });
    suite.closeAfterTest(() => kiosk.close());

    await kiosk.takeNumber();
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    expect(await kiosk.waitForPrintOutcome()).toBe('printer-problem');
    const [issued] = await serverTickets(server);
    const [receipt] = await kiosk.printedReceipts();
    expect(receipt).toMatchObject({
      lang: 'da',
      number: issued!.number,
      serviceName: 'Pas',
      unitName: 'Borgerservice',
      trackingUrl: `${server.url}/t/${issued!.trackingCode}`,
      trackingHint: 'Følg din tur på mobilen',
    });
    await expect
      .poll(async () => {
        const devices = await server.request('GET', '/api/devices', { token: manager.token });
        return devices.body.find((device: { id: string }) => device.id === 'reception-2')?.printer?.state;
      })
      .toBe('paper-end');
    await kiosk.done();

    // A HID-POS scan, passed on by the shell, opens the check-in.
    await kiosk.scanThroughShell('APPT7QX2');
    await kiosk.waitForScreen('check-in');
  });
});
