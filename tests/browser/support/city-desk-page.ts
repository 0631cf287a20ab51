import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { accessibilityViolationsOf, focusedElementOf } from './axe.js';
import { laptop } from './city-staff-page.js';
import { cityShotsDir } from './city-waits-page.js';
import type { AxeViolation } from './display-page.js';

/** A free time as the desk shows it: "tirsdag 24. november · Borgerservice Nørrebro · Pas · 09:15". */
export type ShownTime = string;

/** A booking as a list of the desk shows it. */
export type ShownBooking = { code: string; status: string; cells: string[] };

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const fieldLabels = { name: 'Borgerens navn', phone: 'Telefon', email: 'E-mail', cpr: 'CPR-nummer (valgfrit)' } as const;

/**
 * Page model of the hub's booking desk (`/staff/bookings`) as a contact-centre agent uses it on a
 * 1366×768 laptop: free times at every centre, booking for a caller, finding, moving and
 * cancelling, and a centre's day list. Selectors stay here. In-page code is passed as strings:
 * the tests are type-checked for Node, without the DOM's types.
 */
export class CityDeskPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly hubUrl: string,
  ) {}

  /** Opens `pagePath` in a fresh browser context (another PC) and signs in there with the form. */
  static async signIn(browser: Browser, hubUrl: string, username: string, password: string, pagePath = '/staff/'): Promise<CityDeskPage> {
    const context = await browser.newContext({ viewport: laptop, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    // axe-core comes with every document as an init script: the hub's Content-Security-Policy
    // (script-src 'self') stays in force for the desk and would refuse a script tag added later.
    await context.addInitScript({ path: axeScriptPath });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) console.error(`booking desk CSP: ${message.text()}`);
    });
    page.on('pageerror', (error) => console.error(`booking desk page error: ${error.message}`));
    await page.goto(`${hubUrl}${pagePath}`);
    await page.locator('form.sign-in-card').waitFor();
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByLabel('Adgangskode').press('Enter');
    return new CityDeskPage(context, page, hubUrl);
  }

  async goto(pagePath: string): Promise<void> {
    await this.page.goto(`${this.hubUrl}${pagePath}`);
  }

  async waitForHeading(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    await this.page.locator('h1', { hasText: text }).waitFor({ timeout: timeoutMs });
  }

  async waitForDesk(): Promise<void> {
    await this.waitForHeading('Booking på alle centre');
    await this.freeTimesPanel.getByRole('button', { name: 'Søg ledige tider' }).waitFor();
  }

  /** The main navigation's links, and which is the current page. */
  async navigation(): Promise<{ links: string[]; current: string | null }> {
    const nav = this.page.getByRole('navigation', { name: 'Hovedmenu' });
    const links = (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
    const current = nav.locator('[aria-current="page"]');
    return { links, current: (await current.count()) > 0 ? (await current.innerText()).trim() : null };
  }

  /** Follows a link of the main navigation with the keyboard: focus it, press Enter. */
  async navigateByKeyboard(name: string): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name });
    await link.focus();
    await link.press('Enter');
  }

  /** What has the focus, as the staff pages' tests say it ("h1: Booking på alle centre"). */
  focusedElement(): Promise<string> {
    return focusedElementOf(this.page);
  }

  get freeTimesPanel(): Locator {
    return this.page.getByTestId('free-times');
  }

  get searchPanel(): Locator {
    return this.page.getByTestId('appointment-search');
  }

  get dayListPanel(): Locator {
    return this.page.getByTestId('day-list');
  }

  dialog(name: 'Book tid' | 'Flyt tid' | 'Aflys tid'): Locator {
    return this.page.getByRole('dialog', { name });
  }

  // Free times

  /** Ticks services and centres by their names, sets the days, and searches. */
  async findFreeTimes(options: { services?: string[]; centres?: string[]; from?: string; days?: number } = {}): Promise<void> {
    for (const name of options.services ?? []) await this.freeTimesPanel.getByRole('group', { name: /^Ydelser/ }).getByRole('checkbox', { name, exact: true }).check();
    for (const name of options.centres ?? []) await this.freeTimesPanel.getByRole('group', { name: /^Centre/ }).getByRole('checkbox', { name, exact: true }).check();
    if (options.from) await this.freeTimesPanel.getByLabel('Fra dato').fill(options.from);
    if (options.days) await this.freeTimesPanel.getByLabel('Antal dage').selectOption(String(options.days));
    const answer = this.page.waitForResponse((response) => new URL(response.url()).pathname === '/api/city/slots');
    await this.freeTimesPanel.getByRole('button', { name: 'Søg ledige tider' }).click();
    await answer;
    await this.freeTimesPanel.locator('[data-testid="free-results"]').waitFor();
  }

  /** The sentence above the free times ("… ledige tider på 3 dage på 2 centre."). */
  async freeSummary(): Promise<string> {
    return (await this.page.getByTestId('free-summary').innerText()).trim();
  }

  /** The free times shown (the first of each service, centre and day until "more"), as day · centre · service · time. */
  async freeTimes(): Promise<ShownTime[]> {
    return this.page.evaluate<ShownTime[]>(`[...document.querySelectorAll('[data-testid="free-results"] .free-day')].flatMap((day) =>
      [...day.querySelectorAll('.centre-times')].flatMap((centre) =>
        [...centre.querySelectorAll('.service-times')].flatMap((group) =>
          [...group.querySelectorAll('.slot-button')].map((button) => [
            day.querySelector('h4').textContent.trim(),
            centre.querySelector('h5').textContent.trim(),
            group.querySelector('.service-times-name').firstChild.textContent.trim(),
            button.firstChild.textContent.trim(),
          ].join(' · ')))))`);
  }

  /** The groups of free times shown: date, centre id and service id of each. */
  async freeGroups(): Promise<{ date: string; centreId: string; serviceId: string }[]> {
    return this.page.evaluate(`[...document.querySelectorAll('[data-testid="free-results"] .free-day')].flatMap((day) =>
      [...day.querySelectorAll('.centre-times')].flatMap((centre) =>
        [...centre.querySelectorAll('.service-times')].map((group) => ({
          date: day.getAttribute('data-date'),
          centreId: centre.getAttribute('data-centre'),
          serviceId: group.getAttribute('data-service'),
        }))))`);
  }

  /** The free time's button of a service at a centre by its start (ISO). */
  slotButton(centreId: string, serviceId: string, start: string): Locator {
    return this.page.locator(`[data-testid="free-results"] .centre-times[data-centre="${centreId}"] .service-times[data-service="${serviceId}"] .slot-button[data-start="${start}"]`);
  }

  /** The starts of the free times shown for a service at a centre, in order. */
  async shownStarts(centreId: string, serviceId: string): Promise<string[]> {
    return this.page
      .locator(`[data-testid="free-results"] .centre-times[data-centre="${centreId}"] .service-times[data-service="${serviceId}"] .slot-button`)
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-start') ?? ''));
  }

  async chooseTime(centreId: string, serviceId: string, start: string): Promise<void> {
    await this.slotButton(centreId, serviceId, start).click();
    await this.dialog('Book tid').waitFor();
  }

  // Booking

  /** Types the caller's details into the open booking dialog. */
  async fillCaller(details: Partial<Record<keyof typeof fieldLabels, string>>): Promise<void> {
    const dialog = this.dialog('Book tid');
    for (const [field, value] of Object.entries(details) as [keyof typeof fieldLabels, string | undefined][]) {
      if (value !== undefined) await dialog.getByLabel(fieldLabels[field], { exact: true }).fill(value);
    }
  }

  /** Presses "Book tiden" and returns the hub's answer to the booking. */
  async confirmBooking(): Promise<Response> {
    const answer = this.page.waitForResponse((response) => new URL(response.url()).pathname === '/api/city/appointments' && response.request().method() === 'POST');
    await this.dialog('Book tid').getByRole('button', { name: 'Book tiden' }).click();
    return answer;
  }

  /** The messages the open dialog shows by its fields. */
  async dialogErrors(): Promise<string[]> {
    return (await this.page.getByRole('dialog').locator('.field-error').allInnerTexts()).map((line) => line.replace(/^⚠\s*/, '').trim());
  }

  get bookedPanel(): Locator {
    return this.page.getByTestId('booked-panel');
  }

  /** The booking just made as the panel shows it: what, the code as read out, and its data-code. */
  async booked(): Promise<{ summary: string; shownCode: string; code: string | null; spelled: string }> {
    await this.bookedPanel.waitFor();
    return {
      summary: (await this.page.getByTestId('booked-summary').innerText()).trim(),
      shownCode: (await this.bookedPanel.locator('.booked-code').innerText()).trim(),
      code: await this.bookedPanel.locator('.booked-code').getAttribute('data-code'),
      spelled: (await this.bookedPanel.locator('.booked-spelled').innerText()).trim(),
    };
  }

  // Finding, moving, cancelling

  /** Searches by code, name or phone (optionally at one centre) and waits for the answer. */
  async search(query: string, centre?: string): Promise<void> {
    await this.searchPanel.getByLabel('Kode, navn eller telefon').fill(query);
    if (centre) await this.searchPanel.getByLabel('Center').selectOption({ label: centre });
    const answer = this.page.waitForResponse((response) => new URL(response.url()).pathname === '/api/city/appointments' && response.request().method() === 'GET');
    await this.searchPanel.getByLabel('Kode, navn eller telefon').press('Enter');
    await answer;
    await this.searchPanel.locator('[data-testid="appointment-table"], [data-testid="no-appointments"]').first().waitFor();
  }

  /** The rows of a list: "appointment-table" (search) or "day-list-table". */
  async bookings(testId: 'appointment-table' | 'day-list-table'): Promise<ShownBooking[]> {
    // innerText: the lines of a cell (time, service, centre) apart, as they are seen.
    return this.page.evaluate<ShownBooking[]>(`[...document.querySelectorAll('[data-testid="${testId}"] tbody tr')].map((row) => ({
      code: row.getAttribute('data-code') ?? '',
      status: row.getAttribute('data-status') ?? '',
      cells: [...row.querySelectorAll('th, td')].map((cell) => cell.innerText.trim().replace(/\\s+/g, ' ')),
    }))`);
  }

  /** Opens the move dialog of a booking in the search results. */
  async openMove(code: string): Promise<Locator> {
    await this.searchPanel.locator(`tr[data-code="${code}"]`).getByRole('button', { name: /^Flyt / }).click();
    const dialog = this.dialog('Flyt tid');
    await dialog.locator('input[type="radio"]').first().waitFor();
    return dialog;
  }

  /** The new times the open move dialog offers (ISO starts). */
  async moveChoices(): Promise<string[]> {
    return this.dialog('Flyt tid').locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('value') ?? ''));
  }

  async confirmMove(start: string): Promise<void> {
    const dialog = this.dialog('Flyt tid');
    await dialog.locator(`input[type="radio"][value="${start}"]`).check();
    await dialog.getByRole('button', { name: /^Flyt til / }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async openCancel(code: string, panel: Locator = this.searchPanel): Promise<Locator> {
    await panel.locator(`tr[data-code="${code}"]`).getByRole('button', { name: /^Aflys / }).click();
    const dialog = this.dialog('Aflys tid');
    await dialog.waitFor();
    return dialog;
  }

  async confirmCancel(): Promise<void> {
    const dialog = this.dialog('Aflys tid');
    await dialog.getByRole('button', { name: 'Aflys tiden' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The line a list shows after moving or cancelling. */
  async doneMessage(panel: Locator = this.searchPanel): Promise<string> {
    return (await panel.getByTestId('done-message').innerText()).trim();
  }

  // The day list

  async showDayList(centre: string, date: string): Promise<void> {
    await this.dayListPanel.getByLabel('Center').selectOption({ label: centre });
    await this.dayListPanel.getByLabel('Dato').fill(date);
    const answer = this.page.waitForResponse((response) => new URL(response.url()).pathname === '/api/city/appointments' && response.request().method() === 'GET');
    await this.dayListPanel.getByRole('button', { name: 'Vis dagslisten' }).click();
    await answer;
    await this.dayListPanel.locator('[data-testid="day-list-table"], [data-testid="day-list-empty"]').first().waitFor();
  }

  async dayListCaption(): Promise<string> {
    return (await this.dayListPanel.locator('caption').innerText()).trim();
  }

  // The keyboard

  /**
   * What has the keyboard focus, as "tag[type]: label": a form field by its label, a button by
   * its name ("button[button]: 09:15, Pas, Borgerservice Nørrebro, …"), else its text.
   */
  async focused(): Promise<string> {
    return this.page.evaluate<string>(`(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'body';
      const label = element.labels && element.labels[0] ? element.labels[0].textContent : element.getAttribute('aria-label') || element.textContent || '';
      const type = element.tagName === 'INPUT' || element.tagName === 'BUTTON' ? element.type : '';
      return element.tagName.toLowerCase() + (type ? '[' + type + ']' : '') + ': ' + label.trim().replace(/\\s+/g, ' ');
    })()`);
  }

  /** Presses Tab until the focused element's description matches (at most `limit` times); returns it. */
  async tabTo(target: RegExp, limit = 80): Promise<string> {
    for (let presses = 0; presses < limit; presses++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.focused();
      if (target.test(focused)) return focused;
    }
    throw new Error(`Tab never reached ${target} (last: ${await this.focused()})`);
  }

  /** The focused element's test id, or null. */
  async focusedTestId(): Promise<string | null> {
    return this.page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null');
  }

  // Checks

  accessibilityViolations(): Promise<AxeViolation[]> {
    return accessibilityViolationsOf(this.page);
  }

  /** Whether the page is wider than the laptop's screen. */
  async overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
  }

  /** The visible text of the whole page (dialogs included). */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** A PNG of the screen (or the whole page) under /tmp/shots/city/. */
  async screenshot(name: string, fullPage = false): Promise<string> {
    mkdirSync(cityShotsDir, { recursive: true });
    const file = path.join(cityShotsDir, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled', fullPage });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
