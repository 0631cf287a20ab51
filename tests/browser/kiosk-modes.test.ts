/**
 * The kiosk's modes in Chromium against the real server: reach mode ("Knapper nederst": every
 * control in the lower half, for a wheelchair user), large text, and both at once, in portrait and
 * landscape. Every service stays reachable and whole, with words rather than icons.
 * Needs the built renderer (`npm run build -w @dintur/kiosk-app`). Screenshots: /tmp/shots/kiosk/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { CounterDesk } from './support/counter-desk.js';
import { expectAllControlsInLowerHalf, expectNoViolations, expectTouchTargets } from './support/kiosk-checks.js';
import { KioskPage, landscape, portrait, requireBuiltKiosk, type Viewport } from './support/kiosk-page.js';

const shots = '/tmp/shots/kiosk';
const shot = (name: string) => path.join(shots, `${name}.png`);

const suite = browserSuite(() => {
  requireBuiltKiosk();
  mkdirSync(shots, { recursive: true });
});

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

async function openKiosk(serverUrl: string, options: Parameters<typeof KioskPage.open>[2] = {}): Promise<KioskPage> {
  const kiosk = await KioskPage.open(suite.browser, serverUrl, options);
  suite.closeAfterTest(() => kiosk.close());
  return kiosk;
}

/** Every service the centre has, in the kiosk's order (by unit, as configured). */
async function everyService(server: TestServer): Promise<string[]> {
  const centre = (await server.request('GET', '/api/centre')).body as { units: { id: string }[]; services: { id: string; unitId: string }[] };
  return centre.units.flatMap((unit) => centre.services.filter((service) => service.unitId === unit.id).map((service) => service.id));
}

/**
 * Each service on the page showing is wholly visible: inside the list's room (which the page
 * buttons are outside of), above the footer, and (in reach mode) in the lower half.
 */
async function expectShownServicesWhole(kiosk: KioskPage, where: string, reach: boolean): Promise<void> {
  const { room, cards } = await kiosk.page.evaluate<{ room: { top: number; bottom: number }; cards: { id: string; top: number; bottom: number }[] }>(`(() => {
    const area = document.querySelector('.service-area').getBoundingClientRect();
    const footer = document.querySelector('.kiosk-footer').getBoundingClientRect();
    return {
      room: { top: area.top, bottom: Math.min(area.bottom, footer.top) },
      cards: [...document.querySelectorAll('.service-area [data-service]')].map((card) => {
        const box = card.getBoundingClientRect();
        return { id: card.dataset.service, top: box.top, bottom: box.bottom };
      }),
    };
  })()`);
  expect(cards.length, where).toBeGreaterThan(0);
  const top = reach ? Math.max(room.top, kiosk.viewport.height / 2) : room.top;
  const cut = cards.filter((card) => card.top < top - 1 || card.bottom > room.bottom + 1);
  expect(cut, `${where}: services not wholly in view between ${top} and ${room.bottom}`).toEqual([]);
}

/** Turns every page with its buttons; returns the services each page showed. */
async function readEveryPage(kiosk: KioskPage, where: string, reach: boolean): Promise<string[][]> {
  const pages: string[][] = [];
  const { pages: count } = await kiosk.servicePage();
  for (let page = 1; page <= count; page += 1) {
    expect(await kiosk.servicePage(), where).toEqual({ page, pages: count });
    await expectShownServicesWhole(kiosk, `${where}, page ${page}`, reach);
    if (reach) await expectAllControlsInLowerHalf(kiosk, `${where}, page ${page}`);
    pages.push(await kiosk.servicesShown());
    if (page < count) await kiosk.nextServicePage();
  }
  return pages;
}

describe('the kiosk: large text and reach mode together', () => {
  it('shows every service a page at a time, each whole and in reach, with "Side 1 af N" and big buttons between the pages (portrait)', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url);
    await kiosk.toggleLargeText();
    await kiosk.toggleReach();
    await kiosk.takeNumber();
    const { pages } = await kiosk.servicePage();
    expect(pages).toBeGreaterThan(1);
    await expect(kiosk.page.getByTestId('page-status').innerText()).resolves.toBe(`Side 1 af ${pages}`);
    await expect(kiosk.page.getByTestId('page-next').innerText()).resolves.toBe('Flere ydelser');
    // On the first page there is no previous one: said by a disabled button, not a missing one.
    await expect(kiosk.page.getByTestId('page-previous').isDisabled()).resolves.toBe(true);
    await expectTouchTargets(kiosk, 'large text and reach, page 1');
    await expectNoViolations(kiosk, 'large text and reach, page 1');
    await kiosk.screenshot(shot('portrait-large-reach-services-page-1'));

    const shown = await readEveryPage(kiosk, 'large text and reach', true);
    // Every service once, in order: none hidden, none twice.
    expect(shown.flat()).toEqual(await everyService(server));
    await expect(kiosk.page.getByTestId('page-next').isDisabled()).resolves.toBe(true);
    await kiosk.screenshot(shot('portrait-large-reach-services-last-page'));
    await expectNoViolations(kiosk, 'large text and reach, last page');

    // Back a page, and a service there is taken like any other; the focus went to the page's first service.
    await kiosk.previousServicePage();
    expect(await kiosk.page.evaluate('document.activeElement?.dataset.service')).toBe(shown.at(-2)![0]);
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    expect((await kiosk.ticket()).number).toBe('A1');
  });

  it('pages in landscape and in Arabic too, with the arrows pointing the way the language reads', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url, { viewport: landscape });
    await kiosk.chooseLanguage('ar');
    await kiosk.toggleLargeText();
    await kiosk.toggleReach();
    await kiosk.takeNumber();
    await expect(kiosk.page.getByTestId('page-status').innerText()).resolves.toMatch(/^الصفحة 1 من \d$/);
    // "More services" is on the left in a right-to-left language: forwards.
    const next = (await kiosk.page.getByTestId('page-next').boundingBox())!;
    expect(next.x + next.width / 2).toBeLessThan(landscape.width / 2);
    await expectNoViolations(kiosk, 'Arabic, large text and reach, landscape');
    await kiosk.screenshot(shot('landscape-arabic-large-reach-services'));
    const shown = await readEveryPage(kiosk, 'Arabic landscape', true);
    expect(shown.flat()).toEqual(await everyService(server));
  });
});

