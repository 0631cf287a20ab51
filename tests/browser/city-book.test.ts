/**
 * The hub's booking pages (`/book`) on a citizen's phone, in Chromium against the real hub
 * (`startHub` of @dintur/city, embedded PostgreSQL): three centres ship their configurations as
 * linked centres do, and a citizen books a passport appointment at any of them — among the
 * earliest times across the city or at a chosen centre — finds it by its code, moves it and
 * cancels it. Checked with axe-core on every screen, photographed at 390×844 in Danish and
 * English (/tmp/shots/city/book-*.png). Needs the built pages (`npm run build -w @dintur/city-web`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '@dintur/server';
import type { CentreConfigInput } from '@dintur/shared';
import { browserSuite } from './support/browser-suite.js';
import { CityBookPage } from './support/city-book-page.js';
import { startBrowserHub, type BrowserHub } from './support/city-hub.js';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../city-web/dist/index.html');

const suite = browserSuite(() => {
  if (!existsSync(builtIndex)) throw new Error(`The hub's pages are not built (${builtIndex}): run "npm run build -w @dintur/city-web" first.`);
});

const copenhagen = 'Europe/Copenhagen';

/** Minutes since local midnight in Copenhagen of an instant. */
function copenhagenMinutes(at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: copenhagen, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return value('hour') * 60 + value('minute');
}

/** "09.15" (Danish) or "09:15" (English) of an instant in Copenhagen, as the pages write it. */
const clockOf = (iso: string, lang: 'da' | 'en' = 'da') =>
  new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeZone: copenhagen, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.parse(iso));

/** The next local date. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

type CentreId = 'norrebro' | 'valby' | 'amager';

/** The passport settings of each centre: lengths and places differ, so their earliest times do. */
const passportAt: Record<CentreId, { name: string; passport: { lengthMinutes?: number; counterIds?: string[]; walkInShare?: number } }> = {
  // 10-minute slots, two counters without walk-ins: two places each, the soonest.
  norrebro: { name: 'Borgerservice Nørrebro', passport: { lengthMinutes: 10, counterIds: ['bs-1', 'bs-2'], walkInShare: 0 } },
  // The demo's own: 15 minutes, two counters at half walk-ins: one place each.
  valby: { name: 'Borgercenter Valby', passport: {} },
  // 20 minutes, one counter: one place each, the latest.
  amager: { name: 'Borgerservice Amager', passport: { lengthMinutes: 20, counterIds: ['bs-1'], walkInShare: 0 } },
};

function configOf(id: CentreId): CentreConfigInput {
  const { name, passport } = passportAt[id];
  const services = demoConfig.appointments.services;
  return {
    ...demoConfig,
    centre: { ...demoConfig.centre, id, name },
    appointments: { ...demoConfig.appointments, services: { ...services, passport: { ...services.passport, ...passport } } },
  };
}

type BookingHub = BrowserHub & {
  keys: Record<CentreId, string>;
  /** The hub's today in Copenhagen. */
  today: string;
  /** The start (ISO) of a centre's `index`th passport slot still to begin today (0 = the next). */
  nextSlot(centre: CentreId, index?: number): string;
  /** The start (ISO) of a slot `minutes` after 08:00 in Copenhagen on a date. */
  localSlot(date: string, minutes: number): string;
};

/**
 * The real hub with three linked centres that take passport appointments every day 08:00–20:00.
 * Its clock stands at 08:07 UTC of tomorrow (09:07 or 10:07 in Copenhagen), so the next free
 * times are the same whenever the test runs.
 */
