import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AxeViolation } from './display-page.js';
import { injectAxe } from './page-scripts.js';

/** The contact-centre agent's laptop. */
export const agentScreen = { width: 1366, height: 768 };


/**
 * Page model of the booking desk (`/staff/bookings`) as a contact-centre agent uses it: find free
 * times, book for a caller, find a booking and move or cancel it. In-page code is passed as
 * strings: the tests are type-checked for Node, without the DOM's types.
 */
export class BookingDeskPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens the staff app at /staff/bookings and signs in through its form. */
  static async signIn(browser: Browser, serverUrl: string, username: string, password: string): Promise<BookingDeskPage> {
    const context = await browser.newContext({ viewport: agentScreen, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`booking desk page error: ${error.message}`));
    await page.goto(`${serverUrl}/staff/bookings`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByLabel('Adgangskode').press('Enter');
    const desk = new BookingDeskPage(context, page);
    await page.locator('h1', { hasText: 'Booking' }).waitFor();
    return desk;
  }

  get freeTimesPanel(): Locator {
    return this.page.locator('section.booking-panel').filter({ has: this.page.getByRole('heading', { name: 'Find ledige tider' }) });
  }

  get searchPanel(): Locator {
    return this.page.locator('section.booking-panel').filter({ has: this.page.getByRole('heading', { name: 'Find booking' }) });
  }

  /** Ticks services by their Danish names, sets the day range, and searches (by keyboard: Enter). */
  async findFreeTimes(options: { services?: string[]; from?: string; days?: number } = {}): Promise<void> {
    for (const name of options.services ?? []) await this.freeTimesPanel.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
    if (options.from) await this.freeTimesPanel.getByLabel('Fra dato').fill(options.from);
    if (options.days) await this.freeTimesPanel.getByLabel('Antal dage').selectOption(String(options.days));
    await this.freeTimesPanel.getByRole('button', { name: 'Søg ledige tider' }).press('Enter');
    await this.page.getByTestId('free-results').waitFor();
  }

  /** The free times shown: "tirsdag 24. november · Pas · 11:15". */
  async freeTimes(): Promise<string[]> {
    await this.page.getByTestId('free-results').waitFor();
    return this.page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="free-results"] .free-day')].flatMap((day) =>
      [...day.querySelectorAll('.service-times')].flatMap((group) =>
        [...group.querySelectorAll('.slot-button')].map((button) =>
          day.querySelector('h4').textContent + ' · ' + group.querySelector('.service-times-name').firstChild.textContent.trim() + ' · ' + button.firstChild.textContent)))`);
  }

  /** Chooses a free time by its start (ISO) and the service's id. */
  async chooseTime(serviceId: string, start: string): Promise<void> {
    await this.page.locator(`.service-times[data-service="${serviceId}"] .slot-button[data-start="${start}"]`).first().click();
    await this.page.getByRole('dialog', { name: 'Book tid' }).waitFor();
  }

  /** Fills the booking dialog as typed from the call and books; returns the code shown to read out. */
  async bookForCaller(details: { name?: string; phone?: string; email?: string; cpr?: string }): Promise<string> {
    const dialog = this.page.getByRole('dialog', { name: 'Book tid' });
    const labels = { name: 'Borgerens navn', phone: 'Telefon', email: 'E-mail', cpr: 'CPR-nummer (valgfrit)' } as const;
    for (const [field, value] of Object.entries(details) as [keyof typeof labels, string | undefined][]) {
      if (value !== undefined) await dialog.getByLabel(labels[field], { exact: true }).fill(value);
    }
    await dialog.getByRole('button', { name: 'Book tiden' }).click();
    await this.page.getByTestId('booked-panel').waitFor();
    return (await this.page.locator('.booked-code').getAttribute('data-code')) ?? '';
  }

  /** The messages the open booking dialog shows by its fields. */
  async dialogErrors(): Promise<string[]> {
    return (await this.page.getByRole('dialog').locator('.field-error').allInnerTexts()).map((line) => line.replace(/^⚠\s*/, '').trim());
  }

  async searchBookings(query: string, date?: string): Promise<void> {
    await this.searchPanel.getByLabel('Kode, navn eller telefon').fill(query);
    if (date) await this.searchPanel.getByLabel('Dato (valgfri)').fill(date);
    await this.searchPanel.getByLabel('Kode, navn eller telefon').press('Enter');
    await this.searchPanel.locator('[data-testid="appointment-table"], .notice').first().waitFor();
  }

  /** The rows of the search results: code → name and status. */
  async bookings(): Promise<{ code: string; name: string; status: string }[]> {
    return this.page.evaluate<{ code: string; name: string; status: string }[]>(`[...document.querySelectorAll('[data-testid="appointment-table"] tbody tr')].map((row) => ({
      code: row.getAttribute('data-code'),
      name: row.children[1].textContent.trim(),
      status: row.children[4].firstChild.textContent.trim(),
    }))`);
  }

  /** Moves a booking from the results to another free time (radio by start, then confirm). */
  async moveBooking(code: string, start: string): Promise<void> {
    await this.searchPanel.locator(`tr[data-code="${code}"]`).getByRole('button', { name: /^Flyt / }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Flyt tid' });
    await dialog.locator(`input[type="radio"][value="${start}"]`).check();
    await dialog.getByRole('button', { name: /^Flyt til / }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async cancelBooking(code: string): Promise<void> {
    await this.searchPanel.locator(`tr[data-code="${code}"]`).getByRole('button', { name: /^Aflys / }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Aflys tid' });
    await dialog.getByRole('button', { name: 'Aflys tiden' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** What the app last told screen readers (the newest message of its polite live region). */
  async lastAnnouncement(): Promise<string> {
    const messages = await this.page.getByTestId('announcer-polite').locator('p').allInnerTexts();
    return (messages.at(-1) ?? (await this.page.getByTestId('announcer-polite').innerText())).trim();
  }

  async accessibilityViolations(): Promise<AxeViolation[]> {
    await injectAxe(this.page);
    return this.page.evaluate<AxeViolation[]>(`
      axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }).then((results) => results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })))
    `);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled' });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
