/**
 * Checking in for an appointment at the kiosk (`/kiosk`, "I have an appointment"), in Chromium
 * against the real server: the booking code on the keypad, the confirmation's QR code or the
 * health card scanned by a keyboard-wedge scanner (fast keys and Enter), too early and too late.
 * Needs the built kiosk (`npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CheckInPage } from './support/check-in-page.js';
import { browserSuite } from './support/browser-suite.js';
import { chromiumArgs, chromiumPath } from './support/chromium.js';
import { landscape, portrait, type Viewport } from './support/kiosk-page.js';

const shots = '/tmp/shots/appointments';
mkdirSync(shots, { recursive: true });

/** An instant of the test day (Tuesday 24 November 2026, Copenhagen; the servers start at 11:00). */
const at = (time: string, date = '2026-11-24') => new Date(`${date}T${time}:00+01:00`).toISOString();
/** Keys of at least 90 CSS px: about 24 mm on the kiosk's screen, for shaky hands. */
const minimumKeyPx = 90;

const suite = browserSuite();

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

async function openKiosk(server: TestServer, viewport: Viewport = portrait): Promise<CheckInPage> {
  const page = await CheckInPage.open(suite.browser, server.url, { viewport });
  suite.closeAfterTest(() => page.kiosk.close());
  return page;
}

/** Books through the API as a citizen would online; returns the code. */
async function book(server: TestServer, start: string, extra: Record<string, string> = {}): Promise<string> {
  const answer = await server.request('POST', '/api/appointments', { body: { serviceId: 'passport', start, name: 'Anna Hansen', phone: '12345678', ...extra } });
  expect(answer.status).toBe(201);
  return answer.body.code;
}

async function appointmentOf(server: TestServer, code: string) {
  return (await server.request('GET', `/api/appointments/${code}`)).body;
}

