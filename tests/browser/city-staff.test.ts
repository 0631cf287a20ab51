/**
 * The city hub's staff pages (`/staff/…`) in Chromium against the real hub (`startHub` of
 * @dintur/city, embedded PostgreSQL): signing in with the hub's session cookie, the live overview
 * of centres with its alert for silent centres, the city's reports (charts named and described in
 * words with the figures the hub answered, CSV made in the browser, a print layout) and
 * registering centres with their keys. Every screen checked with axe-core and photographed at
 * 1366×768 (/tmp/shots/city/). Needs the built pages (`npm run build -w @dintur/city-web`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cityOperations } from '@dintur/shared';
import { browserSuite } from './support/browser-suite.js';
import { hubAdminPassword, startBrowserHub, statusOf, visitsBatch, type BrowserHub } from './support/city-hub.js';
import { CityStaffPage } from './support/city-staff-page.js';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../city-web/dist/index.html');

const suite = browserSuite(() => {
  if (!existsSync(builtIndex)) throw new Error(`The hub's pages are not built (${builtIndex}): run "npm run build -w @dintur/city-web" first.`);
});

/** A hub whose clock reads Tuesday 24 November 2026, 14:00 in Copenhagen, and runs on from there. */
async function startHubAt(time = '2026-11-24T14:00:00+01:00'): Promise<BrowserHub> {
  const hub = await startBrowserHub();
  hub.clock.offsetMs = Date.parse(time) - Date.now();
  suite.closeAfterTest(() => hub.close());
  return hub;
}

async function open(hub: BrowserHub, pagePath: string): Promise<CityStaffPage> {
  const page = await CityStaffPage.open(suite.browser, hub.url, pagePath);
  suite.closeAfterTest(() => page.close());
  return page;
}

async function signedIn(hub: BrowserHub, pagePath: string, heading: string, account = { username: 'admin', password: hubAdminPassword }): Promise<CityStaffPage> {
  const page = await open(hub, pagePath);
  await page.signInForm.waitFor();
  await page.signIn(account.username, account.password);
  await page.waitForHeading(heading);
  return page;
}

/** Every screen passes axe (WCAG A–AAA and best practice) and fits the laptop's width. */
async function expectAccessible(page: CityStaffPage, screen: string): Promise<void> {
  expect(await page.accessibilityViolations(), screen).toEqual([]);
  expect(await page.overflowsHorizontally(), `${screen} is wider than the screen`).toBe(false);
}

describe('signing in to the city’s pages', { timeout: 60_000 }, () => {
  it('asks a visitor to sign in, keeps the session in the hub’s HttpOnly cookie only, and opens a leader the leaders’ pages', async () => {
    const hub = await startHubAt();
    await hub.createAccount('lene', 'manager', 'Lene Leder');
    const page = await open(hub, '/staff/reports?from=2026-11-01&to=2026-11-24');
    await page.signInForm.waitFor();
    expect(await page.heading()).toBe('Log ind');
    expect(await page.focused()).toBe('input: username');
    await expectAccessible(page, 'sign-in');
    await page.screenshot('staff-1-sign-in-1366', false);

    await page.signIn('lene', 'not-the-password');
    await page.page.getByTestId('error-text').waitFor();
    expect(await page.page.getByTestId('error-text').locator('strong').innerText()).toBe('Forkert brugernavn eller adgangskode.');
    expect(await page.focused()).toBe('input: password');
    await expectAccessible(page, 'sign-in refused');

    await page.signIn('lene', 'lene-password');
    await page.waitForHeading('Statistik for hele byen');
    // The page the address asked for, its heading focused for a screen reader.
    expect(new URL(page.page.url()).pathname).toBe('/staff/reports');
    expect(await page.focused()).toBe('h1: Statistik for hele byen');
    expect(await page.sessionCookie()).toEqual({ httpOnly: true, sameSite: 'Strict' });
    expect((await page.storedValues()).join(' ')).not.toMatch(/[A-Za-z0-9_-]{20,}/);
    expect(await page.navigation()).toEqual({ links: ['Overblik', 'Statistik', 'Booking'], current: 'Statistik' });

    await page.navigateByKeyboard('Overblik');
    await page.waitForHeading('Centrene lige nu');
    expect(await page.focused()).toBe('h1: Centrene lige nu');
    expect(await page.navigation()).toEqual({ links: ['Overblik', 'Statistik', 'Booking'], current: 'Overblik' });

    await page.goto('/staff/centres');
    await page.waitForHeading('Du har ikke adgang til denne side.');

    await page.signOut();
    expect(await page.page.locator('.notice').innerText()).toBe('Du er logget ud.');
    // The bare address is the app too; signed out, it asks to sign in.
    await page.goto('/staff');
    await page.signInForm.waitFor();
  });
});

