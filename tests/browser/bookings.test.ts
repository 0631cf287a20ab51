/**
 * The contact centre's booking desk (`/staff/bookings`) in Chromium against the real server, as
 * an agent uses it on a 1366×768 laptop: free times across services and days, booking for a
 * caller, finding, moving and cancelling. Needs the built staff app (`npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort } from '../reliability/child-server.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { BookingDeskPage } from './support/booking-desk-page.js';
import { browserSuite } from './support/browser-suite.js';

const shots = '/tmp/shots/appointments';
mkdirSync(shots, { recursive: true });

/** An instant of the test day (Tuesday 24 November 2026, Copenhagen) as the API writes it. */
const at = (time: string, date = '2026-11-24') => new Date(`${date}T${time}:00+01:00`).toISOString();

const suite = browserSuite();

async function startDesk(): Promise<{ server: TestServer; desk: BookingDeskPage }> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  await server.createStaff('agent-anne', 'agent', null);
  const desk = await BookingDeskPage.signIn(suite.browser, server.url, 'agent-anne', 'agent-anne-password');
  suite.closeAfterTest(() => desk.close());
  return { server, desk };
}

describe('the booking desk', () => {
  it('finds free times across services and days and books one for a caller on the agent channel', async () => {
    const { server, desk } = await startDesk();
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-1-start-1366.png`);

    await desk.findFreeTimes({ services: ['Pas', 'Boligstøtte'], days: 3 });
    const times = await desk.freeTimes();
    expect(times).toContain('tirsdag 24. november · Pas · 11:15');
    expect(times).toContain('onsdag 25. november · Boligstøtte · 08:00');
    expect(times.some((time) => time.includes('Flytning'))).toBe(false);
    await expect.poll(() => desk.lastAnnouncement()).toMatch(/^\d+ ledige tider på 3 dage\.$/);
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-2-free-times-1366.png`);

    await desk.chooseTime('passport', at('11:30'));
    await desk.page.getByRole('dialog').getByRole('button', { name: 'Book tiden' }).click();
    expect(await desk.dialogErrors()).toEqual(['Skriv borgerens navn.', 'Skriv telefon eller e-mail.']);
    expect(await desk.page.evaluate('document.activeElement?.getAttribute("name")')).toBe('name');
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-3-book-dialog-1366.png`);

    const code = await desk.bookForCaller({ name: 'Kirsten Ærbo', phone: '87 65 43 21', cpr: '241180-1235' });
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await desk.page.locator('.booked-code').innerText()).toBe(`${code.slice(0, 4)} ${code.slice(4)}`);
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-4-booked-1366.png`);

    const stored = await server.request('GET', `/api/appointments/${code}`, { token: server.adminToken });
    expect(stored.body).toMatchObject({ serviceId: 'passport', start: at('11:30'), channel: 'agent', name: 'Kirsten Ærbo', phone: '87654321', healthCardCheckIn: true });
    // The booked time is no longer offered.
    await expect.poll(async () => (await desk.freeTimes()).includes('tirsdag 24. november · Pas · 11:30')).toBe(false);
  });

  it('finds a booking by name or phone, moves it, and cancels it after asking; the places follow at once', async () => {
    const { server, desk } = await startDesk();
    const booked = await server.request('POST', '/api/appointments', { body: { serviceId: 'moving', start: at('12:00'), name: 'Bo Berg', phone: '11 22 33 44' } });
    const code: string = booked.body.code;
    await server.request('POST', '/api/appointments', { body: { serviceId: 'moving', start: at('12:10'), name: 'Anna Berg', email: 'anna@example.dk' } });

    await desk.searchBookings('berg');
    expect((await desk.bookings()).map((row) => row.name)).toEqual(['Bo Berg', 'Anna Berg']);
    await desk.searchBookings('2233 44');
    expect(await desk.bookings()).toEqual([{ code, name: 'Bo Berg', status: 'Booket' }]);
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-5-search-1366.png`);

    await desk.page.locator(`tr[data-code="${code}"]`).getByRole('button', { name: /^Flyt / }).click();
    await desk.page.getByRole('dialog', { name: 'Flyt tid' }).locator('input[type="radio"]').first().waitFor();
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-6-move-dialog-1366.png`);
    await desk.page.getByRole('dialog', { name: 'Flyt tid' }).getByRole('button', { name: 'Fortryd' }).click();
    await desk.moveBooking(code, at('14:00'));
    await expect.poll(() => desk.lastAnnouncement()).toBe('Tiden er flyttet til tirsdag 24. november kl. 14:00.');
    expect((await server.request('GET', `/api/appointments/${code}`)).body.start).toBe(at('14:00'));

    await desk.page.locator(`tr[data-code="${code}"]`).getByRole('button', { name: /^Aflys / }).click();
    const question = desk.page.getByRole('dialog', { name: 'Aflys tid' });
    await question.waitFor();
    expect(await desk.page.evaluate('document.activeElement?.textContent')).toBe('Behold tiden');
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-7-cancel-dialog-1366.png`);
    await question.getByRole('button', { name: 'Behold tiden' }).click();
    await desk.cancelBooking(code);
    await expect.poll(() => desk.lastAnnouncement()).toBe('Tiden er aflyst.');
    await expect.poll(async () => (await desk.bookings())[0]?.status).toBe('Aflyst');
    const slots = await server.request('GET', '/api/services/moving/slots?date=2026-11-24');
    expect(slots.body.find((slot: { start: string }) => slot.start === at('14:00')).available).toBe(1);
    const events = await server.request('GET', '/api/events/export?from=2026-11-24&to=2026-11-24', { token: server.adminToken });
    expect(String(events.body)).toContain('"by":"agent"');
  });

  it('finds a booking by a number said with +45, and brings the results into view: scrolled to, their heading focused, the count said', async () => {
    const { server, desk } = await startDesk();
    for (const [index, name] of ['Bo Berg', 'Anna Berg', 'Ole Berg', 'Eva Berg', 'Kim Berg', 'Ida Berg'].entries()) {
      const phone = index === 0 ? '40 11 22 33' : `+45 50 00 00 0${index}`;
      expect((await server.request('POST', '/api/appointments', { body: { serviceId: 'moving', start: at(`12:${String(index * 10).padStart(2, '0')}`), name, phone } })).status).toBe(201);
    }
    /** Where the results' heading is, and whether it has the keyboard's focus. */
    const heading = (selector: string) =>
      desk.page.evaluate<{ text: string; focused: boolean; top: number; bottom: number; viewport: number }>(`(() => {
        const element = document.querySelector(${JSON.stringify(selector)});
        const box = element.getBoundingClientRect();
        return { text: element.textContent, focused: document.activeElement === element, top: box.top, bottom: box.bottom, viewport: window.innerHeight };
      })()`);

    // The list of times begins below the services, past the screen's edge.
    await desk.findFreeTimes({ services: ['Pas', 'Boligstøtte'], days: 3 });
    const times = await heading('.booking-panel .results-heading');
    expect(times).toMatchObject({ text: 'Ledige tider', focused: true });
    expect(times.top).toBeGreaterThanOrEqual(0);
    expect(times.bottom).toBeLessThan(times.viewport);
    await desk.screenshot(`${shots}/desk-9-free-times-in-view-1366.png`);

    await desk.searchBookings('+45 40 11 22 33');
    expect(await desk.bookings()).toEqual([{ code: expect.any(String), name: 'Bo Berg', status: 'Booket' }]);
    await expect.poll(() => heading('[data-testid="search-results"] .results-heading')).toMatchObject({ text: 'Fundne bookinger (1)', focused: true });
    const found = await heading('[data-testid="search-results"] .results-heading');
    expect(found.top).toBeGreaterThanOrEqual(0);
    expect(found.bottom).toBeLessThan(found.viewport);
    await expect.poll(() => desk.lastAnnouncement()).toBe('1 booking fundet.');
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-10-found-by-phone-1366.png`);

    // Tab goes on from the heading into the results: the first row's actions.
    await desk.page.keyboard.press('Tab');
    expect(await desk.page.evaluate('document.activeElement?.textContent')).toBe('Flyt');

    await desk.searchBookings('berg');
    await expect.poll(() => heading('[data-testid="search-results"] .results-heading')).toMatchObject({ text: 'Fundne bookinger (6)', focused: true });
    await expect.poll(() => desk.lastAnnouncement()).toBe('6 bookinger fundet.');
    await desk.searchBookings('+45 99 99 99 99');
    await expect.poll(() => heading('[data-testid="search-results"] .results-heading')).toMatchObject({ text: 'Fundne bookinger (0)', focused: true });
    expect(await desk.searchPanel.locator('.notice').innerText()).toBe('Ingen bookinger fundet.');
  });

  it('sends agents of a centre linked to the city hub to the hub’s booking desk, and still finds the bookings the hub delivered', async () => {
    const hubUrl = `http://127.0.0.1:${await freePort()}`;
    const server = await startTestServer({
      city: { url: hubUrl, centreId: 'valby', key: 'dck_a-key-the-hub-would-know-of' },
      cityLink: { pollMs: 100, maxBackoffMs: 300, log: () => undefined },
    });
    suite.closeAfterTest(() => server.close());
    server.engine.appointments.applyCityBookings({
      changes: [
        {
          revision: 1,
          code: 'HUBB2345',
          serviceId: 'passport',
          start: at('11:30'),
          end: at('11:45'),
          localDate: '2026-11-24',
          status: 'booked',
          channel: 'agent',
          lang: 'da',
          name: 'Bo Berg',
          phone: '+4511223344',
          email: null,
          cprHash: null,
          bookedAt: at('09:00'),
          changedAt: at('09:00'),
        },
      ],
      cursor: 1,
    });
    await server.createStaff('agent-anne', 'agent', null);
    const desk = await BookingDeskPage.signIn(suite.browser, server.url, 'agent-anne', 'agent-anne-password');
    suite.closeAfterTest(() => desk.close());
    const notice = desk.page.getByTestId('city-booking-desk');
    await notice.waitFor();
    expect(await notice.getByRole('link', { name: 'Åbn byens booking' }).getAttribute('href')).toBe(`${hubUrl}/staff/bookings`);
    expect(await desk.page.getByRole('button', { name: 'Søg ledige tider' }).count()).toBe(0);

    await desk.searchBookings('berg');
    expect(await desk.bookings()).toEqual([{ code: 'HUBB2345', name: 'Bo Berg', status: 'Booket' }]);
    const row = desk.page.locator('tr[data-code="HUBB2345"]');
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await row.getByRole('link', { name: /^I byens booking: flyt eller aflys Bo Bergs tid / }).getAttribute('href')).toBe(`${hubUrl}/staff/bookings`);
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-8-linked-centre-1366.png`);
  });

  it('is not offered to counter staff', async () => {
    const server = await startTestServer();
    suite.closeAfterTest(() => server.close());
    await server.createStaff('clerk', 'staff', 'borgerservice');
    const context = await suite.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'da-DK' });
    suite.closeAfterTest(() => context.close());
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/bookings`);
    await page.getByLabel('Brugernavn').fill('clerk');
    await page.getByLabel('Adgangskode').fill('clerk-password');
    await page.getByLabel('Adgangskode').press('Enter');
    await page.locator('h1').filter({ hasNotText: 'dintur' }).first().waitFor();
    expect(await page.locator('.booking-desk').count()).toBe(0);
  });
});