async function hubWithCentres(): Promise<BookingHub> {
  const hub = await startBrowserHub();
  suite.closeAfterTest(() => hub.close());
  const today = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const pinned = Date.parse(`${today}T08:07:00Z`);
  await hub.pinClock(pinned);
  const keys = {} as Record<CentreId, string>;
  for (const id of Object.keys(passportAt) as CentreId[]) {
    keys[id] = await hub.register(id, passportAt[id].name);
    await hub.shipConfig(id, keys[id], configOf(id));
  }
  // 08:00 in Copenhagen today, by the minutes the pinned instant is past it.
  const opens = pinned - (copenhagenMinutes(pinned) - 8 * 60) * 60_000;
  const lengthOf = (centre: CentreId) => passportAt[centre].passport.lengthMinutes ?? 15;
  return {
    ...hub,
    keys,
    today,
    nextSlot(centre, index = 0) {
      const length = lengthOf(centre);
      const elapsed = (pinned - opens) / 60_000;
      const first = Math.ceil(elapsed / length) * length;
      return new Date(opens + (first + index * length) * 60_000).toISOString();
    },
    localSlot(date, minutes) {
      const noon = Date.parse(`${date}T12:00:00Z`);
      const eight = noon - (copenhagenMinutes(noon) - 8 * 60) * 60_000;
      return new Date(eight + minutes * 60_000).toISOString();
    },
  };
}

async function open(hub: BrowserHub, pagePath: string, options: { locale?: string; timezoneId?: string } = {}): Promise<CityBookPage> {
  const page = await CityBookPage.open(suite.browser, hub.url, pagePath, options);
  suite.closeAfterTest(() => page.close());
  return page;
}

