/**
 * The wall display in Chromium against the real server: what the waiting room sees and hears.
 * Needs the built renderer (`npm run build`, which `npm test` runs first).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sayWait } from '@dintur/shared';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { CounterDesk, takeNumbers } from './support/counter-desk.js';
import { DisplayPage, landscape, portrait, type Viewport } from './support/display-page.js';
import { KioskPage } from './support/kiosk-page.js';
import { startStableProxy } from './support/stable-proxy.js';

const screenshotDir = tmpdir();
const borgerservice = 'borgerservice';
const pensionCare = 'pension-care';

const suite = browserSuite();

async function startCentre(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  suite.closeAfterTest(() => server.close());
  return server;
}

async function openDisplay(
  serverUrl: string,
  settings: Record<string, string> = {},
  options: { viewport?: Viewport; reducedMotion?: boolean; clock?: boolean } = {},
): Promise<DisplayPage> {
  const display = await DisplayPage.open(suite.browser, serverUrl, settings, options);
  suite.closeAfterTest(() => display.close());
  return display;
}

/** "A1" as the screen writes it: "A 1". */
const spaced = (number: string) => number.replace(/^([A-Z]+)(\d+)$/, '$1 $2');
const numbersOf = (announcements: { number: string; recall: boolean }[]) => announcements.map((record) => `${record.number}${record.recall ? ' (recall)' : ''}`);
/** How long a call holds the big slot at least before the next takes it (display-app call-stage.ts). */
const holdMs = 6_000;

/**
 * A busy morning: people waiting for ten services across all three units (the social centre and
 * P/O among them), every counter staffed and a few calls made. Returns the services with a queue.
 */
async function busyMorning(server: TestServer): Promise<string[]> {
  const queues: [string, number][] = [
    ['passport', 9], ['driving-licence', 5], ['health-card', 4], ['moving', 6], ['mitid', 2],
    ['information', 7], ['pension', 4], ['home-help', 3], ['social-counselling', 3], ['financial-assistance', 4],
  ];
  for (const [serviceId, count] of queues) await takeNumbers(server, serviceId, count);
  const unitOf = { bs: borgerservice, po: pensionCare, sc: 'social-centre' } as Record<string, string>;
  for (const counterId of ['bs-1', 'bs-3', 'bs-5', 'po-7', 'po-8', 'sc-9', 'sc-10']) await (await CounterDesk.signIn(server, counterId, unitOf[counterId.slice(0, 2)]!)).callNext();
  return queues.map(([serviceId]) => serviceId);
}

