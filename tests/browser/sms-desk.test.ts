/**
 * The SMS of bookings where staff see them, in Chromium against the real server sending through a
 * fake SMS gateway (a real HTTP server on 127.0.0.1 standing in for the provider): the booking
 * desk's line of each booking's messages, and the SMS table of the statistics. Both checked with
 * axe-core and photographed at 1366×768 (/tmp/shots/sms/). Needs the built staff app
 * (`npm run build -w @dintur/staff-app`).
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { BookingDeskPage } from './support/booking-desk-page.js';
import { browserSuite } from './support/browser-suite.js';
import { ReportsPage } from './support/reports-page.js';

const shots = '/tmp/shots/sms';
mkdirSync(shots, { recursive: true });

const at = (time: string, date = '2026-11-24') => new Date(`${date}T${time}:00+01:00`).toISOString();

const suite = browserSuite();

async function startCentre(): Promise<{ server: TestServer; gateway: FakeSmsGateway }> {
  const gateway = await startFakeSmsGateway();
  suite.closeAfterTest(() => gateway.close());
  const server = await startTestServer({
    sms: { url: gateway.url, from: 'Valby', perNumberPerHour: 2 },
    publicUrl: 'https://tid.valby.example.dk',
    smsSender: { timeoutMs: 1_000, pollMs: 50, log: () => {} },
  });
  suite.closeAfterTest(() => server.close());
  return { server, gateway };
}

describe('SMS where staff see them', { timeout: 60_000 }, () => {
  it('the booking desk says which messages a booking got, and which were not sent', async () => {
    const { server, gateway } = await startCentre();
    const booked = await server.request('POST', '/api/appointments', { body: { serviceId: 'moving', start: at('12:00'), name: 'Bo Berg', phone: '11 22 33 44' } });
    const code: string = booked.body.code;
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(1);
    server.clock.advanceMinutes(2);
    await server.request('POST', `/api/appointments/${code}/move`, { body: { start: at('12:30') } });
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(2);
    // A third message to the same number within the hour is over this centre's limit of two.
    await server.request('DELETE', `/api/appointments/${code}`);
    await expect.poll(async () => (await server.request('GET', `/api/appointments/${code}`, { token: server.adminToken })).body.messages?.[2]?.state).toBe('limited');

    await server.createStaff('agent-anne', 'agent', null);
    const desk = await BookingDeskPage.signIn(suite.browser, server.url, 'agent-anne', 'agent-anne-password');
    suite.closeAfterTest(() => desk.close());
    await desk.searchBookings('Bo Berg');
    const row = desk.searchPanel.locator(`tr[data-code="${code}"]`);
    await expect.poll(() => row.locator('td').nth(1).innerText()).toContain('SMS: bekræftelse sendt 11:00 · flytning sendt 11:02 · aflysning ikke sendt: for mange (11:02)');
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.screenshot(`${shots}/desk-sms-line-1366.png`);
  });

  it('the statistics count the messages by kind and outcome', async () => {
    const { server, gateway } = await startCentre();
    for (const [index, time] of ['11:30', '11:45'].entries()) {
      await server.request('POST', '/api/appointments', { body: { serviceId: 'passport', start: at(time), name: `Person ${index}`, phone: `2030405${index}` } });
    }
    await expect.poll(() => gateway.delivered().length, { timeout: 5_000 }).toBe(2);
    await server.createStaff('leder', 'manager', 'borgerservice');
    const reports = await ReportsPage.open(suite.browser, server.url, '/staff/reports?from=2026-11-24&to=2026-11-24');
    suite.closeAfterTest(() => reports.close());
    await reports.signIn('leder', 'leder-password');
    await reports.waitForFigures();
    const table = reports.page.getByRole('table', { name: 'SMS pr. slags' });
    await table.scrollIntoViewIfNeeded();
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual(['Bekræftelse af booking\t2\t0\t0', 'I alt\t2\t0\t0']);
    expect(await ReportsPage.accessibilityViolations(reports.page)).toEqual([]);
    await reports.page.getByRole('heading', { name: 'SMS til borgerne' }).scrollIntoViewIfNeeded();
    await reports.page.screenshot({ path: `${shots}/reports-sms-1366.png`, animations: 'disabled' });
  });
});
