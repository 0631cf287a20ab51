/**
 * The contact centre's booking desk at the city hub (`/staff/bookings`) in Chromium against the
 * real hub (`startHub` of @dintur/city, embedded PostgreSQL) with two centres that ship their
 * configuration as linked centres do: an agent signs in and lands on the desk, finds free times
 * at both centres, books for a caller at the second one, finds the booking by phone typed
 * otherwise and by name, moves and cancels it, reads a centre's day list, and books by keyboard
 * alone; a manager has the desk too. Every state checked with axe-core and photographed at
 * 1366×768 (/tmp/shots/city/desk-*.png). Needs the built pages (`npm run build -w @dintur/city-web`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '@dintur/server';
import { cityOperations, type CityServiceDaySlots } from '@dintur/shared';
import { browserSuite } from './support/browser-suite.js';
import { startFakeSmsGateway } from '../support/fake-sms-gateway.js';
import { startBrowserHub, type BrowserHub } from './support/city-hub.js';
import { CityDeskPage } from './support/city-desk-page.js';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../city-web/dist/index.html');

const suite = browserSuite(() => {
  if (!existsSync(builtIndex)) throw new Error(`The hub's pages are not built (${builtIndex}): run "npm run build -w @dintur/city-web" first.`);
});

const valby = { id: 'valby', name: 'Borgercenter Valby' };
const norrebro = { id: 'norrebro', name: 'Borgerservice Nørrebro' };
const agent = { username: 'agent1', password: 'agent1-password' };

/** "09:15": the clock time of an instant in Copenhagen. */
const formatCityClock = (instant: string) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant)).replace('.', ':');

/** An instant in Copenhagen as the hub writes it ("2026-11-25T09:00:00.000Z" for 10:00 on the 25th). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();

type City = { hub: BrowserHub; agentToken: string };

/**
 * A hub whose clock reads Tuesday 24 November 2026, 09:00 in Copenhagen, with Valby and Nørrebro
 * linked (each has shipped the demo configuration under its own name: every day, passport
 * appointments of 15 minutes from 08:00 to 20:00) and the contact centre's agent1.
 */
async function startCity(settings: Parameters<typeof startBrowserHub>[0] = {}): Promise<City> {
  const hub = await startBrowserHub(settings);
  hub.clock.offsetMs = Date.parse('2026-11-24T09:00:00+01:00') - Date.now();
  suite.closeAfterTest(() => hub.close());
  for (const centre of [valby, norrebro]) {
    const key = await hub.register(centre.id, centre.name);
    await hub.shipConfig(centre.id, key, { ...demoConfig, centre: { ...demoConfig.centre, id: centre.id, name: centre.name } });
  }
  await hub.createAccount('agent1', 'agent', 'Agent One');
  const login = await hub.request('POST', '/api/auth/login', { body: agent });
  expect(login.status).toBe(200);
  return { hub, agentToken: login.body.token as string };
}

async function signedIn(city: City, account = agent, pagePath = '/staff/'): Promise<CityDeskPage> {
  const desk = await CityDeskPage.signIn(suite.browser, city.hub.url, account.username, account.password, pagePath);
  suite.closeAfterTest(() => desk.close());
  await desk.waitForDesk();
  return desk;
}

/** Every state passes axe (WCAG A–AAA and best practice) and fits the laptop's width. */
async function expectAccessible(desk: CityDeskPage, state: string): Promise<void> {
  expect(await desk.accessibilityViolations(), state).toEqual([]);
  expect(await desk.overflowsHorizontally(), `${state} is wider than the screen`).toBe(false);
}

/** The hub's free slots, as the agent's session asks for them. */
async function freeSlots(city: City, query: string): Promise<CityServiceDaySlots[]> {
  const answer = await city.hub.request('GET', `/api/city/slots?${query}`, { token: city.agentToken });
  expect(answer.status).toBe(200);
  return cityOperations.cityFreeSlots.response.parse(answer.body);
}

