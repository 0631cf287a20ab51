import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolationsOf, focusedElementOf } from './axe.js';
import { cityShotsDir, phone } from './city-waits-page.js';
import type { AxeViolation } from './display-page.js';

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A centre's card among the earliest free times. */
export type EarliestCentre = {
  id: string;
  name: string;
  /** Each time as shown ("i dag 09.15") and its start. */
  times: { text: string; start: string }[];
};

export type ContactDetails = { name?: string; phone?: string; email?: string; cpr?: string };

/**
 * Page model of the hub's booking pages (`/book`) on a citizen's phone: choose a service, a time
 * among the earliest across centres or at one centre, give details, keep the code; find, move
 * and cancel a booking. Tests speak in what a citizen does and sees; selectors stay here.
 * In-page code is passed as strings: the tests are type-checked for Node, without the DOM's types.
 */
export class CityBookPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens `pagePath` of the hub in a fresh phone-sized browser context (a Danish phone unless `locale` says otherwise). */
  static async open(browser: Browser, hubUrl: string, pagePath: string, options: { locale?: string; timezoneId?: string } = {}): Promise<CityBookPage> {
    const context = await browser.newContext({
      viewport: phone,
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: options.locale ?? 'da-DK',
      timezoneId: options.timezoneId ?? 'Europe/Copenhagen',
      baseURL: hubUrl,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`book page error: ${error.message}`));
    // axe-core comes with every document as an init script: the hub's Content-Security-Policy
    // (script-src 'self') stays in force for the page and refuses a script tag added later.
    await page.addInitScript({ path: axeScriptPath });
    await page.goto(pagePath);
    return new CityBookPage(context, page);
  }

  async headingText(): Promise<string> {
    return (await this.page.locator('h1').innerText()).trim();
  }

  async waitForHeading(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    await this.page.locator('h1', { hasText: text }).waitFor({ timeout: timeoutMs });
  }

  /** The text of the page's main area, to check what it does not say (a CPR number). */
  async mainText(): Promise<string> {
    return this.page.locator('main').innerText();
  }

  // Step 1

  /** The services to choose from, as listed: id, name and the detail shown with it. */
  async services(): Promise<{ id: string; name: string; detail: string }[]> {
    await this.page.locator('.choice[data-service]').first().waitFor();
    return this.page.locator('.choice[data-service]').evaluateAll((links) =>
      links.map((link) => ({
        id: link.getAttribute('data-service') ?? '',
        name: link.querySelector('.choice-title')?.textContent?.trim() ?? '',
        detail: link.querySelector('.choice-detail')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Taps a service by its name. */
  async chooseService(name: string): Promise<void> {
    await this.page.locator('.choice[data-service]', { has: this.page.locator('.choice-title', { hasText: new RegExp(`^${name}$`) }) }).tap();
    await this.page.locator('.step-label', { hasText: /2/ }).waitFor();
  }

  /** The lead that names the preselected centre, or null. */
  async chosenCentre(): Promise<string | null> {
    const lead = this.page.getByTestId('chosen-centre');
    return (await lead.count()) > 0 ? (await lead.first().innerText()).trim() : null;
  }

  // Step 2: the earliest times across centres

  /** The centres with their earliest free times, in the order shown (waits for them). */
  async earliest(): Promise<EarliestCentre[]> {
    await this.page.locator('.earliest-card, .earliest-list + *, section .panel').first().waitFor();
    return this.page.locator('.earliest-card').evaluateAll((cards) =>
      cards.map((card) => ({
        id: card.getAttribute('data-centre') ?? '',
        name: card.querySelector('h3')?.textContent?.trim() ?? '',
        times: [...card.querySelectorAll('a.time')].map((link) => ({
          text: [...link.querySelectorAll('.time-day, .time-clock')].map((part) => part.textContent?.trim() ?? '').join(' '),
          start: link.getAttribute('data-start') ?? '',
        })),
      })),
    );
  }

  /** Taps a time in a centre's card of the earliest times. */
  async chooseEarliestTime(centreId: string, start: string): Promise<void> {
    await this.page.locator(`.earliest-card[data-centre="${centreId}"] a.time[data-start="${start}"]`).tap();
    await this.page.locator('form.contact-form').waitFor();
  }

  /** Taps a centre under "or choose a centre". */
  async chooseCentre(name: string): Promise<void> {
    await this.page.locator('.centre-choice .choice', { hasText: name }).tap();
    await this.page.locator('.day-strip').waitFor();
  }

  // Step 2: one centre's days and times

  /** The free times shown for the chosen day, as written ("09.15"), once they are there. */
  async freeTimes(): Promise<string[]> {
    await this.page.locator('.time-step .time-grid, .time-step section .panel').first().waitFor();
    return (await this.page.locator('.time-step .time-clock').allInnerTexts()).map((text) => text.trim());
  }

  /** The starts (ISO) of the free times shown for the chosen day. */
  async freeStarts(): Promise<string[]> {
    await this.page.locator('.time-step .time-grid, .time-step section .panel').first().waitFor();
    return this.page.locator('.time-step a.time').evaluateAll((links) => links.map((link) => link.getAttribute('data-start') ?? ''));
  }

  /** The local date of the day chip marked as chosen. */
  async chosenDay(): Promise<string | null> {
    await this.page.locator('.day-chip[aria-current="date"]').waitFor();
    return this.page.locator('.day-chip[aria-current="date"]').getAttribute('data-date');
  }

  async chooseDay(date: string): Promise<void> {
    await this.page.locator(`.day-chip[data-date="${date}"]`).tap();
    await this.page.locator(`.day-chip[aria-current="date"][data-date="${date}"]`).waitFor();
  }

  /** Taps a free time of the chosen day by its start. */
  async chooseTime(start: string): Promise<void> {
    await this.page.locator(`.time-step a.time[data-start="${start}"]`).tap();
    await this.page.locator('form.contact-form, .summary-card').first().waitFor();
  }

  /** The warning of a time taken or passed, or null. */
  async notice(): Promise<string | null> {
    const notice = this.page.getByTestId('notice');
    return (await notice.count()) > 0 ? (await notice.innerText()).trim() : null;
  }

  // Step 3

  /** The centre and time of the appointment being booked, as the summary says them. */
  async summary(): Promise<{ centre: string; time: string }> {
    return { centre: (await this.page.getByTestId('summary-centre').innerText()).trim(), time: (await this.page.getByTestId('summary-time').innerText()).trim() };
  }

  async fillDetails(details: ContactDetails): Promise<void> {
    for (const [field, value] of Object.entries(details)) {
      if (value !== undefined) await this.page.locator(`form.contact-form input[name="${field}"]`).fill(value);
    }
  }

  /** What the form's fields hold now. */
  async detailValues(): Promise<Required<ContactDetails>> {
    const value = (field: string) => this.page.locator(`form.contact-form input[name="${field}"]`).inputValue();
    return { name: await value('name'), phone: await value('phone'), email: await value('email'), cpr: await value('cpr') };
  }

  async submitBooking(): Promise<void> {
    await this.page.locator('form.contact-form button[type="submit"]').tap();
  }

  /** Books and waits for the confirmation; returns the code as its data says. */
  async book(details: ContactDetails): Promise<string> {
    await this.fillDetails(details);
    await this.submitBooking();
    await this.page.getByTestId('booking-code').waitFor();
    return this.bookingCode();
  }

  /** The error shown next to a field, or null. */
  async fieldError(field: string): Promise<string | null> {
    const error = this.page.getByTestId(`error-${field}`);
    return (await error.count()) > 0 ? (await error.innerText()).trim() : null;
  }

  /** The form's problems, as the error summary lists them. */
  async formErrors(): Promise<string[]> {
    return (await this.page.locator('.error-summary li').allInnerTexts()).map((text) => text.trim());
  }

  async invalidFields(): Promise<string[]> {
    return this.page.locator('input[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name') ?? ''));
  }

  /** The message of a booking that did not go through (the hub not reached), or null. */
  async bookingFailure(): Promise<string | null> {
    const failure = this.page.getByTestId('booking-failure');
    return (await failure.count()) > 0 ? (await failure.innerText()).trim() : null;
  }

  // The appointment

  /** The code as the page holds it ("ABCDEFGH"). */
  async bookingCode(): Promise<string> {
    return (await this.page.getByTestId('booking-code').getAttribute('data-code')) ?? '';
  }

  /** The code as the page shows it ("ABCD EFGH"). */
  async shownCode(): Promise<string> {
    return (await this.page.getByTestId('booking-code').innerText()).trim();
  }

  async appointmentCentre(): Promise<string> {
    return (await this.page.getByTestId('appointment-centre').innerText()).trim();
  }

  async appointmentTime(): Promise<string> {
    return (await this.page.getByTestId('appointment-time').innerText()).trim();
  }

  /** The QR code's path and its accessible name, to compare with what it should hold. */
  async qrCode(): Promise<{ path: string; label: string }> {
    const svg = this.page.locator('svg.qr-code');
    return { path: (await svg.locator('path').getAttribute('d')) ?? '', label: (await svg.getAttribute('aria-label')) ?? '' };
  }

  async findBooking(code: string): Promise<void> {
    await this.page.getByLabel(/Bookingkode|Booking code/).fill(code);
    await this.page.getByRole('button', { name: /Find min tid|Find my appointment/ }).tap();
  }

  async tapLink(name: string | RegExp): Promise<void> {
    await this.page.getByRole('link', { name }).first().tap();
  }

  async tapButton(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).first().tap();
  }

  async switchLanguage(): Promise<void> {
    await this.page.locator('.language-switch').tap();
  }

  /** Presses Tab until the focused element's description starts with `prefix` ("a: Pas"), then Enter. */
  async tabToAndPress(prefix: string, key = 'Enter', maxPresses = 60): Promise<void> {
    for (let presses = 0; presses < maxPresses; presses += 1) {
      await this.page.keyboard.press('Tab');
      if ((await this.focused()).startsWith(prefix)) {
        await this.page.keyboard.press(key);
        return;
      }
    }
    throw new Error(`Nothing starting "${prefix}" was reached with Tab`);
  }

  /** Presses Tab until the focused element is the input named `field`, then types `text`. */
  async tabToFieldAndType(field: string, text: string, maxPresses = 30): Promise<void> {
    for (let presses = 0; presses < maxPresses; presses += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate<boolean>(`document.activeElement?.getAttribute('name') === ${JSON.stringify(field)}`)) {
        await this.page.keyboard.type(text);
        return;
      }
    }
    throw new Error(`The field ${field} was not reached with Tab`);
  }

  focused(): Promise<string> {
    return focusedElementOf(this.page);
  }

  // Checks

  accessibilityViolations(): Promise<AxeViolation[]> {
    return accessibilityViolationsOf(this.page);
  }

  /**
   * Whether anything is wider than the phone (sideways scrolling). Measured against the screen:
   * a mobile browser widens its layout viewport (and `innerWidth`) to fit content that is too wide.
   */
  async overflowsSideways(): Promise<boolean> {
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > screen.width || window.innerWidth > screen.width');
  }

  /** Interactive elements smaller than 44 × 44 CSS pixels (WCAG 2.5.5), by their text. */
  async smallTargets(): Promise<string[]> {
    return this.page.evaluate<string[]>(`[...document.querySelectorAll('a, button, input, select')]
      .filter((element) => element.offsetParent !== null && !element.closest('.skip-link'))
      .filter((element) => { const box = element.getBoundingClientRect(); return box.width < 44 || box.height < 44; })
      .map((element) => (element.textContent || element.getAttribute('name') || element.tagName).trim())`);
  }

  /** A PNG of the whole page under /tmp/shots/city/. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(cityShotsDir, { recursive: true });
    const file = path.join(cityShotsDir, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled', fullPage: true });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