describe('the overview of every centre', { timeout: 60_000 }, () => {
  it('shows each centre’s link live, and alerts leaders by name when a centre open for citizens falls silent', async () => {
    const hub = await startHubAt();
    const keys = {
      valby: await hub.register('valby', 'Borgercenter Valby'),
      norrebro: await hub.register('norrebro', 'Borgerservice Nørrebro'),
      amager: await hub.register('amager', 'Borgerservice Amager'),
    };
    const started = hub.clock.now();
    await hub.putStatus('valby', keys.valby, statusOf('Borgercenter Valby', started, { passport: { waiting: 9, estimate: 25 }, moving: { waiting: 3, estimate: 5 } }));
    await hub.putStatus('norrebro', keys.norrebro, statusOf('Borgerservice Nørrebro', started, { passport: { waiting: 2, estimate: 6 } }));

    const page = await signedIn(hub, '/staff/', 'Centrene lige nu');
    await page.page.getByTestId('centres-table').waitFor();
    const rows = await page.overviewRows();
    expect(rows.map((row) => row.id)).toEqual(['amager', 'valby', 'norrebro']);
    expect(rows[0]!.cells).toEqual(['Borgerservice Amager (amager)', 'Ikke forbundet', 'aldrig', '–', 'ingen endnu', '–', '–']);
    expect(rows[1]!.cells.slice(0, 2)).toEqual(['Borgercenter Valby (valby)', 'Forbundet']);
    expect(rows[1]!.cells[2]).toMatch(/^14:00 \(for \d+ s siden\)$/);
    expect(rows[1]!.cells.slice(5)).toEqual(['Ja', '12']);
    expect(await page.silentAlert()).toEqual({ role: 'alert', heading: null, lines: [] });
    expect(await page.page.locator('.all-linked').innerText()).toBe('Alle åbne centre er forbundet.');
    await expectAccessible(page, 'overview');
    await page.screenshot('staff-2-overview-1366');

    // Three minutes pass at the hub; Valby keeps sending, Nørrebro (open when last heard) says nothing.
    hub.clock.offsetMs += 3 * 60_000;
    await hub.putStatus('valby', keys.valby, statusOf('Borgercenter Valby', hub.clock.now(), { passport: { waiting: 4, estimate: 10 } }));
    await page.waitForSilentAlert('norrebro');
    expect(await page.silentAlert()).toEqual({
      role: 'alert',
      heading: 'Et center er tavst i sin åbningstid',
      lines: ['Borgerservice Nørrebro: intet hørt siden 14:00.'],
    });
    const silentRow = (await page.overviewRows())[0]!;
    expect(silentRow.id).toBe('norrebro');
    expect(silentRow.cells[1]).toBe('Tavs i åbningstiden');
    expect(silentRow.cells[2]).toMatch(/^14:00 \(for 3 min\. siden\)$/);
    await expectAccessible(page, 'overview with a silent centre');
    await page.screenshot('staff-3-overview-silent-1366');
  });
});

type CityReport = ReturnType<typeof cityOperations.stats.response.parse>;

/** A share as the page writes it: a whole percentage, "67 %". */
const percent = (share: number) => `${Math.round(share * 100)} %`;
const danishMonth = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * What the report's charts must say, worked out here from the hub's answer: each chart's name,
 * and its description with every figure (the city's and each centre's), judged against the goal.
 */
