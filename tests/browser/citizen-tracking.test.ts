/**
 * The tracking page a receipt's QR code opens (`/t/{code}`), on a phone in Chromium against the
 * real server: it follows the ticket live, through a dropped connection, in the ticket's
 * language (any kiosk language, Arabic and Urdu right to left) or the one the citizen picks, and
 * lets the citizen give up the place. Needs the built pages (`npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localName, sayWait } from '@dintur/shared';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { CitizenPage } from './support/citizen-page.js';
import { CounterDesk } from './support/counter-desk.js';
import { startStableProxy } from './support/stable-proxy.js';

const shots = '/tmp/shots/appointments';
mkdirSync(shots, { recursive: true });

const suite = browserSuite();

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

async function open(serverUrl: string, path: string, options: Parameters<typeof CitizenPage.open>[3] = {}): Promise<CitizenPage> {
  const page = await CitizenPage.open(suite.browser, serverUrl, path, options);
  suite.closeAfterTest(() => page.close());
  return page;
}

async function take(server: TestServer, serviceId: string, lang = 'da'): Promise<{ number: string; trackingUrl: string; id: number }> {
  const answer = await server.request('POST', '/api/tickets', { body: { serviceId, lang } });
  expect(answer.status).toBe(201);
  return answer.body;
}

describe('following a ticket on the phone', () => {
  it('shows the place in the queue and updates live, within a second, when people ahead and then the ticket are called', async () => {
    const server = await startCentre();
    await take(server, 'passport');
    const mine = await take(server, 'passport');
    const page = await open(server.url, mine.trackingUrl);
    await page.waitForStatus('Du er nummer 2 i køen');
    expect(await page.ticketNumber()).toBe('A2');
    // No passport counter is open yet: no number can be honest, and the page says why instead.
    expect((await page.ticketStatus())[1]).toBe('Ingen skranke er åben for Pas lige nu');
    await expect.poll(() => page.linkState()).toBe('live');
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/tracking-1-waiting-no-counter-390.png`);

    const desk = await CounterDesk.signIn(server, 'bs-1', 'borgerservice');
    await desk.callNext();
    await page.waitForStatus('Du er den næste', 1_000);
    // A counter is open: the wait in the words of the kiosk and the display, from the server's figure.
    const { estimatedWaitMinutes } = (await server.request('GET', `/api/track/${mine.trackingUrl.slice(3)}`)).body;
    expect(estimatedWaitMinutes).not.toBeNull();
    expect((await page.ticketStatus())[1]).toBe(sayWait(estimatedWaitMinutes, { lang: 'da', serviceName: 'Pas' }).sentence);
    await page.screenshot(`${shots}/tracking-1-waiting-390.png`);
    await desk.callNext();
    await page.waitForStatus('Det er din tur', 1_000);
    expect(await page.ticketStatus()).toEqual(['Det er din tur', 'Gå til Skranke 1']);
    expect(await page.callAlert()).toBe('Det er din tur. Gå til Skranke 1');
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/tracking-2-called-390.png`);
  });

  it('catches up after the connection dropped, and says meanwhile that it is trying again', async () => {
    const server = await startCentre();
    const mine = await take(server, 'moving');
    const proxy = await startStableProxy(server.url);
    suite.closeAfterTest(() => proxy.close());
    const page = await open(proxy.url, mine.trackingUrl);
    await page.waitForStatus('Du er den næste');
    await expect.poll(() => page.linkState()).toBe('live');

    proxy.offline();
    await expect.poll(() => page.linkState(), { timeout: 5_000 }).toBe('polling');
    expect(await page.page.locator('.updated').innerText()).toBe('Forbindelsen er afbrudt. Vi prøver igen …');
    const desk = await CounterDesk.signIn(server, 'bs-3', 'borgerservice');
    await desk.callNext();
    proxy.online();
    await page.waitForStatus('Gå til Skranke 3', 10_000);
    await expect.poll(() => page.linkState(), { timeout: 10_000 }).toBe('live');
  });

  it('follows a ticket in its own language: English for an English ticket', async () => {
    const server = await startCentre();
    const english = await take(server, 'information', 'en');
    const page = await open(server.url, english.trackingUrl);
    await page.waitForStatus('You are next');
    expect(await page.headingText()).toBe('Your number');
    expect(await page.page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.page.evaluate('document.documentElement.dir')).toBe('ltr');
    await page.screenshot(`${shots}/tracking-3-english-390.png`);
  });

  it('follows an Arabic ticket in Arabic, right to left, and switches to Polish when the citizen picks it — and remembers it', async () => {
    const server = await startCentre();
    await take(server, 'information');
    const arabic = await take(server, 'information', 'ar');
    const page = await open(server.url, arabic.trackingUrl);
    await page.waitForStatus('ترتيبك في الطابور: 2');
    expect(await page.headingText()).toBe('رقمك');
    expect(await page.page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual(['ar', 'rtl']);
    // The wait in the kiosk's and the display's Arabic words, the service by its Arabic name where the centre gave one.
    const answer = (await server.request('GET', `/api/track/${arabic.trackingUrl.slice(3)}`)).body;
    expect((await page.ticketStatus())[1]).toBe(sayWait(answer.estimatedWaitMinutes, { lang: 'ar', serviceName: localName(answer.serviceName, 'ar') }).sentence);
    // The menu offers the eight kiosk languages by their own names, starting at the ticket's.
    const menu = page.page.getByRole('combobox', { name: 'اللغة' });
    expect(await menu.inputValue()).toBe('ar');
    expect(await menu.locator('option').allInnerTexts()).toEqual(['Dansk', 'English', 'العربية', 'Soomaali', 'Polski', 'Українська', 'Türkçe', 'اردو']);
    expect(await page.smallTargets()).toEqual([]);
    expect(await page.overflowsSideways()).toBe(false);
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot('/tmp/citizen-tracking-ar-390.png');

    await page.chooseLanguage('pl');
    await page.waitForStatus('Twoje miejsce w kolejce: 2');
    expect(await page.headingText()).toBe('Twój numer');
    expect(await page.page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual(['pl', 'ltr']);
    expect((await page.ticketStatus())[1]).toBe(sayWait(answer.estimatedWaitMinutes, { lang: 'pl', serviceName: localName(answer.serviceName, 'pl') }).sentence);
    expect(await page.accessibilityViolations()).toEqual([]);
    // Chosen, not just shown: the page opens in Polish again, though the ticket is Arabic.
    await page.page.reload();
    await page.waitForStatus('Twoje miejsce w kolejce: 2');
    expect(await page.page.getByRole('combobox', { name: 'Język' }).inputValue()).toBe('pl');
  });

  it('says the call in Urdu, right to left, with the counter’s Danish sign kept whole', async () => {
    const server = await startCentre();
    const urdu = await take(server, 'information', 'ur');
    const page = await open(server.url, urdu.trackingUrl);
    await page.waitForStatus('اگلی باری آپ کی ہے');
    expect(await page.page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual(['ur', 'rtl']);
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot('/tmp/citizen-tracking-ur-390.png');
    const desk = await CounterDesk.signIn(server, 'bs-5', 'borgerservice');
    await desk.callNext();
    await page.waitForStatus('آپ کی باری آ گئی ہے');
    // "Skranke 5" set apart (Unicode isolates), so the right-to-left sentence does not reorder it.
    expect(await page.ticketStatus()).toEqual(['آپ کی باری آ گئی ہے', 'کاؤنٹر 5 («\u2068Skranke 5\u2069») پر جائیں']);
    expect(await page.smallTargets()).toEqual([]);
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot('/tmp/citizen-tracking-ur-called-390.png');
  });

  it('names the ticket’s unit at the top, tells the time by the centre’s clock on a phone abroad, and the counter in English with its sign', async () => {
    const server = await startCentre();
    const danish = await take(server, 'home-help');
    const pensionPage = await open(server.url, danish.trackingUrl);
    await pensionPage.waitForStatus('Du er den næste');
    await pensionPage.waitForSiteName('Pension og Omsorg');

    // An English ticket of the social centre, followed on a phone set to New York time whose clock
    // says 10:00:05 UTC: 05:00:05 on the phone, 11:00:05 in Copenhagen.
    const mine = await take(server, 'social-counselling', 'en');
    const page = await open(server.url, mine.trackingUrl, { timezoneId: 'America/New_York', fixedTime: '2026-11-24T10:00:05Z' });
    await page.waitForStatus('You are next');
    await page.waitForSiteName('Social Centre');
    expect(await page.updatedText()).toBe('Updated 11:00:05');
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/tracking-5-unit-time-zone-390.png`);

    const desk = await CounterDesk.signIn(server, 'sc-9', 'social-centre');
    await desk.callNext();
    await page.waitForStatus('It is your turn');
    // The sign over the counter says "Skranke 9": the English page says which counter, and what to look for.
    expect(await page.ticketStatus()).toEqual(['It is your turn', 'Go to counter 9 (“Skranke 9”)']);
    expect(await page.callAlert()).toBe('It is your turn. Go to counter 9 (“Skranke 9”)');
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/tracking-6-called-english-390.png`);
  });

  it('gives up the place after asking, and the ticket leaves the queue', async () => {
    const server = await startCentre();
    const first = await take(server, 'health-card');
    const mine = await take(server, 'health-card');
    const page = await open(server.url, mine.trackingUrl);
    await page.waitForStatus('Du er nummer 2 i køen');
    await page.page.getByRole('button', { name: 'Opgiv min plads' }).click();
    expect(await page.page.evaluate('document.activeElement?.textContent')).toBe('Vil du opgive din plads i køen?');
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/tracking-4-give-up-390.png`);
    await page.page.getByRole('button', { name: 'Ja, opgiv pladsen' }).click();
    await page.waitForStatus('Du har opgivet din plads i køen.');
    expect((await server.request('GET', `/api/track/${first.trackingUrl.slice(3)}`)).body.position).toBe(1);
    const centre = await server.request('GET', '/api/centre');
    expect(centre.body.services.find((service: { id: string }) => service.id === 'health-card').waiting).toBe(1);
  });

  it('says plainly when the number does not exist', async () => {
    const server = await startCentre();
    const page = await open(server.url, '/t/abcdefghjkmn');
    await page.page.getByRole('alert').filter({ hasText: 'Vi kan ikke finde dette nummer' }).waitFor();
    expect(await page.accessibilityViolations()).toEqual([]);
  });
});
