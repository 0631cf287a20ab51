/**
 * "Få besked på SMS" on the tracking page (`/t/{code}`), on a phone in Chromium against the real
 * server, with a fake SMS gateway — a real HTTP server on 127.0.0.1 standing in for the SMS
 * provider, which cannot run here. Needs the built pages (`npm run build -w @dintur/citizen-web`).
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { CitizenPage } from './support/citizen-page.js';
import { CounterDesk } from './support/counter-desk.js';

const shots = '/tmp/shots/sms';
mkdirSync(shots, { recursive: true });

const suite = browserSuite();

async function startCentre(withSms = true): Promise<{ server: TestServer; gateway: FakeSmsGateway }> {
  const gateway = await startFakeSmsGateway();
  suite.closeAfterTest(() => gateway.close());
  const server = await startTestServer(withSms ? { sms: { url: gateway.url, from: 'Valby' }, smsSender: { pollMs: 50, log: () => {} } } : {});
  suite.closeAfterTest(() => server.close());
  return { server, gateway };
}

async function open(serverUrl: string, path: string): Promise<CitizenPage> {
  const page = await CitizenPage.open(suite.browser, serverUrl, path);
  suite.closeAfterTest(() => page.close());
  return page;
}

async function take(server: TestServer, serviceId: string, lang = 'da'): Promise<{ number: string; trackingUrl: string; trackingCode: string }> {
  const answer = await server.request('POST', '/api/tickets', { body: { serviceId, lang } });
  expect(answer.status).toBe(201);
  return answer.body;
}

const smsSection = (page: CitizenPage) => page.page.getByTestId('sms-opt-in');
const focusedText = (page: CitizenPage) => page.page.evaluate<string>('document.activeElement?.textContent ?? ""');

describe('SMS from the tracking page', () => {
  it('takes a number, confirms it on screen, sends "3 ahead" and "your turn", and stops when asked', async () => {
    const { server, gateway } = await startCentre();
    for (let index = 0; index < 4; index += 1) await take(server, 'moving');
    const mine = await take(server, 'moving');
    const page = await open(server.url, mine.trackingUrl);
    await page.waitForStatus('Du er nummer 5 i køen');
    const section = smsSection(page);
    await section.getByRole('heading', { name: 'Få besked på SMS' }).waitFor();
    expect(await section.getByText('Vi sender en SMS, når der er 3 foran dig, og når det er din tur.').count()).toBe(1);
    expect(await section.getByText('Vi bruger kun mobilnummeret til disse beskeder og sletter det ved dagens slutning.').count()).toBe(1);
    const phone = section.getByLabel('Mobilnummer');
    expect(await phone.getAttribute('type')).toBe('tel');
    expect(await phone.getAttribute('autocomplete')).toBe('tel');
    expect(await page.accessibilityViolations()).toEqual([]);
    expect(await page.smallTargets()).toEqual([]);
    expect(await page.overflowsSideways()).toBe(false);
    await page.screenshot(`${shots}/sms-1-offer-da-390.png`);

    // A number that cannot take an SMS is said at the field, and nothing is sent to the server.
    await phone.fill('1234');
    await section.getByRole('button', { name: 'Send mig en SMS' }).click();
    await section.getByText('Skriv et mobilnummer med 8 cifre, eller med landekode, fx +46\u00a070\u00a0123\u00a045\u00a067.').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await page.page.evaluate('document.activeElement?.getAttribute("name")')).toBe('phone');
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/sms-1b-invalid-da-390.png`);
    expect((await server.request('GET', `/api/track/${mine.trackingCode}`)).body.sms.phone).toBeNull();

    await phone.fill('40 11 22 33');
    await section.getByRole('button', { name: 'Send mig en SMS' }).click();
    const status = page.page.getByTestId('sms-status');
    await status.getByText('Vi sender en SMS til ••••••33, når der er 3 foran dig, og når det er din tur.').waitFor();
    // Said by screen readers without the bullets, and the stop button has the focus.
    expect(await status.locator('.visually-hidden').innerText()).toBe('Vi sender en SMS til mobilnummeret, der ender på 33, når der er 3 foran dig, og når det er din tur.');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await focusedText(page)).toBe('Stop SMS');
    expect(await page.accessibilityViolations()).toEqual([]);
    expect(await page.smallTargets()).toEqual([]);
    await page.screenshot(`${shots}/sms-2-confirmed-da-390.png`);
    expect((await server.request('GET', `/api/track/${mine.trackingCode}`)).body.sms.phone).toBe('••••••33');

    const desk = await CounterDesk.signIn(server, 'bs-3', 'borgerservice');
    await desk.callNext();
    await expect.poll(() => gateway.delivered().map((message) => message.text), { timeout: 5_000 }).toEqual([
      'E5: Det er snart din tur. Foran dig: 3. Kom til Borgerservice.',
    ]);
    await page.waitForStatus('Du er nummer 4 i køen');
    await status.getByText('Vi sender en SMS til ••••••33, når det er din tur.').waitFor();

    await page.page.getByRole('button', { name: 'Stop SMS' }).click();
    await status.getByText('Du får ikke flere SMS. Nummeret er slettet.').waitFor();
    expect(await page.page.evaluate('document.activeElement?.getAttribute("name")')).toBe('phone');
    expect((await server.request('GET', `/api/track/${mine.trackingCode}`)).body.sms.phone).toBeNull();
    for (let index = 0; index < 4; index += 1) await desk.callNext();
    await page.waitForStatus('Det er din tur');
    // Called: nothing more is offered; what the citizen last did stays said.
    expect(await smsSection(page).locator('input').count()).toBe(0);
    expect(await page.page.getByTestId('sms-status').innerText()).toBe('Du får ikke flere SMS. Nummeret er slettet.');
    await server.smsSender?.idle();
    expect(gateway.delivered()).toHaveLength(1);
  });

  it('texts in the language the citizen switched the page to (an Arabic ticket read in English); a refused number is said in plain words', async () => {
    const { server, gateway } = await startCentre();
    for (let index = 0; index < 3; index += 1) {
      const other = await take(server, 'information');
      expect((await server.request('PUT', `/api/track/${other.trackingCode}/sms`, { body: { phone: '40999999' } })).status).toBe(200);
    }
    const mine = await take(server, 'information', 'ar');
    const page = await open(server.url, mine.trackingUrl);
    await page.waitForStatus('ترتيبك في الطابور: 4');
    await page.chooseLanguage('en');
    await page.waitForStatus('You are number 4 in the queue');
    const section = smsSection(page);
    await section.getByRole('heading', { name: 'Get a text message' }).waitFor();
    // 3 ahead already: only the call will be texted, and the page says so.
    expect(await section.getByText('We text you when it is your turn.').count()).toBe(1);
    await section.getByLabel('Mobile number').fill('40 99 99 99');
    await section.getByRole('button', { name: 'Text me' }).click();
    await section.getByRole('alert').getByText('That mobile number already gets texts about 3 tickets today. You can still follow your turn on this page.').waitFor();
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/sms-3a-refused-en-390.png`);

    await section.getByLabel('Mobile number').fill('+45 20 30 40 50');
    await section.getByRole('button', { name: 'Text me' }).click();
    await page.page.getByTestId('sms-status').getByText('We will text ••••••50 when it is your turn.').waitFor();
    expect(await section.getByRole('alert').count()).toBe(0);
    expect(await page.accessibilityViolations()).toEqual([]);
    await page.screenshot(`${shots}/sms-3b-confirmed-en-for-arabic-390.png`);

    const desk = await CounterDesk.signIn(server, 'bs-5', 'borgerservice');
    for (let index = 0; index < 4; index += 1) await desk.callNext();
    await page.waitForStatus('It is your turn');
    await expect.poll(() => gateway.delivered().filter((message) => message.to === '+4520304050').map((message) => message.text), { timeout: 5_000 }).toEqual([
      'G4: It is your turn now. Please go to Skranke 5.',
    ]);
    // Called with SMS on: the confirmation stays, with the way to stop.
    expect(await page.page.getByRole('button', { name: 'Stop the texts' }).count()).toBe(1);
    expect(await page.accessibilityViolations()).toEqual([]);
  });

  it('offers nothing when the centre sends no SMS', async () => {
    const { server } = await startCentre(false);
    const mine = await take(server, 'moving');
    const page = await open(server.url, mine.trackingUrl);
    await page.waitForStatus('Du er den næste');
    expect(await smsSection(page).count()).toBe(0);
  });
});