describe('the kiosk: reach mode alone', () => {
  for (const viewport of [portrait, landscape] satisfies Viewport[]) {
    const orientation = viewport === portrait ? 'portrait' : 'landscape';
    it(`puts every control in the lower half of the screen, on every screen (${orientation})`, async () => {
      const server = await startCentre();
      const kiosk = await openKiosk(server.url, { viewport });
      await kiosk.toggleReach();
      await expectAllControlsInLowerHalf(kiosk, 'start');
      await kiosk.screenshot(shot(`${orientation}-reach-start`));
      await kiosk.takeNumber();
      await expectAllControlsInLowerHalf(kiosk, 'services');
      await expectTouchTargets(kiosk, 'services in reach mode');
      await kiosk.screenshot(shot(`${orientation}-reach-services`));
      await expectNoViolations(kiosk, 'services in reach mode');
      expect((await readEveryPage(kiosk, 'reach', true)).flat()).toEqual(await everyService(server));
      await kiosk.chooseService('moving');
      await kiosk.waitForScreen('self-service');
      await expectAllControlsInLowerHalf(kiosk, 'self-service');
      await kiosk.screenshot(shot(`${orientation}-reach-self-service`));
      await kiosk.tap(kiosk.page.getByTestId('take-number-anyway'));
      await kiosk.waitForScreen('ticket');
      await kiosk.waitForPrintOutcome();
      await expectAllControlsInLowerHalf(kiosk, 'ticket');
      await kiosk.screenshot(shot(`${orientation}-reach-ticket`));
      await kiosk.done();
      // Done hands the kiosk to the next citizen: reach mode is off again.
      expect(await kiosk.page.getByTestId('reach-toggle').getAttribute('aria-pressed')).toBe('false');
      await kiosk.toggleReach();
      await kiosk.haveAppointment();
      await expectAllControlsInLowerHalf(kiosk, 'appointment');
    });
  }

  it('keeps the words of each service, at their size: "Ventetid ca." and "Kan også klares på nettet", not icons', async () => {
    const server = await startCentre();
    // Counter 3 serves general information: its card has a wait in minutes.
    await CounterDesk.signIn(server, 'bs-3', 'borgerservice');
    for (let index = 0; index < 3; index += 1) expect((await server.request('POST', '/api/tickets', { body: { serviceId: 'information' } })).status).toBe(201);
    const kiosk = await openKiosk(server.url);
    await kiosk.takeNumber();
    const sizes = () =>
      kiosk.page.evaluate<number[]>(`['.service-name', '.service-meta', '.service-online'].map((selector) =>
        parseFloat(getComputedStyle(document.querySelector('.service-area [data-service="information"] ' + selector)).fontSize))`);
    const before = await sizes();
    await kiosk.toggleReach();
    expect(await sizes()).toEqual(before);
    const card = kiosk.service('information');
    // What a sighted citizen reads on the card, not only what a screen reader is told.
    const read = await card.innerText();
    expect(read).toMatch(/Ventetid (ca\. \d+ min|under \d+ min)/);
    expect(read).toContain('Kan også klares på nettet');
    expect(await card.locator('svg.meta-icon').count()).toBe(1);
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
  });
});

describe('the kiosk: large text', () => {
  it('enlarges every text, the footer’s languages and buttons too, and keeps every label whole', async () => {
    const server = await startCentre();
    const kiosk = await openKiosk(server.url);
    await kiosk.takeNumber();
    const sizeOf = (selector: string) => kiosk.fontSizeOf(selector);
    const selectors = ['[data-screen-title]', '.service-area [data-service="passport"] .service-name', '.language-button', '[data-testid="reach-toggle"]', '[data-testid="back"]'];
    const before = await Promise.all(selectors.map(sizeOf));
    await kiosk.toggleLargeText();
    expect(await kiosk.page.getByTestId('large-text-toggle').getAttribute('aria-pressed')).toBe('true');
    const after = await Promise.all(selectors.map(sizeOf));
    selectors.forEach((selector, index) => expect(after[index]! / before[index]!, selector).toBeGreaterThanOrEqual(1.25));
    expect(await kiosk.fontSizeOf('.language-button')).toBeGreaterThanOrEqual(24);
    // Every language's name whole on its button, every label whole, nothing to scroll.
    expect(await kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await expectTouchTargets(kiosk, 'large text');
    await kiosk.screenshot(shot('portrait-large-text-services'));
    await expectNoViolations(kiosk, 'large text');
    expect((await readEveryPage(kiosk, 'large text', false)).flat()).toEqual(await everyService(server));
    await kiosk.chooseService('passport');
    await kiosk.waitForScreen('ticket');
    await kiosk.waitForPrintOutcome();
    await kiosk.screenshot(shot('portrait-large-text-ticket'));
    expect(await kiosk.overflows()).toMatchObject({ page: false, clippedLabels: [] });
  });
});