describe('checking in at the kiosk', () => {
  it('checks in with the code typed on the big keypad, and says so with the booked time over the ticket', async () => {
    const server = await startCentre();
    const code = await book(server, at('11:30'));
    const checkIn = await openKiosk(server);
    await checkIn.open();
    expect(await checkIn.kiosk.title()).toBe('Tjek ind til din aftale');
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    const [smallest] = await checkIn.keySizes();
    expect(Math.min(smallest!.width, smallest!.height), `smallest key ${JSON.stringify(smallest)}`).toBeGreaterThanOrEqual(minimumKeyPx);
    expect(await checkIn.kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
    await checkIn.kiosk.screenshot(`${shots}/kiosk-1-keypad-1080x1920.png`);

    await checkIn.typeOnKeypad(code.slice(0, 5));
    await checkIn.tapCheckIn();
    await checkIn.waitForMessage('Koden har 8 tegn');
    // An error looks like one: said at once (role alert), a warning sign, dark red in a red frame.
    expect(await checkIn.messageLooks()).toEqual({ role: 'alert', icon: true, color: 'rgb(140, 28, 19)', border: 'rgb(179, 38, 30)' });
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-1b-incomplete-1080x1920.png`);
    await checkIn.typeOnKeypad('X');
    await checkIn.tapDelete();
    await checkIn.typeOnKeypad(code.slice(5));
    expect(await checkIn.typedCode()).toBe(code);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-2-typed-1080x1920.png`);
    await checkIn.tapCheckIn();

    await checkIn.kiosk.waitForScreen('ticket');
    const shown = await checkIn.kiosk.ticket();
    expect(shown.number).toMatch(/^A\d+$/);
    const appointment = await appointmentOf(server, code);
    expect(appointment).toMatchObject({ status: 'checked-in', ticket: { number: shown.number } });
    // Not an ordinary ticket: the check-in worked, and for which time.
    expect(await checkIn.kiosk.title()).toBe('Du er tjekket ind');
    await expect(checkIn.page.getByTestId('checked-in-time').innerText()).resolves.toBe('Din aftale: kl. 11:30');
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-3-ticket-1080x1920.png`);
  });

  it('checks in when the confirmation’s QR code is scanned on the start screen (keyboard wedge: fast keys and Enter)', async () => {
    const server = await startCentre();
    const code = await book(server, at('11:15'));
    const checkIn = await openKiosk(server);
    await checkIn.page.getByTestId('take-number').focus();
    await checkIn.scanWithWedge(code.toLowerCase());
    await checkIn.kiosk.waitForScreen('ticket');
    expect((await appointmentOf(server, code)).status).toBe('checked-in');
  });

  it('checks in with the yellow health card scanned on the check-in screen, matched through the CPR hash', async () => {
    const server = await startCentre();
    const code = await book(server, at('11:30'), { cpr: '241180-1235' });
    const checkIn = await openKiosk(server);
    await checkIn.open();
    await checkIn.scanWithWedge('2411801235');
    await checkIn.kiosk.waitForScreen('ticket');
    expect((await appointmentOf(server, code)).status).toBe('checked-in');
  });

  it('says when a card has no appointment today, and keeps a mistyped code on the keypad to correct', async () => {
    const server = await startCentre();
    const checkIn = await openKiosk(server);
    await checkIn.open();
    await checkIn.scanWithWedge('0101901234');
    await checkIn.waitForMessage('Vi kan ikke finde en aftale i dag til dit sundhedskort');
    await checkIn.typeOnKeypad('ABCD2345');
    await checkIn.tapCheckIn();
    await checkIn.waitForMessage('Vi kan ikke finde en aftale med den kode');
    expect(await checkIn.typedCode()).toBe('ABCD2345');
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-4-not-found-1080x1920.png`);
  });

  it('tells an early citizen when check-in opens', async () => {
    const server = await startCentre();
    const code = await book(server, at('12:30'));
    const checkIn = await openKiosk(server);
    await checkIn.open();
    await checkIn.scanWithWedge(code);
    expect(await checkIn.waitForAnswer('too-early')).toBe('Din tid er kl. 12.30. Du kan tjekke ind fra kl. 12.00.');
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-5-too-early-1080x1920.png`);
    expect((await appointmentOf(server, code)).status).toBe('booked');
  });

  it('tells a citizen who came on the wrong day which day the appointment is', async () => {
    const server = await startCentre();
    const code = await book(server, at('10:00', '2026-11-25'));
    const checkIn = await openKiosk(server);
    await checkIn.open();
    await checkIn.scanWithWedge(code);
    expect(await checkIn.waitForAnswer('too-early')).toBe('Din tid er onsdag 25. november kl. 10.00. Den dag kan du tjekke ind fra kl. 09.30.');
    expect(await checkIn.kiosk.title()).toBe('Din tid er en anden dag');
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-5b-other-day-1080x1920.png`);
    // In English too, with the date written the English way.
    await checkIn.kiosk.chooseLanguage('en');
    await checkIn.page.getByTestId('check-in-answer').filter({ hasText: 'Your appointment is on Wednesday 25 November at 10:00.' }).waitFor();
    // And in the kiosk's other languages, the date in theirs: no English left in a Polish or Urdu sentence.
    await checkIn.kiosk.chooseLanguage('pl');
    await checkIn.page.getByTestId('check-in-answer').filter({ hasText: 'Twoja wizyta: środa, 25 listopada, godz. 10:00.' }).waitFor();
    expect(await checkIn.kiosk.title()).toBe('Twoja wizyta jest innego dnia');
    await checkIn.kiosk.chooseLanguage('ur');
    await checkIn.page.getByTestId('check-in-answer').filter({ hasText: 'آپ کی اپائنٹمنٹ: بدھ، 25 نومبر، 10:00 بجے۔' }).waitFor();
    expect(await checkIn.kiosk.documentLanguage()).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-5c-other-day-urdu-1080x1920.png`);
    expect((await appointmentOf(server, code)).status).toBe('booked');
  });

  it('offers a late citizen an ordinary number instead', async () => {
    const server = await startCentre();
    const code = await book(server, at('11:15'));
    server.clock.set(at('11:26'));
    const checkIn = await openKiosk(server);
    await checkIn.open();
    await checkIn.typeOnKeypad(code);
    await checkIn.tapCheckIn();
    expect(await checkIn.waitForAnswer('too-late')).toContain('Din tid var kl. 11.15');
    expect(await checkIn.kiosk.accessibilityViolations()).toEqual([]);
    await checkIn.kiosk.screenshot(`${shots}/kiosk-6-too-late-1080x1920.png`);
    await checkIn.kiosk.tap(checkIn.page.getByTestId('check-in-take-number'));
    await checkIn.kiosk.waitForScreen('services');
    expect((await appointmentOf(server, code)).status).toBe('no-show');
  });

  for (const [orientation, viewport, largeText] of [
    ['portrait', portrait, false],
    ['landscape', landscape, false],
    // The tightest: large text's taller footer leaves the keys less room below the middle.
    ['portrait with large text', portrait, true],
    ['landscape with large text', landscape, true],
  ] as const) {
    it(`fits the ${orientation} screen, with every control in the lower half in reach mode`, async () => {
      const server = await startCentre();
      const checkIn = await openKiosk(server, viewport);
      if (largeText) await checkIn.kiosk.toggleLargeText();
      await checkIn.open();
      expect(await checkIn.kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
      await checkIn.kiosk.screenshot(`${shots}/kiosk-7-${orientation.replaceAll(' ', '-')}-${viewport.width}x${viewport.height}.png`);
      await checkIn.kiosk.toggleReach();
      await checkIn.kiosk.waitUntilSettled();
      const controls = await checkIn.kiosk.controls();
      const high = controls.filter((control) => control.y < viewport.height / 2);
      expect(high.map((control) => control.name)).toEqual([]);
      expect(controls.filter((control) => control.y + control.height > viewport.height).map((control) => control.name)).toEqual([]);
      expect(await checkIn.kiosk.overflows()).toEqual({ page: false, main: false, clippedLabels: [] });
      const [smallest] = await checkIn.keySizes();
      expect(Math.min(smallest!.width, smallest!.height)).toBeGreaterThanOrEqual(minimumKeyPx);
      await checkIn.kiosk.screenshot(`${shots}/kiosk-8-${orientation.replaceAll(' ', '-')}-reach-${viewport.width}x${viewport.height}.png`);
    });
  }
});

describe('checking in at the kiosk in its Electron shell (page from disk, bridge stood in for)', () => {
  let fileBrowser: Browser;
  beforeAll(async () => {
    fileBrowser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--allow-file-access-from-files'] });
  });
  afterAll(async () => {
    await fileBrowser?.close();
  });

  it('checks in from a HID-POS scan and prints the receipt with the booked time', async () => {
    const server = await startCentre();
    const code = await book(server, at('11:30'));
    const checkIn = await CheckInPage.openFromDisk(fileBrowser, { serverUrl: server.url, kioskId: 'reception-1', printed: 'ok' });
    suite.closeAfterTest(() => checkIn.kiosk.close());
    await checkIn.kiosk.scanThroughShell(code);
    await checkIn.kiosk.waitForScreen('ticket');
    expect(await checkIn.kiosk.waitForPrintOutcome()).toBe('printed');
    const [receipt] = await checkIn.kiosk.printedReceipts();
    const appointment = await appointmentOf(server, code);
    expect(receipt).toMatchObject({ number: appointment.ticket.number, serviceName: 'Pas' });
    expect(String(receipt!.appointmentLine)).toContain('11:30');
  });
});
