import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Outcome, TransferPlacement } from '@dintur/shared';
import { injectAxe, waitForExpression } from './page-scripts.js';

/** One rule axe-core found broken, with where. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** The staff's laptop. */
export const laptop = { width: 1366, height: 768 };

/** Where the screenshots of the staff app go (outside the repository). */
export const staffShotsDir = '/tmp/shots/staff';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../staff-app/dist/index.html');

/** Fails clearly when the app has not been built (the server would answer 503). */
export function requireBuiltStaffApp(): void {
  if (!existsSync(builtIndex)) {
    throw new Error(`The staff app is not built (${builtIndex} is missing): run "npm run build -w @dintur/staff-app" first.`);
  }
}

/** The Danish labels of the outcomes, as the finish dialog shows them. */
export const outcomeLabels: Record<Outcome, string> = {
  resolved: 'Løst ved første kontakt',
  referred: 'Henvist til anden enhed',
  'needs-appointment': 'Kræver en tid',
  'self-service': 'Henvist til selvbetjening',
  'not-resolved': 'Kunne ikke hjælpes',
};

/**
 * Page model of the staff app (`/staff`) as counter staff, leaders and admins use it. Tests
 * speak in these terms (sign in, call next, transfer to…), not in selectors.
 *
 * In-page code is passed as strings: the tests are type-checked for Node, without the DOM's types.
 */