function chartsSaying(report: CityReport): { id: string; name: string; description: string }[] {
  const goal = report.firstContactGoal;
  const judged = (share: number) => `${percent(share)}, ${share >= goal ? 'når målet' : 'under målet'}`;
  const measured = report.byCentre.filter((centre) => centre.firstContactResolution !== null);
  const firstContact = [
    `Målet er ${percent(goal)}.`,
    [`Hele byen ${judged(report.total.firstContactResolution!)}`, ...report.byCentre.map((centre) => `${centre.name} ${judged(centre.firstContactResolution!)}`)].join('; ') + '.',
    `${measured.filter((centre) => centre.firstContactResolution! >= goal).length} af ${measured.length} centre når målet.`,
  ].join(' ');
  const withinTarget = [
    'Andelen af ventetiderne, der var inden for centrets eget ventemål.',
    [
      `Hele byen ${percent(report.total.waits.withinTargetShare!)}`,
      ...report.byCentre.map((centre) => `${centre.name} ${percent(centre.waits.withinTargetShare!)} inden for ${centre.waitTargetMinutes} min.`),
    ].join('; '),
  ].join(' ');
  const channelNames = { kiosk: 'kiosk', web: 'web', appointment: 'tidsbestilling', unknown: 'ukendt kanal' } as const;
  const channels = [
    'Hvordan numrene blev taget, som andel af centrets numre.',
    ...report.byCentre.map((centre) => {
      const rows = report.evaluation.filter((row) => row.centreId === centre.centreId);
      const counts = Object.entries(channelNames).map(([channel, name]) => ({ name, count: rows.reduce((sum, row) => sum + row.ticketsByChannel[channel as keyof typeof channelNames], 0) }));
      const total = counts.reduce((sum, entry) => sum + entry.count, 0);
      const used = counts.filter((entry) => entry.count > 0).map((entry) => `${entry.name} ${entry.count} (${percent(entry.count / total)})`);
      return `${centre.name}: ${total} numre, ${used.join(', ')}.`;
    }),
  ].join(' ');
  const charts = [
    { id: 'first-contact', name: 'Løst ved første kontakt pr. center', description: firstContact },
    { id: 'within-target', name: 'Ventetid inden for centrets mål', description: withinTarget },
    { id: 'channels', name: 'Numre efter kanal pr. center', description: channels },
  ];
  const months = [...new Set(report.evaluation.map((row) => row.month))].sort();
  if (months.length > 1) {
    for (const centre of report.byCentre) {
      const spoken = months.map((month) => {
        const share = report.evaluation.find((row) => row.centreId === centre.centreId && row.month === month)!.firstContactResolution!;
        return `i ${danishMonth.format(new Date(`${month}-01T00:00:00Z`))} ${judged(share)}`;
      });
      charts.push({
        id: `first-contact-by-month-${centre.centreId}`,
        name: `Løst ved første kontakt pr. måned: ${centre.name}`,
        description: `Målet er ${percent(goal)}. I${spoken.join('; ').slice(1)}.`,
      });
    }
  }
  return charts;
}