/** Every screen passes axe (WCAG A–AAA and best practice), fits the phone and has targets of 44 px or more. */
async function expectAccessible(page: CityBookPage, screen: string): Promise<void> {
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

const spaced = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

describe('booking at any centre, on a phone', { timeout: 90_000 }, () => {
  it('books a passport appointment among the earliest times across centres, and shows the code, the centre, the time and a QR code', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book');
    await page.waitForHeading('Hvad drejer din sag sig om?');
    const services = await page.services();
    expect(services.find((service) => service.id === 'passport')).toEqual({ id: 'passport', name: 'Pas', detail: '3 centre' });
    await expectAccessible(page, 'services');
    await page.screenshot('book-1-services-da-390');

    await page.chooseService('Pas');
    await page.waitForHeading('Vælg tid');
    const earliest = await page.earliest();
    expect(earliest.map((centre) => [centre.id, centre.name])).toEqual([
      ['norrebro', 'Borgerservice Nørrebro'],
      ['valby', 'Borgercenter Valby'],
      ['amager', 'Borgerservice Amager'],
    ]);
    expect(earliest[1]!.times).toEqual([0, 1, 2].map((index) => ({ text: `i dag ${clockOf(hub.nextSlot('valby', index))}`, start: hub.nextSlot('valby', index) })));
    expect(earliest[0]!.times[0]!.start).toBe(hub.nextSlot('norrebro'));
    expect(earliest[2]!.times[0]!.start).toBe(hub.nextSlot('amager'));
    await expectAccessible(page, 'earliest times');
    await page.screenshot('book-2-earliest-da-390');

    const start = hub.nextSlot('valby', 1);
    await page.chooseEarliestTime('valby', start);
    await page.waitForHeading('Dine oplysninger');
    const summary = await page.summary();
    expect(summary.centre).toBe('Borgercenter Valby');
    expect(summary.time).toContain(`kl. ${clockOf(start)}–${clockOf(new Date(Date.parse(start) + 15 * 60_000).toISOString())}`);
    expect(await page.mainText()).toContain('sletter dem 30 dage efter');
    await expectAccessible(page, 'details');
    await page.screenshot('book-3-details-da-390');

    const code = await page.book({ name: 'Anna Hansen', phone: '12 34 56 78', cpr: '241180-1235' });
    await page.waitForHeading('Din tid er booket');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await page.shownCode()).toBe(spaced(code));
    expect(await page.appointmentCentre()).toContain('Borgercenter Valby');
    expect(await page.appointmentTime()).toContain(`kl. ${clockOf(start)}`);
    const qr = await page.qrCode();
    expect(drawnModules(qr.path)).toEqual(qrModulesOf(code));
    expect(qr.label).toBe(`QR-kode med bookingkoden ${spaced(code)}`);
    // The CPR number is never shown back nor put in the address; nor are the name and phone.
    expect(await page.mainText()).not.toMatch(/241180|1235/);
    expect(page.page.url()).not.toMatch(/241180|Anna|12345678|12%2034/);
    await expectAccessible(page, 'booked');
    await page.screenshot('book-4-booked-da-390');

    const booked = await hub.request('GET', `/api/city/appointments/${code}`);
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({ code, centreId: 'valby', centreName: 'Borgercenter Valby', serviceId: 'passport', start, status: 'booked', healthCardCheckIn: true, lang: 'da' });
  });

  it('books at a chosen centre: its days, then a time of another day', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book');
    await page.chooseService('Pas');
    await page.chooseCentre('Borgerservice Amager');
    await page.waitForHeading('Vælg dag og tid');
    expect(await page.chosenDay()).toBe(hub.today);
    expect((await page.freeStarts())[0]).toBe(hub.nextSlot('amager'));
    await expectAccessible(page, 'a centre’s times');
    await page.screenshot('book-5-centre-times-da-390');

    const tomorrow = dayAfter(hub.today);
    await page.chooseDay(tomorrow);
    expect((await page.freeTimes()).slice(0, 3)).toEqual(['08.00', '08.20', '08.40']);
    const start = hub.localSlot(tomorrow, 20);
    await page.chooseTime(start);
    await page.waitForHeading('Dine oplysninger');
    expect(await page.summary()).toMatchObject({ centre: 'Borgerservice Amager' });
    expect((await page.summary()).time).toContain('kl. 08.20–08.40');
    const code = await page.book({ name: 'Bo Jensen', email: 'bo@example.dk' });
    const booked = await hub.request('GET', `/api/city/appointments/${code}`);
    expect(booked.body).toMatchObject({ centreId: 'amager', start, status: 'booked', healthCardCheckIn: false });
  });

  it('speaks English with ?lang=en, and the switch keeps the step and what was typed', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book?lang=en');
    await page.waitForHeading('What is your matter about?');
    expect(await page.page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.services()).find((service) => service.id === 'passport')).toEqual({ id: 'passport', name: 'Passport', detail: '3 centres' });
    await expectAccessible(page, 'services in English');
    await page.screenshot('book-1-services-en-390');

    await page.chooseService('Passport');
    await page.waitForHeading('Choose a time');
    const earliest = await page.earliest();
    expect(earliest[0]!.times[0]!.text).toBe(`today ${clockOf(hub.nextSlot('norrebro'), 'en')}`);
    await expectAccessible(page, 'earliest times in English');
    await page.screenshot('book-2-earliest-en-390');

    await page.chooseEarliestTime('norrebro', hub.nextSlot('norrebro'));
    await page.waitForHeading('Your details');
    await page.fillDetails({ name: 'Alex Smith', email: 'alex@example.com' });
    await page.switchLanguage();
    await page.waitForHeading('Dine oplysninger');
    expect(await page.page.getAttribute('html', 'lang')).toBe('da');
    expect(new URL(page.page.url()).searchParams.get('lang')).toBeNull();
    expect(await page.detailValues()).toMatchObject({ name: 'Alex Smith', email: 'alex@example.com' });
    await page.switchLanguage();
    await page.waitForHeading('Your details');
    expect(new URL(page.page.url()).searchParams.get('lang')).toBe('en');
    await expectAccessible(page, 'details in English');
    await page.screenshot('book-3-details-en-390');

    const code = await page.book({});
    await page.waitForHeading('Your appointment is booked');
    expect(await page.appointmentTime()).toContain(clockOf(hub.nextSlot('norrebro'), 'en'));
    await expectAccessible(page, 'booked in English');
    await page.screenshot('book-4-booked-en-390');
    expect((await hub.request('GET', `/api/city/appointments/${code}`)).body).toMatchObject({ centreId: 'norrebro', lang: 'en' });
  });

  it('preselects a centre with ?centre=, as a linked centre’s own /book sends citizens', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book?centre=norrebro');
    await page.waitForHeading('Hvad drejer din sag sig om?');
    expect(await page.chosenCentre()).toBe('Du booker hos Borgerservice Nørrebro. Book i et andet center');
    expect((await page.services()).find((service) => service.id === 'passport')?.detail).toBe('10 min.');
    await expectAccessible(page, 'services at a centre');
    await page.chooseService('Pas');
    await page.waitForHeading('Vælg dag og tid');
    expect(await page.page.getByTestId('chosen-centre').innerText()).toBe('Borgerservice Nørrebro');
    expect((await page.freeStarts())[0]).toBe(hub.nextSlot('norrebro'));

    const unknown = await open(hub, '/book?centre=nowhere');
    await unknown.waitForHeading('Hvad drejer din sag sig om?');
    expect(await unknown.mainText()).toContain('Vi kender ikke det center.');
  });

  it('says so when someone else took the last place meanwhile, shows fresh times, and keeps the name and phone', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book');
    await page.chooseService('Pas');
    const start = hub.nextSlot('valby');
    await page.chooseEarliestTime('valby', start);
    await page.fillDetails({ name: 'Anna Hansen', phone: '12345678', cpr: '241180-1235' });
    const other = await hub.request('POST', '/api/city/appointments', { body: { centreId: 'valby', serviceId: 'passport', start, name: 'Quick', phone: '87654321' } });
    expect(other.status).toBe(201);

    await page.submitBooking();
    await page.waitForHeading('Vælg tid');
    expect(await page.notice()).toBe('Tiden blev taget lige før dig. Vælg en anden tid – her er de ledige tider lige nu.');
    const valby = (await page.earliest()).find((centre) => centre.id === 'valby')!;
    expect(valby.times.map((time) => time.start)).not.toContain(start);
    expect(valby.times[0]!.start).toBe(hub.nextSlot('valby', 1));
    await expectAccessible(page, 'time taken');
    await page.screenshot('book-6-taken-da-390');

    await page.chooseEarliestTime('valby', hub.nextSlot('valby', 1));
    // Name and phone are still there; the CPR number is never kept.
    expect(await page.detailValues()).toEqual({ name: 'Anna Hansen', phone: '12345678', email: '', cpr: '' });
    const code = await page.book({});
    expect((await hub.request('GET', `/api/city/appointments/${code}`)).body).toMatchObject({ centreId: 'valby', start: hub.nextSlot('valby', 1) });
  });

  it('shows the hub’s refusal of a field next to that field, and keeps what was typed when the hub cannot be reached', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book');
    await page.chooseService('Pas');
    await page.chooseEarliestTime('amager', hub.nextSlot('amager'));

    // The page's own checks first: nothing is sent.
    await page.submitBooking();
    expect(await page.formErrors()).toEqual(['Skriv dit navn.', 'Skriv et telefonnummer eller en e-mail.']);
    expect(await page.invalidFields()).toEqual(['name', 'phone']);

    // A rule the page does not know (here: the phone number changed on its way): the hub's 400 lands on the field.
    await page.page.route('**/api/city/appointments', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, phone: '12' }) });
    });
    await page.fillDetails({ name: 'Carl Berg', phone: '11223344' });
    await page.submitBooking();
    await page.page.getByTestId('error-phone').waitFor();
    expect(await page.fieldError('phone')).toBe('Skriv et telefonnummer med mindst 8 cifre.');
    expect(await page.invalidFields()).toEqual(['phone']);
    await expectAccessible(page, 'refused field');
    await page.screenshot('book-7-field-error-da-390');
    await page.page.unroute('**/api/city/appointments');

    // The hub unreachable: said plainly, and the form keeps everything, the CPR number too.
    await page.page.route('**/api/city/appointments', (route) => route.abort('internetdisconnected'));
    await page.fillDetails({ cpr: '241180-1235' });
    await page.submitBooking();
    await page.page.getByTestId('booking-failure').waitFor();
    expect(await page.bookingFailure()).toBe('Vi kunne ikke nå bookingsystemet, så tiden er ikke booket endnu. Det, du har skrevet, er gemt her – prøv igen om lidt.');
    expect(await page.detailValues()).toEqual({ name: 'Carl Berg', phone: '11223344', email: '', cpr: '241180-1235' });
    await expectAccessible(page, 'hub unreachable');
    await page.screenshot('book-8-unreachable-da-390');

    await page.page.unroute('**/api/city/appointments');
    await page.submitBooking();
    await page.waitForHeading('Din tid er booket');
    expect((await hub.request('GET', `/api/city/appointments/${await page.bookingCode()}`)).body).toMatchObject({ centreId: 'amager', healthCardCheckIn: true });
  });

  it('finds a booking by its code, moves it at its centre, then cancels it after asking', async () => {
    const hub = await hubWithCentres();
    const start = hub.nextSlot('amager');
    const made = await hub.request('POST', '/api/city/appointments', { body: { centreId: 'amager', serviceId: 'passport', start, name: 'Dorte Lund', phone: '22334455', lang: 'da' } });
    expect(made.status).toBe(201);
    const code: string = made.body.code;

    const page = await open(hub, '/book');
    await page.findBooking(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await page.waitForHeading('Din tid');
    expect(await page.shownCode()).toBe(spaced(code));
    expect(await page.appointmentCentre()).toContain('Borgerservice Amager');
    await expectAccessible(page, 'found booking');
    await page.screenshot('book-9-found-da-390');

    await page.tapLink('Flyt tiden');
    await page.waitForHeading('Flyt din tid');
    expect(await page.freeStarts()).not.toContain(start);
    const tomorrow = dayAfter(hub.today);
    await page.chooseDay(tomorrow);
    const moved = hub.localSlot(tomorrow, 60);
    await page.chooseTime(moved);
    expect(await page.page.getByTestId('new-time').innerText()).toContain('kl. 09.00–09.20');
    await expectAccessible(page, 'move: confirm');
    await page.screenshot('book-10-move-da-390');
    await page.tapButton('Flyt tiden hertil');
    await page.waitForHeading('Din tid er flyttet');
    expect((await hub.request('GET', `/api/city/appointments/${code}`)).body).toMatchObject({ start: moved, centreId: 'amager', status: 'booked' });

    await page.tapButton('Aflys tiden');
    expect(await page.focused()).toBe('h2: Vil du aflyse tiden?');
    await expectAccessible(page, 'cancel question');
    await page.screenshot('book-11-cancel-question-da-390');
    await page.tapButton('Ja, aflys tiden');
    await page.waitForHeading('Tiden er aflyst');
    await expectAccessible(page, 'cancelled');
    await page.screenshot('book-12-cancelled-da-390');
    expect((await hub.request('GET', `/api/city/appointments/${code}`)).body.status).toBe('cancelled');
  });

  it('can be booked with the keyboard alone', async () => {
    const hub = await hubWithCentres();
    const page = await open(hub, '/book');
    await page.waitForHeading('Hvad drejer din sag sig om?');
    await page.tabToAndPress('a: Pas');
    await page.waitForHeading('Vælg tid');
    // The new step's heading has the focus, so a screen reader starts there.
    expect(await page.focused()).toBe('h1: Vælg tid');
    await page.page.locator('.earliest-card').first().waitFor();
    const first = hub.nextSlot('norrebro');
    await page.tabToAndPress(`a: i dag ${clockOf(first)}, Borgerservice Nørrebro`);
    await page.waitForHeading('Dine oplysninger');
    await page.tabToFieldAndType('name', 'Eva Holm');
    await page.tabToFieldAndType('phone', '33445566');
    await page.page.keyboard.press('Enter');
    await page.waitForHeading('Din tid er booket');
    expect((await hub.request('GET', `/api/city/appointments/${await page.bookingCode()}`)).body).toMatchObject({ centreId: 'norrebro', start: first });
  });
});
