import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Outcome } from '@dintur/shared';
import { startTestServer, type TestServer } from '../../support/test-server.js';
import { injectAxe, waitForExpression } from './page-scripts.js';

/** One rule axe-core found broken, with where. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** A unit leader's laptop. */
export const laptop = { width: 1366, height: 768 };

/** Where the screenshots and the PDF of the reports go (outside the repository). */
export const reportShotsDir = '/tmp/shots/reports';


/** A downloaded CSV file: its suggested name, its bytes as text, and its rows split into fields. */
export type CsvDownload = { fileName: string; text: string; rows: string[][] };

/**
 * Splits Danish-Excel CSV (semicolons, CRLF, quoted fields with doubled quotes) into rows. Kept
 * independent of the app's own writer, so a test reading it checks that writer.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ';') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += character;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Page model of the statistics pages of the staff app: the reports page (`/staff/reports`) and the
 * printable evaluation (`/staff/report`), as a unit leader uses them. Tests speak in these terms
 * (choose a period, export a table), not in selectors.
 */
export class ReportsPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly serverUrl: string,
  ) {}

  /** Opens a page of the staff app in a fresh browser context (its own cookies: another PC), signed out. */
  static async open(browser: Browser, serverUrl: string, pagePath: string): Promise<ReportsPage> {
    const context = await browser.newContext({ viewport: laptop, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`reports page error: ${error.message}`));
    await page.goto(`${serverUrl}${pagePath}`);
    return new ReportsPage(context, page, serverUrl);
  }

  /** Signs in on the app's sign-in form, as a leader would. */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Brugernavn').fill(username);
    await this.page.getByLabel('Adgangskode').fill(password);
    await this.page.getByLabel('Adgangskode').press('Enter');
  }

  get status(): Locator {
    return this.page.getByTestId('report-status');
  }

  /** Waits until the figures asked for last are on the page. */
  async waitForFigures(timeoutMs = 10_000): Promise<void> {
    await this.page.locator('[data-testid="report-status"][data-status="ready"]').waitFor({ timeout: timeoutMs });
  }

  /** Types a period into the form and shows it. */
  async choosePeriod(from: string, to: string): Promise<void> {
    await this.page.getByLabel('Fra dato').fill(from);
    await this.page.getByLabel('Til dato').fill(to);
    await this.show();
  }

  async chooseUnit(name: string): Promise<void> {
    await this.page.getByLabel('Enhed', { exact: true }).selectOption({ label: name });
    await this.show();
  }

  private async show(): Promise<void> {
    const before = await this.page.evaluate<string>('location.search');
    await this.page.getByRole('button', { name: 'Vis tal' }).click();
    await waitForExpression(this.page, `location.search !== ${JSON.stringify(before)}`);
    await this.waitForFigures();
  }

  /** The value of a headline figure, as shown ("57 %", "12"). */
  async headline(testId: string): Promise<string> {
    return (await this.page.getByTestId(`headline-${testId}`).locator('.report-headline-value').innerText()).trim();
  }

  /** A table found by its caption. */
  table(caption: string): Locator {
    return this.page.locator('table', { has: this.page.locator('caption', { hasText: new RegExp(`^${caption}$`) }) });
  }

  /** A chart (its SVG), by the chart's id. */
  chart(id: string): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  /** Presses a table's "Hent som CSV" button and reads the file the browser saves. */
  async downloadCsv(caption: string): Promise<CsvDownload> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `Hent som CSV: ${caption}`, exact: true }).click(),
    ]);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    return { fileName: download.suggestedFilename(), text, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
  }

  /** Opens the printable report from its link (a new tab), and waits for its figures. */
  async openPrintable(): Promise<Page> {
    const [printable] = await Promise.all([this.context.waitForEvent('page'), this.page.getByRole('link', { name: /Udskriftsvenlig rapport/ }).click()]);
    await printable.locator('[data-testid="report-status"][data-status="ready"]').waitFor({ state: 'attached', timeout: 10_000 });
    return printable;
  }

  /** Runs axe-core (WCAG A, AA and best practice) on a page and returns the violations. */
  static async accessibilityViolations(page: Page): Promise<AxeViolation[]> {
    await injectAxe(page);
    return page.evaluate<AxeViolation[]>(`
      axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }).then((results) => results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })))
    `);
  }

  /** A screenshot of the whole page (`fullPage`) or of the screen, under /tmp/shots/reports/. */
  static async screenshot(page: Page, name: string, fullPage = false): Promise<string> {
    mkdirSync(reportShotsDir, { recursive: true });
    const file = path.join(reportShotsDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

// Busy days for the reports to show

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator). */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const unitOfService: Record<string, string> = {
  passport: 'borgerservice',
  'health-card': 'borgerservice',
  moving: 'borgerservice',
  information: 'borgerservice',
  pension: 'pension-care',
  'housing-benefit': 'pension-care',
  'social-counselling': 'social-centre',
};
/** Arrivals by service (repeated = more often), and which have a self-service link the kiosk offers. */
const arrivals = ['passport', 'passport', 'moving', 'moving', 'information', 'information', 'health-card', 'pension', 'housing-benefit', 'social-counselling'];
const selfServiceOffered = new Set(['moving', 'information', 'health-card', 'pension', 'housing-benefit']);
/** Citizens arriving per five minutes, by hour: a peak around noon. */
const perFiveMinutes: Record<number, number> = { 10: 1, 11: 2, 12: 3, 13: 2, 14: 1 };
const outcomesInTurn: Outcome[] = ['resolved', 'resolved', 'resolved', 'referred', 'resolved', 'needs-appointment', 'resolved', 'self-service', 'resolved', 'not-resolved'];
const desks = [
  { counterId: 'bs-1', username: 'anna', unitId: 'borgerservice' },
  { counterId: 'bs-3', username: 'bo', unitId: 'borgerservice' },
  { counterId: 'bs-5', username: 'carl', unitId: 'borgerservice' },
  { counterId: 'po-7', username: 'pia', unitId: 'pension-care' },
  { counterId: 'sc-9', username: 'sara', unitId: 'social-centre' },
];

/** What a worked day issued, in all and per unit. */
export type Tally = { issued: number; byUnit: Record<string, number> };

/**
 * A day at the demo centre, 10:00–15:00 local, worked through the API: citizens take numbers
 * (some choose self-service at the kiosk instead), five counters call, finish with outcomes, mark
 * no-shows and transfer; a few give up their place. Counts what it issued.
 */
async function workADay(server: TestServer, day: string, seed: number): Promise<Tally> {
  const post = async (token: string, url: string, body?: unknown) => {
    const response = await server.request('POST', url, { token, ...(body !== undefined && { body }) });
    if (response.status >= 300) throw new Error(`${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const random = seeded(seed);
  const tally: Tally = { issued: 0, byUnit: {} };
  const { context } = server.engine;
  server.clock.set(`${day}T10:00:00+01:00`);
  // Everyone signs in in the morning (a session does not last overnight).
  const tokens = new Map<string, string>();
  for (const desk of desks) tokens.set(desk.username, await server.login(desk.username, `${desk.username}-password`));
  const at = new Map<string, { id: number; serviceId: string; doneAt: number } | null>();
  let handled = 0;
  for (const desk of desks) {
    await post(tokens.get(desk.username)!, `/api/counters/${desk.counterId}/open`);
    at.set(desk.counterId, null);
  }
  for (let minute = 0; minute < 300; minute += 5) {
    server.clock.set(new Date(`${day}T10:00:00+01:00`).getTime() + minute * 60_000);
    const hour = 10 + Math.floor(minute / 60);
    for (let arrival = 0; arrival < (perFiveMinutes[hour] ?? 0); arrival += 1) {
      const serviceId = arrivals[Math.floor(random() * arrivals.length)]!;
      if (selfServiceOffered.has(serviceId)) {
        const choice = random() < 0.3 ? 'self-service' : 'ticket';
        context.transaction(() => context.record({ type: 'kiosk.choice', details: { serviceId, choice, kioskId: 'kiosk-1' } }));
        if (choice === 'self-service') continue;
      }
      const ticket = (await server.request('POST', '/api/tickets', { body: { serviceId } })).body as { id: number; trackingCode: string };
      tally.issued += 1;
      tally.byUnit[unitOfService[serviceId]!] = (tally.byUnit[unitOfService[serviceId]!] ?? 0) + 1;
      if (tally.issued % 17 === 0) await server.request('POST', `/api/track/${ticket.trackingCode}/cancel`);
    }
    for (const desk of desks) {
      const token = tokens.get(desk.username)!;
      const current = at.get(desk.counterId);
      if (current && server.clock.now() < current.doneAt) continue;
      if (current) {
        handled += 1;
        if (handled % 11 === 0) await post(token, `/api/tickets/${current.id}/no-show`);
        else if (current.serviceId === 'information' && handled % 4 === 0) {
          await post(token, `/api/tickets/${current.id}/transfer`, { serviceId: handled % 8 === 0 ? 'pension' : 'housing-benefit', placement: 'original' });
        } else await post(token, `/api/tickets/${current.id}/finish`, { outcome: outcomesInTurn[handled % outcomesInTurn.length] });
      }
      const called = await server.request('POST', `/api/counters/${desk.counterId}/call-next`, { token });
      const ticket = called.status === 200 ? (called.body as { ticket: { id: number; serviceId: string } }).ticket : null;
      at.set(desk.counterId, ticket && { id: ticket.id, serviceId: ticket.serviceId, doneAt: server.clock.now() + (4 + Math.floor(random() * 12)) * 60_000 });
    }
  }
  server.clock.set(`${day}T15:30:00+01:00`);
  for (const desk of desks) {
    const token = tokens.get(desk.username)!;
    const current = at.get(desk.counterId);
    if (current) await post(token, `/api/tickets/${current.id}/finish`, { outcome: 'resolved' });
    await post(token, `/api/counters/${desk.counterId}/close`);
  }
  for (const [channel, count] of [['online', 3], ['agent', 2]] as const) {
    for (let booking = 0; booking < count; booking += 1) {
      context.transaction(() => context.record({ type: 'appointment.booked', details: { serviceId: 'pension', start: `${day}T14:00:00+01:00`, channel } }));
    }
  }
  return tally;
}

/**
 * The demo centre with two worked days (Monday 23 and Tuesday 24 November 2026, the clock left at
 * Tuesday 16:00) and a unit leader, "leder" (password "leder-password"). Close the server after use.
 */
export async function twoBusyDays(): Promise<{ server: TestServer; monday: Tally; tuesday: Tally }> {
  const server = await startTestServer({ time: '2026-11-23T09:00:00+01:00' });
  for (const desk of desks) await server.createStaff(desk.username, 'staff', desk.unitId);
  await server.createStaff('leder', 'manager', 'borgerservice');
  const monday = await workADay(server, '2026-11-23', 7);
  const tuesday = await workADay(server, '2026-11-24', 11);
  server.clock.set('2026-11-24T16:00:00+01:00');
  return { server, monday, tuesday };
}
