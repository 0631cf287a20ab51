/**
 * Booking an appointment on a phone, in Chromium against the real server: choose a service, a
 * day and a time, give a name and a phone number or e-mail, get the code and its QR code; find
 * it again by the code, move it, cancel it. Needs the built pages (`npm run build`).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { CitizenPage } from './support/citizen-page.js';

const shots = '/tmp/shots/appointments';
mkdirSync(shots, { recursive: true });

/** An instant of the test day (Tuesday 24 November 2026, Copenhagen) as the API writes it. */
const at = (time: string, date = '2026-11-24') => new Date(`${date}T${time}:00+01:00`).toISOString();

const suite = browserSuite();

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

async function open(server: TestServer, path: string, options: { locale?: string } = {}): Promise<CitizenPage> {
  const page = await CitizenPage.open(suite.browser, server.url, path, options);
  suite.closeAfterTest(() => page.close());
  return page;
}

/** Every screen passes axe (WCAG A–AAA and best practice), fits the phone and has big enough targets. */
async function expectAccessible(page: CitizenPage, screen: string): Promise<void> {
  expect(await page.accessibilityViolations(), screen).toEqual([]);
  expect(await page.overflowsSideways(), `${screen} scrolls sideways`).toBe(false);
  expect(await page.smallTargets(), `${screen} has small targets`).toEqual([]);
}