export class StaffPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly serverUrl: string,
  ) {}

  /** Opens the app in a fresh browser context (its own cookies and localStorage: another PC). */
  static async open(browser: Browser, serverUrl: string, pagePath = '/staff/'): Promise<StaffPage> {
    const context = await browser.newContext({ viewport: laptop, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`staff page error: ${error.message}`));
    await page.goto(`${serverUrl}${pagePath}`);
    return new StaffPage(context, page, serverUrl);
  }

  async goto(pagePath: string): Promise<void> {
    await this.page.goto(`${this.serverUrl}${pagePath}`);
  }

  // Signing in

  get signInForm(): Locator {
    return this.page.locator('form.sign-in-card');
  }

  /** Signs in by typing into the form and pressing Enter, as anyone would. */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Brugernavn').fill(username);
    await this.page.getByLabel('Adgangskode').fill(password);
    await this.page.getByLabel('Adgangskode').press('Enter');
  }

  /** Signs in and waits for the app to be live (the event stream's snapshot is in). */
  async signInAndWait(username: string, password: string): Promise<void> {
    await this.signIn(username, password);
    await this.waitUntilOnline();
  }

  async waitUntilOnline(timeoutMs = 10_000): Promise<void> {
    await this.page.locator('[data-connection="online"]').waitFor({ timeout: timeoutMs });
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log ud' }).click();
    await this.signInForm.waitFor();
  }

  // The counter

  /** Chooses a counter by its name ("Skranke 3") on the choice page. */
  async chooseCounter(name: string): Promise<void> {
    await this.page.locator('.counter-choice', { has: this.page.locator('.counter-choice-name', { hasText: new RegExp(`^${name}$`) }) }).click();
    await this.workspace.waitFor();
  }

  get workspace(): Locator {
    return this.page.getByTestId('counter-workspace');
  }

  /** A counter action's button by its `data-action` (callNext, start, finish, …). */
  action(action: string): Locator {
    return this.page.locator(`button[data-action="${action}"]`);
  }

  async counterStatus(): Promise<string | null> {
    return this.page.getByTestId('counter-status').getAttribute('data-status');
  }

  async openCounter(): Promise<void> {
    await this.action('toggleOpen').click();
    await this.page.locator('[data-testid="counter-status"][data-status="open"]').waitFor();
  }

  /** The ticket at the counter ("A1"), or null when nobody is there. */
  async currentNumber(): Promise<string | null> {
    return this.page.getByTestId('current-visit').getAttribute('data-number');
  }

  async currentStatus(): Promise<string | null> {
    return this.page.getByTestId('current-visit').getAttribute('data-status');
  }

  async waitForCurrent(number: string | null, status?: string, timeoutMs = 5_000): Promise<void> {
    const selector = number === null ? '[data-testid="current-visit"]:not([data-number])' : `[data-testid="current-visit"][data-number="${number}"]${status ? `[data-status="${status}"]` : ''}`;
    await this.page.locator(selector).waitFor({ timeout: timeoutMs });
  }

  /**
   * Presses "Kald næste" and returns the number called, or null when the app said nobody waits.
   * While a citizen is served, the app asks for the outcome first: `outcome` answers (resolved by
   * default, as Enter would).
   */
  async callNext(outcome: Outcome = 'resolved'): Promise<string | null> {
    const before = await this.currentNumber();
    const serving = (await this.currentStatus()) === 'serving';
    await this.action('callNext').click();
    if (serving) await this.dialog.getByRole('button', { name: outcomeLabels[outcome] }).click();
    await waitForExpression(
      this.page,
      `(() => {
        const visit = document.querySelector('[data-testid="current-visit"]');
        const number = visit?.getAttribute('data-number') ?? null;
        const said = document.querySelector('[data-testid="announcer-polite"]')?.lastElementChild?.textContent ?? '';
        const button = document.querySelector('button[data-action="callNext"]');
        return (number !== null && number !== ${JSON.stringify(before)} && visit.getAttribute('data-status') === 'called')
          || (said.includes('Ingen venter') && number === null && button && !button.disabled);
      })()`,
      { timeout: 10_000 },
    );
    return this.currentNumber();
  }

  /** "Borger ankommet". */
  async start(): Promise<void> {
    const number = await this.currentNumber();
    await this.action('start').click();
    await this.waitForCurrent(number, 'serving');
  }

  async noShow(): Promise<void> {
    await this.action('noShow').click();
    await this.waitForCurrent(null);
  }

  /** Finishes the visit with an outcome through the finish dialog. */
  async finish(outcome: Outcome): Promise<void> {
    await this.action('finish').click();
    await this.dialog.getByRole('button', { name: outcomeLabels[outcome] }).click();
    await this.waitForCurrent(null);
  }

  get dialog(): Locator {
    return this.page.locator('dialog[open]');
  }

  /** Transfers the visit through the transfer dialog. */
  async transfer(options: { service: string; placement?: TransferPlacement; note?: string; counter?: string; person?: string }): Promise<void> {
    await this.action('transfer').click();
    const form = this.page.getByTestId('transfer-form');
    await form.getByRole('radio', { name: options.service, exact: true }).check();
    if (options.placement === 'front') await form.getByLabel('Forrest i køen').check();
    if (options.placement === 'back') await form.getByLabel('Bagerst i køen').check();
    if (options.counter) await form.getByLabel('Til en bestemt skranke').selectOption({ label: options.counter });
    if (options.person) await form.getByLabel('Til en bestemt medarbejder').selectOption({ label: options.person });
    if (options.note) await form.getByLabel('Note til den næste').fill(options.note);
    await form.getByRole('button', { name: 'Overfør' }).click();
    await this.waitForCurrent(null);
  }

  /** The numbers waiting in one service's queue at this counter, in queue order. */
  async waitingNumbers(serviceId: string): Promise<string[]> {
    return this.page.locator(`.service-queue[data-service="${serviceId}"] li[data-number]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-number') ?? ''));
  }

  /** The queue section of one service at this counter. */
  queueSection(serviceId: string): Locator {
    return this.page.locator(`.service-queue[data-service="${serviceId}"]`);
  }

  async callOutOfOrder(number: string): Promise<void> {
    await this.page.locator(`li[data-number="${number}"] button`).click();
    await this.waitForCurrent(number, 'called');
  }

  // What is said and where focus is

  /** The messages of the polite live region (the last few), oldest first. */
  async spoken(): Promise<string[]> {
    return this.page.getByTestId('announcer-polite').locator('p').allTextContents();
  }

  /** Waits until one of the last few polite messages contains `text`. */
  async waitUntilSpoken(text: string, timeoutMs = 5_000): Promise<void> {
    await waitForExpression(
      this.page,
      `[...document.querySelectorAll('[data-testid="announcer-polite"] p')].some((message) => message.textContent.includes(${JSON.stringify(text)}))`,
      { timeout: timeoutMs },
    );
  }

  /** The focused element: its counter action, or else its text. */
  async focused(): Promise<{ action: string | null; text: string; tag: string }> {
    return this.page.evaluate<{ action: string | null; text: string; tag: string }>(`(() => {
      const element = document.activeElement;
      return { action: element?.getAttribute('data-action') ?? null, text: (element?.textContent ?? '').trim(), tag: element?.tagName.toLowerCase() ?? '' };
    })()`);
  }

  async waitForFocusOn(action: string, timeoutMs = 5_000): Promise<void> {
    await waitForExpression(this.page, `document.activeElement?.getAttribute('data-action') === ${JSON.stringify(action)}`, { timeout: timeoutMs });
  }

  // Leaders

  async navigate(linkName: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: linkName, exact: true }).click();
  }

  get alerts(): Locator {
    return this.page.getByTestId('alerts').locator('li.alert');
  }

  /** The overview's alerts as read, optionally only those of one kind (long-wait, transfer-waiting, printer, device-silent). */
  async alertTexts(kind?: string): Promise<string[]> {
    const alerts = kind ? this.page.getByTestId('alerts').locator(`li.alert[data-kind="${kind}"]`) : this.alerts;
    return (await alerts.allInnerTexts()).map((text) => text.trim());
  }

  /** The overview's waiting count of a service. */
  async queueWaiting(serviceId: string): Promise<number> {
    return Number(await this.page.locator(`tr[data-service="${serviceId}"] [data-testid="queue-waiting"]`).innerText());
  }

  counterRow(counterId: string): Locator {
    return this.page.locator(`[data-testid="counters-table"] tr[data-counter="${counterId}"]`);
  }

  async setAlertThresholds(longWaitMinutes: number, transferMinutes?: number): Promise<void> {
    const settings = this.page.getByTestId('alert-settings');
    if (!(await settings.isVisible())) await this.page.getByText('Indstillinger for varsler').click();
    await settings.getByLabel('Varsl når en borger har ventet mere end (minutter)').fill(String(longWaitMinutes));
    if (transferMinutes !== undefined) await settings.getByLabel('Varsl når en overført billet ikke er kaldt efter (minutter)').fill(String(transferMinutes));
    await settings.getByRole('button', { name: 'Gem' }).click();
  }

  // Checks

  /** Runs axe-core with WCAG A, AA and AAA rules (AAA contrast included) and best practice. */
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

  /** Whether the page is wider than the laptop's screen (a layout that does not fit). */
  async overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
  }

  /** A PNG of what the screen shows, under /tmp/shots/staff/. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(staffShotsDir, { recursive: true });
    const file = path.join(staffShotsDir, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