describe('the wall display', () => {
  it('shows a call made through the API within a second, and announces it', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 1);
    const desk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    const display = await openDisplay(server.url);

    const started = Date.now();
    const shown = display.waitForCurrentCall('A1', 2_000).then(() => Date.now() - started);
    await desk.callNext();
    const delayMs = await shown;

    expect(delayMs).toBeLessThan(1_000);
    expect(await display.current()).toEqual({ number: 'A 1', counter: 'Skranke 1' });
    expect(await display.isDrawingAttention()).toBe(true);
    expect(numbersOf(await display.waitForAnnouncements(1))).toEqual(['A1']);
    expect(await display.spokenToScreenReaders()).toEqual(['Nummer A 1, Skranke 1']);
  });

  it('announces a call made while the page was reloading (the shell reloads a crashed page), and not the ones it already had', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 2);
    const desk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    const display = await openDisplay(server.url);
    await desk.callNext();
    expect(numbersOf(await display.waitForAnnouncements(1))).toEqual(['A1']);

    const address = display.page.url();
    await display.page.goto('about:blank'); // the page is gone, the tab (and its session storage) stays
    const called = await desk.callNext();
    await display.page.goto(address);
    await display.waitUntilOnline();
    await display.waitForCurrentCall(called.number);
    expect(numbersOf(await display.waitForAnnouncements(1))).toEqual([called.number]);
  });

  it('shows the line of text the centre sets, and a new one as soon as an admin changes it', async () => {
    const server = await startCentre();
    const display = await openDisplay(server.url);
    await expect.poll(() => display.page.getByTestId('notice').innerText(), { timeout: 2_000 }).toContain('borger.dk');

    const config = await server.request('GET', '/api/config', { token: server.adminToken });
    const changed = { ...config.body, centre: { ...config.body.centre, displayMessage: 'Lukket fredag 27. november' } };
    expect((await server.request('PUT', '/api/config', { token: server.adminToken, body: changed })).status).toBe(200);
    await expect.poll(() => display.page.getByTestId('notice').innerText(), { timeout: 2_000 }).toContain('Lukket fredag');
  });

  it('shows the newest call large and the earlier ones below it, newest first; calls from before it opened are not announced', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 3);
    await takeNumbers(server, 'health-card', 2);
    const passportDesk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    const healthDesk = await CounterDesk.signIn(server, 'bs-3', borgerservice);
    await passportDesk.callNext();
    await healthDesk.callNext();

    const display = await openDisplay(server.url, {}, { clock: true });
    expect(await display.current()).toEqual({ number: 'D 1', counter: 'Skranke 3' });
    expect(await display.recentNumbers()).toEqual(['A 1']);
    expect(await display.isDrawingAttention()).toBe(false);

    await display.pauseClock();
    await passportDesk.callNext();
    await healthDesk.callNext();
    await passportDesk.callNext();
    // Each takes the big slot in turn; the list has them all at once.
    await display.waitForCurrentCall('A2');
    await expect.poll(() => display.recentNumbers(), { timeout: 2_000 }).toEqual(['A 3', 'D 2', 'D 1', 'A 1']);
    await display.runFor(holdMs);
    await display.waitForCurrentCall('D2');
    await display.runFor(holdMs);
    await display.waitForCurrentCall('A3');
    expect(await display.recentNumbers()).toEqual(['D 2', 'A 2', 'D 1', 'A 1']);
    await display.runFor(2_000);
    expect(numbersOf(await display.waitForAnnouncements(3))).toEqual(['A2', 'D2', 'A3']);
  });

  it('shows and announces only the calls of its zone', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 2);
    await takeNumbers(server, 'pension', 1);
    const pensionWing = await openDisplay(server.url, { units: pensionCare });
    const counterTwo = await openDisplay(server.url, { counters: 'bs-2' });
    const desks = [
      await CounterDesk.signIn(server, 'bs-1', borgerservice),
      await CounterDesk.signIn(server, 'po-7', pensionCare),
      await CounterDesk.signIn(server, 'bs-2', borgerservice),
    ];
    for (const desk of desks) await desk.callNext();

    await counterTwo.waitForCurrentCall('A2');
    await pensionWing.waitForCurrentCall('P1');
    expect(numbersOf(await pensionWing.waitForAnnouncements(1))).toEqual(['P1']);
    expect(numbersOf(await counterTwo.waitForAnnouncements(1))).toEqual(['A2']);
    expect(await pensionWing.recentNumbers()).toEqual([]);
    expect(await counterTwo.recentNumbers()).toEqual([]);

    // A zoned display opened later finds its own last calls, not the whole centre's.
    const laterPensionWing = await openDisplay(server.url, { units: pensionCare });
    expect(await laterPensionWing.current()).toEqual({ number: 'P 1', counter: 'Skranke 7' });
    expect(await laterPensionWing.announcements()).toEqual([]);
  });

  it('announces two calls made at the same moment one after the other, in the order they were made', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 1);
    await takeNumbers(server, 'health-card', 1);
    const desks = [await CounterDesk.signIn(server, 'bs-1', borgerservice), await CounterDesk.signIn(server, 'bs-3', borgerservice)];
    const display = await openDisplay(server.url, {}, { clock: true });

    await Promise.all(desks.map((desk) => desk.callNext()));
    await display.waitForAnnouncements(1);
    await display.passTime(holdMs);
    const announcements = await display.waitForAnnouncements(2);

    expect(announcements).toHaveLength(2);
    // The server's order of events is the order on the screen: the older below the newer.
    const shownOldestFirst = [(await display.recentNumbers())[0], (await display.current())?.number];
    expect(shownOldestFirst.sort()).toEqual(['A 1', 'D 1']);
    expect(announcements.map((record) => spaced(record.number))).toEqual([(await display.recentNumbers())[0], (await display.current())?.number]);
    const [first, second] = announcements;
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.finishedAt!);
  });

  it('announces a recall again, and shows the ticket once, marked as called again', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 2);
    const desk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    const display = await openDisplay(server.url, {}, { clock: true });

    const ticket = await desk.callNext();
    await display.waitForAnnouncements(1);
    await desk.recall(ticket.id);
    await display.passTime(holdMs);
    const announcements = await display.waitForAnnouncements(2);

    expect(numbersOf(announcements)).toEqual(['A1', 'A1 (recall)']);
    expect(await display.current()).toEqual({ number: 'A 1', counter: 'Skranke 1' });
    expect(await display.recentNumbers()).toEqual([]);
    await expect(display.currentCall.getByText('Kaldt igen').isVisible()).resolves.toBe(true);
  });

  it('after a server restart announces nothing twice; of the calls made while it was away, only the recent one', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-display-restart-'));
    suite.closeAfterTest(async () => rmSync(dataDir, { recursive: true, force: true }));
    let server = await startTestServer({ dataDir });
    // The display keeps one address while the server behind it restarts on a new port.
    const proxy = await startStableProxy(server.url);
    suite.closeAfterTest(() => proxy.close());
    suite.closeAfterTest(() => server.close());
    await takeNumbers(server, 'passport', 4);
    let desk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    const display = await openDisplay(proxy.url, {}, { clock: true });
    await desk.callNext();
    await display.waitForAnnouncements(1);

    proxy.offline();
    await server.close();
    server = await startTestServer({ dataDir });
    proxy.setTarget(server.url);
    desk = await CounterDesk.signIn(server, 'bs-1', borgerservice, { existing: true });
    // Two calls while the display is away: A2 will be 40 s old by the server's clock when the
    // display is back (only listed), A3 just made (announced).
    await desk.callNext();
    server.clock.advance(40_000);
    await desk.callNext();
    // Away for more than a few seconds: the screen says so.
    await display.connectionMark.getByText('Forbindelse afbrudt').waitFor({ timeout: 8_000 });

    proxy.online();
    await display.waitUntilOnline(10_000);
    await expect(display.connectionMark.innerText()).resolves.toBe('');
    await display.waitForCurrentCall('A3');
    await desk.callNext();
    await display.passTime(holdMs);
    await display.waitForCurrentCall('A4');

    expect(numbersOf(await display.waitForAnnouncements(3))).toEqual(['A1', 'A3', 'A4']);
    expect(await display.recentNumbers()).toEqual(['A 3', 'A 2', 'A 1']);
  });

  it('replaces a connection that went silent and announces the call it missed, once', async () => {
    const server = await startCentre({ heartbeatMs: 1_000 });
    const proxy = await startStableProxy(server.url);
    suite.closeAfterTest(() => proxy.close());
    await takeNumbers(server, 'passport', 1);
    const desk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    // Heartbeat every second: the watchdog gives up on the stream after 2.5 s of silence.
    const display = await openDisplay(proxy.url, { heartbeat: '1' });

    proxy.silenceOpenStreams();
    await desk.callNext();
    await display.waitForCurrentCall('A1', 6_000);

    expect(numbersOf(await display.waitForAnnouncements(1))).toEqual(['A1']);
    await display.page.waitForTimeout(1_500);
    expect(numbersOf(await display.announcements())).toEqual(['A1']);
  });

  it('says each queue’s wait in the kiosk’s words at the same moment, and "Ingen åben skranke" where no counter serves it', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 7);
    await takeNumbers(server, 'home-help', 2);
    await CounterDesk.signIn(server, 'bs-1', borgerservice);
    const display = await openDisplay(server.url, { second: 'en' }, { reducedMotion: true });
    const kiosk = await KioskPage.open(suite.browser, server.url);
    suite.closeAfterTest(() => kiosk.close());
    await kiosk.takeNumber();
    const centre = (await server.request('GET', '/api/centre')).body as { services: { id: string; name: { da: string }; estimatedWaitMinutes: number | null }[] };
    const expected = (serviceId: string) => {
      const service = centre.services.find((candidate) => candidate.id === serviceId)!;
      return sayWait(service.estimatedWaitMinutes, { lang: 'da', serviceName: service.name.da });
    };

    const shown = await display.queueWaits();
    expect(shown['passport']).toEqual({ kind: 'about', text: expected('passport').short });
    expect(shown['home-help']).toEqual({ kind: 'no-counter', text: 'Ingen åben skranke' });
    // The kiosk beside it says the same: its card's short form is the display's words.
    for (const serviceId of ['passport', 'home-help']) expect((await kiosk.serviceWait(serviceId)).short).toBe(shown[serviceId]!.text);
    expect((await kiosk.serviceWait('home-help')).sentence).toBe('Ingen åben skranke');
    expect(await display.accessibilityViolations()).toEqual([]);
    await display.screenshot(path.join(screenshotDir, 'dintur-display-waits-no-counter.png'));

    // A home-help counter opens: both hear it and show the same new wait, without a new ticket.
    await CounterDesk.signIn(server, 'po-8', pensionCare);
    await expect.poll(async () => (await display.queueWaits())['home-help']?.kind, { timeout: 3_000 }).toBe('about');
    await expect.poll(async () => (await kiosk.serviceWait('home-help')).kind, { timeout: 3_000 }).toBe('about');
    expect((await display.queueWaits())['home-help']!.text).toBe((await kiosk.serviceWait('home-help')).short);
    await display.screenshot(path.join(screenshotDir, 'dintur-display-waits.png'));
  });

  it('fits a portrait screen (1080×1920) with nothing cut off', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 8);
    const desk = await CounterDesk.signIn(server, 'bs-1', borgerservice);
    for (let call = 0; call < 7; call += 1) await desk.callNext();
    const display = await openDisplay(server.url, { second: 'en', text: 'Husk at have dit sundhedskort klar · Have your health card ready' }, { viewport: portrait });
    await desk.callNext();
    await display.waitForCurrentCall('A8');

    expect(await display.overflows()).toEqual({ horizontal: false, vertical: false });
    const box = await display.page.getByTestId('current-number').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= portrait.width && box.y + box.height <= portrait.height).toBe(true);
    expect(await display.recentNumbers()).toEqual(['A 7', 'A 6', 'A 5', 'A 4', 'A 3', 'A 2', 'A 1']);
    // As many of the newest as fit whole; none cut in half.
    const rows = await display.recentRowsShown();
    expect(rows.allInside).toBe(true);
    expect(rows.numbers).toEqual(['A 7', 'A 6', 'A 5', 'A 4', 'A 3', 'A 2', 'A 1'].slice(0, Math.max(4, rows.numbers.length)));
    await display.screenshot(path.join(screenshotDir, 'dintur-display-portrait-full.png'));
  });

  it('holds each call on the big slot long enough to read and hear it: a call 0.8 s later is listed at once and takes the slot, and the voice, in its turn', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 1);
    await takeNumbers(server, 'health-card', 1);
    const desks = [await CounterDesk.signIn(server, 'bs-1', borgerservice), await CounterDesk.signIn(server, 'bs-3', borgerservice)];
    const display = await openDisplay(server.url, {}, { clock: true });
    // The page's time moves only as the test says, whatever the load on the machine.
    await display.pauseClock();

    await desks[0]!.callNext();
    await display.waitForCurrentCall('A1');
    await display.runFor(800);
    await desks[1]!.callNext();
    await expect.poll(() => display.recentNumbers(), { timeout: 2_000 }).toEqual(['D 1']);
    expect(await display.current()).toEqual({ number: 'A 1', counter: 'Skranke 1' });

    await display.runFor(4_000);
    expect(await display.current()).toEqual({ number: 'A 1', counter: 'Skranke 1' });
    // A1 has been said; D1 is not said before it is shown: the room hears what it sees.
    expect(numbersOf(await display.waitForAnnouncements(1))).toEqual(['A1']);

    await display.runFor(holdMs - 4_800);
    await display.waitForCurrentCall('D1');
    expect(await display.isDrawingAttention()).toBe(true);
    expect(await display.recentNumbers()).toEqual(['A 1']);
    await display.runFor(2_000); // time for the silent test voice to say it
    const [first, second] = await display.waitForAnnouncements(2);
    expect(numbersOf([first!, second!])).toEqual(['A1', 'D1']);
    expect(second!.startedAt - first!.startedAt).toBeGreaterThanOrEqual(holdMs);
    expect(await display.spokenToScreenReaders()).toEqual(['Nummer A 1, Skranke 1', 'Nummer D 1, Skranke 3']);
  });

  it('shows every queue of a busy morning a page at a time ("1/3"), turning by itself, in type read from 5 m; a screen reader finds them all', async () => {
    const server = await startCentre();
    const queues = await busyMorning(server);
    const names = (await server.request('GET', '/api/centre')).body.services as { id: string; name: { da: string } }[];

    for (const [viewport, perPage, pageCount] of [[landscape, 4, 3], [portrait, 4, 3]] as const) {
      const name = viewport === landscape ? 'landscape' : 'portrait';
      const display = await openDisplay(server.url, { second: 'en', text: 'Husk at have dit sundhedskort klar' }, { viewport, clock: true, reducedMotion: true });
      expect(await display.accessibilityViolations(), name).toEqual([]);
      expect(await display.overflows(), name).toEqual({ horizontal: false, vertical: false });
      await display.screenshot(path.join(screenshotDir, `dintur-display-busy-${name}.png`));
      // Held still (axe above needs running timers): each jump of 8 s then turns exactly one page.
      await display.pauseClock();
      const seen: string[] = [];
      const indicators: string[] = [];
      for (let turn = 0; turn < pageCount; turn += 1) {
        const page = await display.queuePage();
        expect(page.all.toSorted(), name).toEqual(queues.toSorted());
        expect(page.onPage.length, `${name}: ${page.indicator}`).toBeGreaterThanOrEqual(Math.floor(queues.length / pageCount));
        expect(page.onPage.length).toBeLessThanOrEqual(perPage);
        seen.push(...page.onPage);
        indicators.push(page.indicator!);
        await display.passTime(8_000);
        await expect.poll(async () => (await display.queuePage()).indicator, { timeout: 3_000 }).not.toBe(page.indicator);
      }
      // Each queue on exactly one page; the pages go round ("2/3", "3/3", "1/3").
      expect(seen.toSorted(), name).toEqual(queues.toSorted());
      expect(indicators.toSorted(), name).toEqual(Array.from({ length: pageCount }, (_, index) => `${index + 1}/${pageCount}`));
      const forScreenReaders = await display.queuesForScreenReaders();
      for (const serviceId of queues) expect(forScreenReaders, name).toContain(names.find((service) => service.id === serviceId)!.name.da);

      // 1 px ≈ 0.63 mm on a 55" screen 1080 px high: 34 px ≈ 2.1 cm of type, read from 6–8 m.
      const sizes = await display.readingSizes();
      expect(sizes.queueName, name).toBeGreaterThanOrEqual(34);
      expect(sizes.queueFigures, name).toBeGreaterThanOrEqual(36);
      expect(sizes.recentTime, name).toBeGreaterThanOrEqual(36);
      expect(sizes.currentTime, name).toBeGreaterThanOrEqual(40);
      expect(sizes.recentNumber, name).toBeGreaterThanOrEqual(64);
      const rows = await display.recentRowsShown();
      expect(rows.allInside, name).toBe(true);
      expect(rows.numbers.length, name).toBeGreaterThanOrEqual(4);
    }
  });

  it('has no accessibility violations (axe-core, WCAG A to AAA) in landscape and portrait', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 4);
    await takeNumbers(server, 'pension', 3);
    const desks = [await CounterDesk.signIn(server, 'bs-1', borgerservice), await CounterDesk.signIn(server, 'po-7', pensionCare)];
    const recalled = await desks[0]!.callNext();
    await desks[1]!.callNext();
    await desks[0]!.recall(recalled.id);
    const settings = { second: 'en', text: 'Husk at have dit sundhedskort klar · Have your health card ready' };

    for (const viewport of [landscape, portrait]) {
      const name = viewport === landscape ? 'landscape' : 'portrait';
      // Reduced motion: the highlight holds still, so axe sees its colours and not a blink's.
      const display = await openDisplay(server.url, settings, { viewport, reducedMotion: true });
      expect(await display.accessibilityViolations(), `${name}, at rest`).toEqual([]);
      await display.screenshot(path.join(screenshotDir, `dintur-display-${name}.png`));
      const called = await desks[1]!.callNext();
      await display.waitForCurrentCall(called.number);
      expect(await display.isDrawingAttention()).toBe(true);
      expect(await display.accessibilityViolations(), `${name}, drawing attention`).toEqual([]);
      await display.screenshot(path.join(screenshotDir, `dintur-display-${name}-new-call.png`));
      expect(await display.page.getAttribute('html', 'lang')).toBe('da');
      await expect(display.page.getByTestId('notice').innerText()).resolves.toContain('sundhedskort');
    }
  });
});
