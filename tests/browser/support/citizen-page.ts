import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AxeViolation, Viewport } from './display-page.js';
import { injectAxe } from './page-scripts.js';

/** An iPhone 12–15 sized phone screen. */
export const phone: Viewport = { width: 390, height: 844 };


/**
 * Page model of the citizens' pages on a phone: booking (`/book`), an appointment
 * (`/book/{code}`) and a ticket's tracking page (`/t/{code}`). Tests speak in what a citizen
 * does and sees; selectors stay here. In-page code is passed as strings: the tests are
 * type-checked for Node, without the DOM's types.
 */
export class CitizenPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /**
   * Opens `path` in a fresh phone-sized browser context (Danish unless `locale` says otherwise).
   * `timezoneId` sets the phone's time zone; `fixedTime` stops its clock at that instant (ISO).
   */
  static async open(
    browser: Browser,
    serverUrl: string,
    path: string,
    options: { locale?: string; viewport?: Viewport; timezoneId?: string; fixedTime?: string } = {},
  ): Promise<CitizenPage> {
    const context = await browser.newContext({
      viewport: options.viewport ?? phone,
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: options.locale ?? 'da-DK',
      baseURL: serverUrl,
      ...(options.timezoneId && { timezoneId: options.timezoneId }),
    });
    const page = await context.newPage();
    if (options.fixedTime) await page.clock.setFixedTime(new Date(options.fixedTime));
    await page.goto(path);
    return new CitizenPage(context, page);
  }

  get heading(): Locator {
    return this.page.locator('h1');
  }

  async headingText(): Promise<string> {
    return (await this.heading.innerText()).trim();
  }

  /** Waits for the page whose heading is `text`. */
  async waitForHeading(text: string | RegExp, timeoutMs = 5_000): Promise<void> {
    await this.page.locator('h1', { hasText: text }).waitFor({ timeout: timeoutMs });
  }

  // Booking

  async chooseService(name: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(`^${name}\\b`) }).click();
    await this.page.locator('.time-grid, .time-step .panel').first().waitFor();
  }

  /** The free times shown for the chosen day, as written ("11.30"). */
  async freeTimes(): Promise<string[]> {
    return (await this.page.locator('.time-clock').allInnerTexts()).map((text) => text.trim());
  }

  /** Chooses the day chip of a local date ("2026-11-25"). */
  async chooseDay(date: string): Promise<void> {
    await this.page.locator(`.day-chip[href*="date=${date}"]`).click();
    await this.page.locator(`.day-chip[aria-current="date"][href*="date=${date}"]`).waitFor();
    await this.page.locator('.time-grid, .time-step .panel').first().waitFor();
  }

  /** Chooses a free time by its start (ISO), or the first shown. */
  async chooseTime(start?: string): Promise<void> {
    const time = start ? this.page.locator(`.time[data-start="${start}"]`) : this.page.locator('.time').first();
    await time.click();
    await this.page.locator('form.contact-form, .summary-card').first().waitFor();
  }

  async fillDetails(details: { name?: string; phone?: string; email?: string; cpr?: string }): Promise<void> {
    for (const [field, value] of Object.entries(details)) {
      if (value !== undefined) await this.page.locator(`form.contact-form input[name="${field}"]`).fill(value);
    }
  }

  async submitBooking(): Promise<void> {
    await this.page.locator('form.contact-form button[type="submit"]').click();
  }

  /** Books and waits for the confirmation; returns the code as shown ("ABCD 2345" → "ABCD2345"). */
  async book(details: { name?: string; phone?: string; email?: string; cpr?: string }): Promise<string> {
    await this.fillDetails(details);
    await this.submitBooking();
    await this.page.getByTestId('booking-code').waitFor();
    return this.bookingCode();
  }

  async bookingCode(): Promise<string> {
    return (await this.page.getByTestId('booking-code').innerText()).replace(/\s/g, '');
  }

  /** The QR code's path and its accessible name, to compare with what it should hold. */
  async qrCode(): Promise<{ path: string; label: string; modules: number }> {
    const svg = this.page.locator('svg.qr-code');
    return {
      path: (await svg.locator('path').getAttribute('d')) ?? '',
      label: (await svg.getAttribute('aria-label')) ?? '',
      modules: Number((await svg.getAttribute('viewBox'))?.split(' ')[2]),
    };
  }

  /** The form's error messages, as the error summary lists them. */
  async formErrors(): Promise<string[]> {
    return (await this.page.locator('.error-summary li').allInnerTexts()).map((text) => text.trim());
  }

  /** The field a message belongs to says so (aria-invalid), by its input's name. */
  async invalidFields(): Promise<string[]> {
    return this.page.locator('input[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name') ?? ''));
  }

  async findBooking(code: string): Promise<void> {
    await this.page.getByLabel(/Bookingkode|Booking code/).fill(code);
    await this.page.getByRole('button', { name: /Find min tid|Find my appointment/ }).click();
  }

  async cancelAppointment(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Aflys tiden|Cancel the appointment)$/ }).click();
    await this.page.getByRole('button', { name: /^(Ja, aflys tiden|Yes, cancel it)$/ }).click();
    await this.page.locator('.appointment[data-status="cancelled"]').waitFor();
  }

  async switchLanguage(): Promise<void> {
    await this.page.locator('.language-switch').click();
  }

  /** The name at the top of the page: the ticket's or appointment's unit, or the site's. */
  /** Chooses a language in the tracking page's menu of the eight kiosk languages (its code: 'pl'). */
  async chooseLanguage(lang: string): Promise<void> {
    await this.page.getByTestId('language-menu').selectOption(lang);
  }

  async siteName(): Promise<string> {
    return (await this.page.getByTestId('site-name').innerText()).trim();
  }

  /** Waits until the top of the page names `text` (it follows the page's ticket or appointment). */
  async waitForSiteName(text: string, timeoutMs = 5_000): Promise<void> {
    await this.page.getByTestId('site-name').filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: timeoutMs });
  }

  // Tracking

  /** "Opdateret 11.00.05", or what the page says about its connection. */
  async updatedText(): Promise<string> {
    return (await this.page.locator('.updated').innerText()).trim();
  }

  async ticketNumber(): Promise<string> {
    return (await this.page.getByTestId('ticket-number').innerText()).trim();
  }

  /** What the ticket's status says, one line per paragraph. */
  async ticketStatus(): Promise<string[]> {
    return (await this.page.getByTestId('ticket-status').locator('p').allInnerTexts()).map((text) => text.trim());
  }

  /** Waits until the status says `text` (the page updates itself). */
  async waitForStatus(text: string | RegExp, timeoutMs = 5_000): Promise<void> {
    await this.page.getByTestId('ticket-status').filter({ hasText: text }).waitFor({ timeout: timeoutMs });
  }

  /** What the assertive region says at once to screen readers (the call). */
  async callAlert(): Promise<string> {
    return (await this.page.getByTestId('call-alert').innerText()).trim();
  }

  async giveUpPlace(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Opgiv min plads|Give up my place)$/ }).click();
    await this.page.getByRole('button', { name: /^(Ja, opgiv pladsen|Yes, give up my place)$/ }).click();
  }

  /** The page's own link state: "live" from the event stream, or "polling". */
  async linkState(): Promise<string | null> {
    return this.page.locator('.updated').getAttribute('data-link');
  }

  // Checks

  /** axe-core with the WCAG A, AA and AAA rules (AAA contrast included) and best practice. */
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

  /** Whether anything is wider than the phone (sideways scrolling), outside the day strip that scrolls on purpose. */
  async overflowsSideways(): Promise<boolean> {
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
  }

  /** Interactive elements smaller than 44 × 44 CSS pixels (WCAG 2.5.5), by their text. */
  async smallTargets(): Promise<string[]> {
    return this.page.evaluate<string[]>(`[...document.querySelectorAll('a, button, input, select')]
      .filter((element) => element.offsetParent !== null && !element.closest('.skip-link') && !element.matches('.text-link, p a, li a[href^="#"]'))
      .filter((element) => { const box = element.getBoundingClientRect(); return box.width < 44 || box.height < 44; })
      .map((element) => (element.textContent || element.getAttribute('name') || element.tagName).trim())`);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled', fullPage: true });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