/** The starts the desk should show of one service at one centre: each day's free ones, at most 12 a day (the rest behind "more"). */
function startsShownOf(entries: CityServiceDaySlots[], centreId: string, serviceId: string): string[] {
  return entries
    .filter((entry) => entry.centreId === centreId && entry.serviceId === serviceId)
    .sort((left, right) => left.date.localeCompare(right.date))
    .flatMap((entry) =>
      entry.slots
        .filter((slot) => slot.available > 0)
        .map((slot) => slot.start)
        .sort()
        .slice(0, 12),
    );
}

async function appointment(city: City, code: string) {
  const answer = await city.hub.request('GET', `/api/city/appointments/${code}`, { token: city.agentToken });
  expect(answer.status).toBe(200);
  return cityOperations.cityGetAppointment.response.parse(answer.body);
}

describe('the contact centre’s booking desk at the hub', { timeout: 90_000 }, () => {
  it('is where an agent lands on signing in, and shows free times at every centre, or the chosen ones', async () => {
    const city = await startCity();
    const desk = await signedIn(city);
    // An agent signing in at the bare address lands on the desk, its heading focused.
    expect(new URL(desk.page.url()).pathname).toBe('/staff/bookings');
    expect(await desk.focusedElement()).toBe('h1: Booking på alle centre');
    expect(await desk.page.title()).toBe('Booking på alle centre – dintur København');
    // The navigation shows an agent only what an agent may open.
    expect(await desk.navigation()).toEqual({ links: ['Booking'], current: 'Booking' });
    await expectAccessible(desk, 'desk, start');
    await desk.screenshot('desk-1-start-1366');

    await desk.findFreeTimes({ services: ['Pas'], days: 3 });
    const answer = await freeSlots(city, 'serviceIds=passport&from=2026-11-24&days=3');
    const times = answer.reduce((sum, entry) => sum + entry.slots.filter((slot) => slot.available > 0).length, 0);
    expect(times).toBeGreaterThan(0);
    expect(await desk.freeSummary()).toBe(`${times} ledige tider på 3 dage på 2 centre.`);
    // Day by day, each day's centres by name, the times the hub has free.
    expect(await desk.freeGroups()).toEqual(
      ['2026-11-24', '2026-11-25', '2026-11-26'].flatMap((date) => [valby, norrebro].map((centre) => ({ date, centreId: centre.id, serviceId: 'passport' }))),
    );
    for (const centre of [valby, norrebro]) expect(await desk.shownStarts(centre.id, 'passport')).toEqual(startsShownOf(answer, centre.id, 'passport'));
    const shown = await desk.freeTimes();
    expect(shown).toContain('onsdag 25. november · Borgerservice Nørrebro · Pas · 08:00');
    expect(shown).toContain('onsdag 25. november · Borgercenter Valby · Pas · 08:00');
    // Today's times that have begun are not offered.
    expect(shown.filter((time) => time.startsWith('tirsdag 24. november')).every((time) => time.slice(-5) >= '09:00')).toBe(true);
    await expectAccessible(desk, 'desk, free times at both centres');
    await desk.screenshot('desk-2-free-times-1366');

    // Only Nørrebro.
    await desk.findFreeTimes({ centres: ['Borgerservice Nørrebro'] });
    expect(new Set((await desk.freeGroups()).map((group) => group.centreId))).toEqual(new Set(['norrebro']));
    expect(await desk.freeSummary()).toMatch(/^\d+ ledige tider på 3 dage på 1 center\.$/);
    await expectAccessible(desk, 'desk, free times at one centre');

    // The leaders' pages are not the agent's; the way back is to the desk.
    await desk.goto('/staff/reports');
    await desk.waitForHeading('Du har ikke adgang til denne side.');
    expect(await desk.page.locator('.page-message').innerText()).toContain('Kontaktcentret har adgang til bookingen.');
    await desk.page.getByRole('link', { name: 'Gå til bookingen' }).click();
    await desk.waitForDesk();
  });

  it('books for a caller at the second centre, finds the booking by phone typed otherwise and by name, moves it, cancels it, and lists the centre’s day', async () => {
    const city = await startCity();
    const desk = await signedIn(city, agent, '/staff/bookings');
    await desk.findFreeTimes({ services: ['Pas'], days: 3 });
    const start = at('2026-11-25', '10:00');
    await desk.chooseTime('norrebro', 'passport', start);
    expect(await desk.page.getByRole('dialog').locator('.dialog-description').innerText()).toBe('Pas · Borgerservice Nørrebro · onsdag 25. november kl. 10:00–10:15');
    expect(await desk.focused()).toBe('input[text]: Borgerens navn');

    // Nothing filled in: said by the fields, nothing sent.
    await desk.dialog('Book tid').getByRole('button', { name: 'Book tiden' }).click();
    expect(await desk.dialogErrors()).toEqual(['Skriv borgerens navn.', 'Skriv telefon eller e-mail.']);
    expect(await desk.focused()).toBe('input[text]: Borgerens navn');
    await expectAccessible(desk, 'book dialog, refused');
    await desk.screenshot('desk-3-book-dialog-1366');

    // A CPR number typed into the name is said at the name: it belongs in its own field.
    await desk.fillCaller({ name: 'Kirsten 241180-1235', phone: '+45 12 34 56 78' });
    await desk.dialog('Book tid').getByRole('button', { name: 'Book tiden' }).click();
    expect(await desk.dialogErrors()).toEqual(['Et CPR-nummer hører ikke hjemme her. Skriv det i feltet CPR-nummer.']);
    expect(await desk.focused()).toBe('input[text]: Borgerens navn');

    await desk.fillCaller({ name: 'Kirsten Ærbo', phone: '+45 12 34 56 78', cpr: '241180-1235' });
    const answer = await desk.confirmBooking();
    expect(answer.status()).toBe(201);
    const made = cityOperations.cityBook.response.parse(await answer.json());
    const booked = await desk.booked();
    // The code the caller is told is the hub's, in two groups of four.
    expect(booked.code).toBe(made.code);
    expect(booked.shownCode).toBe(`${made.code.slice(0, 4)} ${made.code.slice(4)}`);
    expect(booked.spelled).toBe(`Stavet: ${made.code.split('').join(' ')}`);
    expect(booked.summary).toBe('Kirsten Ærbo · Pas · Borgerservice Nørrebro · onsdag 25. november kl. 10:00–10:15');
    expect(await desk.focusedTestId()).toBe('booked-panel');
    expect(await appointment(city, made.code)).toMatchObject({ centreId: 'norrebro', centreName: norrebro.name, serviceId: 'passport', start, channel: 'agent', name: 'Kirsten Ærbo', healthCardCheckIn: true, status: 'booked' });
    // The CPR number is never shown back, and nothing personal goes into the page's address.
    expect(await desk.visibleText()).not.toMatch(/241180|1235/);
    expect(await desk.page.content()).not.toContain('241180');
    await expectAccessible(desk, 'booked');
    await desk.screenshot('desk-4-booked-1366');
    // The free times are fetched again: what the hub has free now.
    const after = await freeSlots(city, 'serviceIds=passport&from=2026-11-24&days=3');
    await expect.poll(() => desk.shownStarts('norrebro', 'passport')).toEqual(startsShownOf(after, 'norrebro', 'passport'));

    // Found by the phone number however it is typed, and by name.
    for (const typed of ['12345678', '12 34 56 78', '+4512345678']) {
      await desk.search(typed);
      expect((await desk.bookings('appointment-table')).map((row) => row.code), typed).toEqual([made.code]);
    }
    await desk.search('Kirsten');
    const [row] = await desk.bookings('appointment-table');
    expect(row?.cells.slice(0, 5)).toEqual([
      'ons. 25. nov. kl. 10:00–10:15 Pas Borgerservice Nørrebro',
      'Kirsten Ærbo',
      // The phone number in the pairs it is read out in, whatever the spacing it was typed with.
      '+45 12 34 56 78',
      `${made.code.slice(0, 4)} ${made.code.slice(4)}`,
      'Booket kontaktcenter',
    ]);
    expect(new URL(desk.page.url()).search).toBe('');
    expect(new URL(desk.page.url()).pathname).toBe('/staff/bookings');
    await expectAccessible(desk, 'found by name');
    await desk.screenshot('desk-5-found-1366');

    // Moved to another time at the same centre; the code stays.
    await desk.openMove(made.code);
    const choices = await desk.moveChoices();
    expect(choices).not.toContain(start);
    expect(choices).toContain(at('2026-11-25', '11:00'));
    const sameCentre = await freeSlots(city, 'serviceIds=passport&centreIds=norrebro&from=2026-11-25&days=7');
    expect(choices).toEqual(sameCentre.flatMap((entry) => entry.slots.filter((slot) => slot.available > 0 && slot.start !== start).map((slot) => slot.start)));
    await expectAccessible(desk, 'move dialog');
    await desk.screenshot('desk-6-move-dialog-1366');
    await desk.confirmMove(at('2026-11-25', '11:00'));
    expect(await desk.doneMessage()).toBe('Tiden er flyttet til onsdag 25. november kl. 11:00.');
    expect(await desk.focusedTestId()).toBe('done-message');
    await expect.poll(async () => (await desk.bookings('appointment-table'))[0]?.cells[0]).toBe('ons. 25. nov. kl. 11:00–11:15 Pas Borgerservice Nørrebro');
    expect(await appointment(city, made.code)).toMatchObject({ code: made.code, centreId: 'norrebro', start: at('2026-11-25', '11:00'), status: 'booked' });
    // The panel of the booking just made follows it.
    expect((await desk.booked()).summary).toBe('Kirsten Ærbo · Pas · Borgerservice Nørrebro · onsdag 25. november kl. 11:00–11:15');
    await expectAccessible(desk, 'moved');

    // Cancelled after asking; focus starts on keeping it.
    await desk.openCancel(made.code);
    expect(await desk.focused()).toBe('button[button]: Behold tiden');
    expect(await desk.dialog('Aflys tid').locator('.dialog-description').innerText()).toBe(
      'Aflys Kirsten Ærbos tid onsdag 25. november kl. 11:00 på Borgerservice Nørrebro? Pladsen bliver ledig med det samme.',
    );
    await expectAccessible(desk, 'cancel dialog');
    await desk.screenshot('desk-7-cancel-dialog-1366');
    await desk.confirmCancel();
    expect(await desk.doneMessage()).toBe('Tiden er aflyst.');
    await expect.poll(async () => (await desk.bookings('appointment-table'))[0]?.status).toBe('cancelled');
    expect((await desk.bookings('appointment-table'))[0]?.cells[4]).toBe('Aflyst kontaktcenter');
    expect(await desk.searchPanel.locator(`tr[data-code="${made.code}"] button`).count()).toBe(0);
    expect((await appointment(city, made.code)).status).toBe('cancelled');
    expect(await desk.bookedPanel.count()).toBe(0);
    await expectAccessible(desk, 'cancelled');
    await desk.screenshot('desk-8-cancelled-1366');

    // Nørrebro's day: two more booked (one online by a citizen), one at Valby that is not Nørrebro's.
    const book = async (centreId: string, time: string, caller: Record<string, string>, token?: string) => {
      const created = await city.hub.request('POST', '/api/city/appointments', { body: { centreId, serviceId: 'passport', start: at('2026-11-25', time), lang: 'da', ...caller }, ...(token && { token }) });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.code as string;
    };
    const bo = await book('norrebro', '12:00', { name: 'Bo Berg', phone: '11 22 33 44' }, city.agentToken);
    const anna = await book('norrebro', '09:30', { name: 'Anna Berg', email: 'anna@example.dk' });
    await book('valby', '12:00', { name: 'Valdemar Valby', phone: '55 66 77 88' }, city.agentToken);
    await desk.showDayList('Borgerservice Nørrebro', '2026-11-25');
    expect(await desk.dayListCaption()).toBe('Borgerservice Nørrebro, onsdag 25. november');
    const dayList = await desk.bookings('day-list-table');
    expect(dayList.map((entry) => [entry.code, entry.status])).toEqual([
      [anna, 'booked'],
      [made.code, 'cancelled'],
      [bo, 'booked'],
    ]);
    expect(dayList.map((entry) => entry.cells[0])).toEqual(['09:30–09:45 Pas', '11:00–11:15 Pas', '12:00–12:15 Pas']);
    expect(dayList.map((entry) => entry.cells[4])).toEqual(['Booket online', 'Aflyst kontaktcenter', 'Booket kontaktcenter']);
    const listed = await city.hub.request('GET', '/api/city/appointments?centreId=norrebro&date=2026-11-25', { token: city.agentToken });
    expect(new Set(dayList.map((entry) => entry.code))).toEqual(new Set((listed.body as { code: string }[]).map((entry) => entry.code)));
    expect(await desk.dayListPanel.locator('.day-list-summary').innerText()).toBe('3 bookinger, heraf 2 stadig booket.');
    await expectAccessible(desk, 'day list');
    await desk.screenshot('desk-9-day-list-1366', true);
  });

  it('books by keyboard alone, and says so when the time was taken meanwhile', async () => {
    const city = await startCity();
    const desk = await signedIn(city, agent, '/staff/bookings');
    expect(await desk.focusedElement()).toBe('h1: Booking på alle centre');

    await desk.tabTo(/^input\[checkbox\]: Pas$/);
    await desk.page.keyboard.press('Space');
    await desk.tabTo(/^input\[checkbox\]: Borgerservice Nørrebro$/);
    await desk.page.keyboard.press('Space');
    await desk.tabTo(/^button\[submit\]: Søg ledige tider$/);
    await desk.page.keyboard.press('Enter');
    await desk.page.getByTestId('free-results').waitFor();
    // The first time still to come today (the hub's clock has run on past 09:00).
    const first = await desk.tabTo(/^button\[button\]: \d\d:\d\d, Pas, Borgerservice Nørrebro, tirsdag 24\. november$/);
    const firstStart = (await desk.shownStarts('norrebro', 'passport'))[0]!;
    expect(first).toBe(`button[button]: ${formatCityClock(firstStart)}, Pas, Borgerservice Nørrebro, tirsdag 24. november`);
    await desk.page.keyboard.press('Enter');
    await desk.dialog('Book tid').waitFor();
    expect(await desk.focused()).toBe('input[text]: Borgerens navn');
    await desk.page.keyboard.type('Ole Olsen');
    await desk.page.keyboard.press('Tab');
    expect(await desk.focused()).toBe('input[tel]: Telefon');
    await desk.page.keyboard.type('87 65 43 21');
    const answer = desk.page.waitForResponse((response) => new URL(response.url()).pathname === '/api/city/appointments' && response.request().method() === 'POST');
    await desk.page.keyboard.press('Enter');
    const made = cityOperations.cityBook.response.parse(await (await answer).json());
    const booked = await desk.booked();
    expect(booked.code).toBe(made.code);
    expect(booked.summary).toBe(`Ole Olsen · Pas · Borgerservice Nørrebro · tirsdag 24. november kl. ${formatCityClock(firstStart)}–${formatCityClock(made.end)}`);
    expect(await desk.focusedTestId()).toBe('booked-panel');
    expect(made).toMatchObject({ centreId: 'norrebro', start: firstStart, channel: 'agent', healthCardCheckIn: false });
    await expectAccessible(desk, 'booked by keyboard');
    await desk.screenshot('desk-10-keyboard-booked-1366');

    // A time chosen while someone else books its last places: the agent is told, and it is no longer offered.
    const start = at('2026-11-24', '11:00');
    await desk.chooseTime('norrebro', 'passport', start);
    await desk.fillCaller({ name: 'Sidste Plads', email: 'sidste@example.dk' });
    for (let place = 0; place < 20; place++) {
      const other = await city.hub.request('POST', '/api/city/appointments', { body: { centreId: 'norrebro', serviceId: 'passport', start, name: `Borger ${place}`, phone: '22 33 44 55', lang: 'da' } });
      if (other.status === 409) break;
      expect(other.status).toBe(201);
    }
    const refused = await desk.confirmBooking();
    expect(refused.status()).toBe(409);
    await desk.page.getByTestId('taken-notice').waitFor();
    expect(await desk.page.getByTestId('taken-notice').innerText()).toBe('Tiden blev taget imens. Vælg en anden tid.');
    expect(await desk.focusedTestId()).toBe('taken-notice');
    expect(await desk.dialog('Book tid').count()).toBe(0);
    // The code shown before was another caller's.
    expect(await desk.bookedPanel.count()).toBe(0);
    await expect.poll(() => desk.slotButton('norrebro', 'passport', start).count()).toBe(0);
    await expectAccessible(desk, 'time taken meanwhile');
    await desk.screenshot('desk-11-taken-1366');
  });

  it('says what became of each booking’s SMS', async () => {
    // The SMS provider cannot run here: a fake gateway on 127.0.0.1 stands in for it.
    const gateway = await startFakeSmsGateway();
    suite.closeAfterTest(() => gateway.close());
    const city = await startCity({ sms: { url: gateway.url, from: 'KBH', perHour: 0, perNumberPerHour: 5 } });
    const book = async (time: string, phone: string) =>
      (await city.hub.request('POST', '/api/city/appointments', { token: city.agentToken, body: { centreId: 'valby', serviceId: 'passport', start: at('2026-11-25', time), name: 'Bo Berg', phone, lang: 'da' } })).body.code as string;
    const sent = await book('10:00', '11 22 33 44');
    await expect.poll(() => gateway.delivered().length).toBe(1);
    gateway.setMode('refuse');
    const refused = await book('10:15', '11 22 33 55');
    await expect.poll(() => gateway.requests.length).toBe(2);
    const desk = await signedIn(city);
    await desk.search('Bo Berg');
    const statusOf = async (code: string) => (await desk.bookings('appointment-table')).find((row) => row.code === code)?.cells[4];
    // Sent a moment after the hub's 09:00; the one the gateway refused is marked, in words.
    expect(await statusOf(sent)).toMatch(/^Booket kontaktcenter SMS-bekræftelse sendt 24\. nov\. kl\. 09:0\d$/);
    expect(await statusOf(refused)).toBe('Booket kontaktcenter SMS-bekræftelse ikke sendt');
    await expectAccessible(desk, 'SMS states');
    await desk.screenshot('desk-13-sms-1366');
  });

  it('is open to a manager as well, beside the leaders’ pages', async () => {
    const city = await startCity();
    await city.hub.createAccount('lene', 'manager', 'Lene Leder');
    const code = (
      await city.hub.request('POST', '/api/city/appointments', {
        token: city.agentToken,
        body: { centreId: 'valby', serviceId: 'passport', start: at('2026-11-24', '13:00'), name: 'Bo Berg', phone: '11 22 33 44', lang: 'da' },
      })
    ).body.code as string;
    const desk = await signedIn(city, { username: 'lene', password: 'lene-password' }, '/staff/bookings');
    expect(await desk.navigation()).toEqual({ links: ['Overblik', 'Statistik', 'Booking'], current: 'Booking' });
    await desk.showDayList('Borgercenter Valby', '2026-11-24');
    expect((await desk.bookings('day-list-table')).map((row) => [row.code, row.cells[1]])).toEqual([[code, 'Bo Berg']]);
    await expectAccessible(desk, 'manager’s desk');
    await desk.screenshot('desk-12-manager-1366');
    // A leader still starts at the overview.
    await desk.navigateByKeyboard('Overblik');
    await desk.waitForHeading('Centrene lige nu');
  });
});