describe('the city’s reports', { timeout: 60_000 }, () => {
  it('shows the whole city and each centre side by side with first contact against the goal, the evaluation per month, a CSV for Excel and a clean print', async () => {
    const hub = await startHubAt();
    const valby = await hub.register('valby', 'Borgercenter Valby');
    const norrebro = await hub.register('norrebro', 'Borgerservice Nørrebro');
    const at = (time: string) => Date.parse(`2026-11-24T${time}:00+01:00`);
    // A few visits in October too, for the evaluation of a period across months.
    const inOctober = (day: string, time: string) => Date.parse(`2026-10-${day}T${time}:00+02:00`);
    await hub.shipEvents(
      'valby',
      valby,
      visitsBatch([
        { serviceId: 'passport', issuedAt: inOctober('06', '09:30'), waitMinutes: 12, outcome: 'resolved', channel: 'appointment' },
        { serviceId: 'moving', issuedAt: inOctober('06', '09:40'), waitMinutes: 25, outcome: 'not-resolved' },
        { serviceId: 'passport', issuedAt: at('10:00'), waitMinutes: 10, outcome: 'resolved' },
        { serviceId: 'passport', issuedAt: at('10:05'), waitMinutes: 20, outcome: 'referred', channel: 'web' },
        { serviceId: 'moving', issuedAt: at('10:10'), waitMinutes: 5, outcome: 'resolved' },
        { serviceId: 'moving', issuedAt: at('10:20'), waitMinutes: 30, noShow: true },
      ]),
    );
    await hub.shipEvents(
      'norrebro',
      norrebro,
      visitsBatch([
        { serviceId: 'passport', issuedAt: inOctober('20', '13:00'), waitMinutes: 3, outcome: 'resolved', channel: 'web' },
        { serviceId: 'passport', issuedAt: at('11:00'), waitMinutes: 4, outcome: 'resolved', serviceMinutes: 12 },
        { serviceId: 'passport', issuedAt: at('11:02'), waitMinutes: 6, outcome: 'resolved', serviceMinutes: 6 },
      ]),
    );

    const page = await signedIn(hub, '/staff/reports?from=2026-11-24&to=2026-11-24', 'Statistik for hele byen');
    await page.waitForReport();
    expect(await page.reportStatus()).toBe('Periode: 24. november 2026. Beregnet 24. november 2026 kl. 14.00.');
    const comparison = await page.tableRows('comparison-table');
    expect(comparison.map((row) => row.slice(0, 4))).toEqual([
      ['Hele byen', '6', '5', '1'],
      ['Borgercenter Valby', '4', '3', '1'],
      ['Borgerservice Nørrebro', '2', '2', '0'],
    ]);
    // What the page says is what the hub answered.
    const answer = await hub.request('GET', '/api/city/stats?from=2026-11-24&to=2026-11-24', { token: hub.adminToken });
    const report = cityOperations.stats.response.parse(answer.body);
    const valbyFigures = report.byCentre.find((centre) => centre.centreId === 'valby')!;
    const minutes = (value: number | null) => (value === null ? '–' : String(Number(value.toFixed(1))).replace('.', ','));
    expect(comparison[1]!.slice(4, 10)).toEqual([
      minutes(valbyFigures.waits.median),
      minutes(valbyFigures.waits.p90),
      '20',
      `${Math.round(valbyFigures.waits.withinTargetShare! * 100)} %`,
      minutes(valbyFigures.serviceTimes.median),
      minutes(valbyFigures.serviceTimes.p90),
    ]);
    expect(comparison.map((row) => row[10])).toEqual(['80 % (når målet)', '67 % (under målet)', '100 % (når målet)']);
    expect(await page.tableHeaders('comparison-table')).toContain('Løst ved første kontakt (mål 80 %)');

    const evaluation = await page.tableRows('evaluation-table');
    expect(evaluation).toEqual([
      ['Borgerservice Nørrebro', 'november 2026', '2', '0', '0', '0', '0', '0', '0', '2', '2', '2', '100 %', '2', '2', '100 %'],
      ['Borgercenter Valby', 'november 2026', '3', '1', '0', '0', '0', '0', '0', '4', '3', '2', '67 %', '4', '3', '75 %'],
    ]);
    // The charts: each named, and saying in words the figures the hub answered.
    expect(await page.charts()).toEqual(chartsSaying(report));
    await expectAccessible(page, 'reports');
    await page.screenshot('staff-4-reports-1366');

    const csv = await page.downloadCsv(/^Hent som CSV \(tabellen Hele byen og hvert center/);
    expect(csv.name).toBe('dintur-by-sammenligning-2026-11-24-til-2026-11-24.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Center;Numre taget;Betjent;Udeblevet;Ventetid, median (min.);Ventetid, 90 % (min.);Ventemål (min.);Inden for ventemålet;Betjening, median (min.);Betjening, 90 % (min.);Løst ved første kontakt (mål 80 %);Data til og med',
    );
    expect(lines[1]!.split(';').slice(0, 4)).toEqual(['Hele byen', '6', '5', '1']);
    expect(lines[2]!.split(';')[10]).toBe('66,7');
    const evaluationCsv = await page.downloadCsv(/^Hent som CSV \(tabellen Evaluering/);
    expect(evaluationCsv.text.slice(1).split('\r\n')[0]).toContain('Numre efter kanal: Kiosk;Numre efter kanal: Web;');

    // Printed: the figures only.
    expect(await page.hiddenInPrint(['.top-bar', '.report-filters', '.csv-button', '.skip-link'])).toEqual({
      '.top-bar': true,
      '.report-filters': true,
      '.csv-button': true,
      '.skip-link': true,
    });
    expect(await page.hiddenInPrint(['.chart'])).toEqual({ '.chart': false });
    await page.printToPdf('staff-5-reports-print');

    // A period across two months: first contact month by month as well.
    await page.showPeriod('2026-10-01', '2026-11-24');
    const twoMonths = cityOperations.stats.response.parse((await hub.request('GET', '/api/city/stats?from=2026-10-01&to=2026-11-24', { token: hub.adminToken })).body);
    expect(twoMonths.evaluation.map((row) => row.month)).toEqual(['2026-10', '2026-11', '2026-10', '2026-11']);
    const charts = await page.charts();
    expect(charts.map((chart) => chart.id)).toEqual(['first-contact', 'within-target', 'channels', 'first-contact-by-month-valby', 'first-contact-by-month-norrebro']);
    expect(charts).toEqual(chartsSaying(twoMonths));
    await expectAccessible(page, 'reports across two months');
    await page.screenshot('staff-5a-reports-months-1366');
    await page.screenshot('staff-5b-reports-months-1366-first-screen', false);
    await page.printToPdf('staff-5c-reports-months-print');

    // A month without visitors: every chart says so in words.
    await page.showPeriod('2026-09-01', '2026-09-30');
    expect(await page.charts()).toEqual([
      { id: 'first-contact', name: 'Løst ved første kontakt pr. center', description: 'Ingen data i perioden.' },
      { id: 'within-target', name: 'Ventetid inden for centrets mål', description: 'Ingen data i perioden.' },
      { id: 'channels', name: 'Numre efter kanal pr. center', description: 'Ingen data i perioden.' },
    ]);
    await expectAccessible(page, 'reports without visitors');
    await page.screenshot('staff-5d-reports-empty-1366');

    // A period that cannot be: said next to the field, and nothing is asked of the hub.
    await page.showPeriod('2026-11-30', '2026-11-01', { expectRefusal: true });
    expect(await page.fieldProblem('to')).toBe('Slutdatoen ligger før startdatoen.');
    expect(await page.invalidFields()).toEqual(['to']);
    expect(await page.focused()).toBe('input: to');
    await expectAccessible(page, 'reports: a period refused');
    await page.screenshot('staff-6-reports-refused-1366', false);
  });
});

describe('registering centres', { timeout: 60_000 }, () => {
  it('registers a centre by keyboard and shows its key once, with a copy button and the three lines its server needs', async () => {
    const hub = await startHubAt();
    const page = await signedIn(hub, '/staff/centres', 'Centre og nøgler');
    expect(await page.navigation()).toEqual({ links: ['Overblik', 'Statistik', 'Centre', 'Booking'], current: 'Centre' });
    await expectAccessible(page, 'centres, none yet');

    await page.registerCentre('valby', 'Borgercenter Valby');
    const shown = await page.shownKey();
    expect(await page.focused()).toBe('h2: Nøgle til Borgercenter Valby');
    expect(shown.centreId).toBe('valby');
    expect(shown.envLines).toEqual([`DINTUR_CITY_URL=${hub.url}`, 'DINTUR_CITY_CENTRE_ID=valby', `DINTUR_CITY_KEY=${shown.key}`]);
    expect(await page.copyWithKeyboard('Kopiér nøglen')).toBe(shown.key);
    expect(await page.copyWithKeyboard('Kopiér de tre linjer')).toBe(shown.envLines.join('\n'));
    await expectAccessible(page, 'centres: the key shown');
    await page.screenshot('staff-7-centres-key-1366');

    // The key is the centre's: its status is taken, and the list shows it linked.
    await hub.putStatus('valby', shown.key, statusOf('Borgercenter Valby', hub.clock.now(), { passport: { waiting: 1, estimate: 2 } }));
    await page.page.locator('[data-testid="registered-centres"] tr[data-centre="valby"][data-linked="true"]').waitFor({ timeout: 12_000 });

    await page.doneWithKey();
    expect(await page.page.content()).not.toContain(shown.key);
    expect(await page.focused()).toBe('input: id');

    // Renewing: asked first; the old key stops working, the new one works.
    await page.renewKey('Borgercenter Valby');
    const renewed = await page.shownKey();
    expect(renewed.key).not.toBe(shown.key);
    expect((await hub.request('PUT', '/api/centres/valby/status', { token: shown.key, body: statusOf('Borgercenter Valby', hub.clock.now(), {}) })).status).toBe(401);
    await hub.putStatus('valby', renewed.key, statusOf('Borgercenter Valby', hub.clock.now(), {}));
    await page.doneWithKey();
    expect(await page.focused()).toBe('button: Forny nøgle til Borgercenter Valby');
  });

  it('says next to the field what the hub refused: a taken id, an id it cannot use, a missing name', async () => {
    const hub = await startHubAt();
    await hub.register('valby', 'Borgercenter Valby');
    const page = await signedIn(hub, '/staff/centres', 'Centre og nøgler');
    await page.page.getByTestId('registered-centres').waitFor();

    await page.registerCentre('valby', 'Et andet center');
    await page.page.getByTestId('problem-id').waitFor();
    expect(await page.fieldProblem('id')).toBe('⚠ Det id er allerede taget af et andet center.'.slice(2));
    expect(await page.invalidFields()).toEqual(['id']);
    expect(await page.focused()).toBe('input: id');
    await expectAccessible(page, 'centres: id taken');
    await page.screenshot('staff-8-centres-id-taken-1366', false);

    await page.registerCentre('Valby X', '');
    await page.page.getByTestId('problem-name').waitFor();
    // Said in Danish at the field, without the hub's English.
    expect(await page.fieldProblem('id')).toMatch(/^Brug små bogstaver, tal og bindestreg/);
    expect(await page.fieldProblem('id')).not.toMatch(/Serverens besked|lower-case/);
    expect(await page.fieldProblem('name')).toMatch(/^Skriv centrets navn/);
    expect(await page.invalidFields()).toEqual(['id', 'name']);
    expect(await page.focused()).toBe('input: id');
    await expectAccessible(page, 'centres: fields refused');
    await page.screenshot('staff-9-centres-invalid-1366', false);
    expect((await page.registeredCentres()).map((row) => row[1])).toEqual(['valby']);
  });
});