/** The dark modules uqr gives for `value`, as "x y", as the page's QR code must draw them. */
function qrModulesOf(value: string): string[] {
  const { data } = encode(value, { ecc: 'M', border: 4 });
  return data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x} ${y}`] : []))).sort();
}

/** The modules an SVG path of runs (`M{x} {y}h{width}v1…`) draws, as "x y". */
function drawnModules(path: string): string[] {
  return [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].flatMap(([, x, y, width]) => Array.from({ length: Number(width) }, (_, step) => `${Number(x) + step} ${y}`)).sort();
}

describe('booking on a phone', () => {
  it('books a time: service, day, time, details; shows the code and a QR code of it; the slot is then taken', async () => {
    const server = await startCentre();
    const page = await open(server, '/book');
    await page.waitForHeading('Hvad drejer din sag sig om?');
    await expectAccessible(page, 'services');
    await page.screenshot(`${shots}/citizen-1-services-390.png`);

    await page.chooseService('Pas');
    await page.waitForHeading('Vælg dag og tid');
    expect((await page.freeTimes()).slice(0, 3)).toEqual(['11.15', '11.30', '11.45']);
    await page.chooseDay('2026-11-25');
    expect((await page.freeTimes())[0]).toBe('08.00');
    await expectAccessible(page, 'times');
    await page.screenshot(`${shots}/citizen-2-times-390.png`);

    await page.chooseTime(at('09:30', '2026-11-25'));
    await page.waitForHeading('Dine oplysninger');
    expect(await page.page.locator('.summary-time').innerText()).toBe('onsdag 25. november kl. 09.30–09.45');
    await expectAccessible(page, 'details');
    await page.screenshot(`${shots}/citizen-3-details-390.png`);

    const code = await page.book({ name: 'Anna Hansen', phone: '12 34 56 78', cpr: '241180-1235' });
    await page.waitForHeading('Din tid er booket');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const qr = await page.qrCode();
    expect(drawnModules(qr.path)).toEqual(qrModulesOf(code));
    expect(qr.label).toBe(`QR-kode med bookingkoden ${code.slice(0, 4)} ${code.slice(4)}`);
    expect(await page.page.locator('.check-in-help').innerText()).toContain('sundhedskort');
    await expectAccessible(page, 'confirmation');
    await page.screenshot(`${shots}/citizen-4-confirmation-390.png`);

    const booked = await server.request('GET', `/api/appointments/${code}`);
    expect(booked.body).toMatchObject({ serviceId: 'passport', start: at('09:30', '2026-11-25'), channel: 'online', name: 'Anna Hansen', healthCardCheckIn: true });
    const slots = await server.request('GET', '/api/services/passport/slots?date=2026-11-25');
    expect(slots.body.find((slot: { start: string }) => slot.start === at('09:30', '2026-11-25')).available).toBe(0);
  });

  it('confirms with the unit, the address, what to bring and a calendar file made on the phone', async () => {
    const server = await startCentre();
    const page = await open(server, `/book?service=housing-benefit&date=2026-11-25&start=${encodeURIComponent(at('10:00', '2026-11-25'))}`);
    await page.waitForHeading('Dine oplysninger');
    const code = await page.book({ name: 'Anna Hansen', phone: '12 34 56 78' });
    await page.waitForHeading('Din tid er booket');
    // Housing benefit is the pension and care office's: the header says so, not "Borgerservice".
    await page.waitForSiteName('Pension og Omsorg');
    await expect(page.page.getByTestId('address').innerText()).resolves.toBe('Valgårdsvej 4-8, 2500 Valby');
    const bring = async () => (await page.page.getByTestId('bring').innerText()).replace(/\n+/g, '\n');
    expect(await bring()).toBe('Husk at tage med\nDin lejekontrakt og husstandens seneste lønsedler');
    await expectAccessible(page, 'confirmation with address and what to bring');
    await page.screenshot(`${shots}/citizen-4b-confirmation-bring-390.png`);

    // "Add to calendar" downloads a file made in the browser: the time in UTC, the place, the code.
    const [download] = await Promise.all([page.page.waitForEvent('download'), page.page.getByTestId('add-to-calendar').click()]);
    expect(download.suggestedFilename()).toBe(`tid-${code}.ics`);
    const file = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
    const lines = file.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        `UID:${code}@dintur`,
        'DTSTART:20261125T090000Z',
        'DTEND:20261125T092000Z',
        'SUMMARY:Boligstøtte – Borgercenter Valby',
        'LOCATION:Borgercenter Valby\\, Pension og Omsorg\\, Valgårdsvej 4-8\\, 2500 Valby',
        `URL:${server.url}/book/${code}`,
      ]),
    );
    const description = lines.find((line) => line.startsWith('DESCRIPTION:Bookingkode'))!;
    expect(description).toContain(`Bookingkode: ${code.slice(0, 4)} ${code.slice(4)}`);
    expect(description).toContain('Husk at tage med: Din lejekontrakt og husstandens seneste lønsedler');

    await page.switchLanguage();
    expect(await bring()).toBe('Remember to bring\nYour tenancy agreement and the household’s latest payslips');
    await page.waitForSiteName('Pension and Care');
  });

  it('says what to fix, next to each field and in a summary, and books nothing', async () => {
    const server = await startCentre();
    const page = await open(server, `/book?service=moving&date=2026-11-24&start=${encodeURIComponent(at('12:00'))}`);
    await page.waitForHeading('Dine oplysninger');
    await page.submitBooking();
    expect(await page.formErrors()).toEqual(['Skriv dit navn.', 'Skriv et telefonnummer eller en e-mail.']);
    expect(await page.invalidFields()).toEqual(['name', 'phone']);
    expect(await page.page.evaluate('document.activeElement?.classList.contains("error-summary")')).toBe(true);

    await page.fillDetails({ name: 'Bo', email: 'bo@', cpr: '320190-1234' });
    await page.submitBooking();
    expect(await page.formErrors()).toEqual(['Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.', 'Skriv CPR-nummeret som ddmmåå-xxxx.']);
    await expectAccessible(page, 'form errors');
    await page.screenshot(`${shots}/citizen-5-form-errors-390.png`);
    expect((await server.request('GET', '/api/appointments?date=2026-11-24', { token: server.adminToken })).body).toEqual([]);
  });

  it('sends the citizen back to the times when someone else took the time meanwhile', async () => {
    const server = await startCentre();
    const page = await open(server, `/book?service=passport&date=2026-11-24&start=${encodeURIComponent(at('12:00'))}`);
    await page.waitForHeading('Dine oplysninger');
    const other = await server.request('POST', '/api/appointments', { body: { serviceId: 'passport', start: at('12:00'), name: 'Quick', phone: '87654321' } });
    expect(other.status).toBe(201);
    await page.fillDetails({ name: 'Anna Hansen', email: 'anna@example.dk' });
    await page.submitBooking();
    await page.waitForHeading('Vælg dag og tid');
    expect(await page.page.getByRole('alert').innerText()).toContain('Tiden blev taget lige før dig');
    expect(await page.freeTimes()).not.toContain('12.00');
  });

  it('finds a booking by its code, moves it, then cancels it after asking; the place is free again at once', async () => {
    const server = await startCentre();
    const booked = await server.request('POST', '/api/appointments', { body: { serviceId: 'mitid', start: at('12:00'), name: 'Carl', phone: '11223344' } });
    const code: string = booked.body.code;
    const page = await open(server, '/book');
    await page.findBooking(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await page.waitForHeading('Din tid');
    expect(await page.bookingCode()).toBe(code);

    await page.page.getByRole('link', { name: 'Flyt tiden' }).click();
    await page.waitForHeading('Flyt din tid');
    await page.page.locator('.time-grid').waitFor();
    expect(await page.freeTimes()).not.toContain('12.00'); // its own time, which it holds
    await expectAccessible(page, 'move: times');
    await page.chooseTime(at('13:00'));
    await expectAccessible(page, 'move: confirm');
    await page.screenshot(`${shots}/citizen-8-move-confirm-390.png`);
    await page.page.getByRole('button', { name: 'Flyt tiden hertil' }).click();
    await page.waitForHeading('Din tid er flyttet');
    expect((await server.request('GET', `/api/appointments/${code}`)).body.start).toBe(at('13:00'));

    await page.page.getByRole('button', { name: 'Aflys tiden' }).click();
    expect(await page.page.evaluate('document.activeElement?.textContent')).toBe('Vil du aflyse tiden?');
    await expectAccessible(page, 'cancel question');
    await page.screenshot(`${shots}/citizen-6-cancel-question-390.png`);
    await page.page.getByRole('button', { name: 'Ja, aflys tiden' }).click();
    await page.waitForHeading('Tiden er aflyst');
    await expectAccessible(page, 'cancelled');
    await page.screenshot(`${shots}/citizen-7-cancelled-390.png`);
    const slots = await server.request('GET', '/api/services/mitid/slots?date=2026-11-24');
    expect(slots.body.find((slot: { start: string }) => slot.start === at('13:00')).available).toBe(1);
  });

  it('speaks English to an English phone, and switches language on request', async () => {
    const server = await startCentre();
    const page = await open(server, '/book', { locale: 'en-GB' });
    await page.waitForHeading('What is your matter about?');
    expect(await page.page.evaluate('document.documentElement.lang')).toBe('en');
    await page.chooseService('Passport');
    expect((await page.freeTimes())[0]).toBe('11:15');
    await page.switchLanguage();
    await page.waitForHeading('Vælg dag og tid');
    expect(await page.page.evaluate('document.documentElement.lang')).toBe('da');
  });
});
