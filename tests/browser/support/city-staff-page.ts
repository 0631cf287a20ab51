import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolationsOf, focusedElementOf } from './axe.js';
import { cityShotsDir } from './city-waits-page.js';
import type { AxeViolation } from './display-page.js';

/** A city leader's laptop. */
export const laptop = { width: 1366, height: 768 };

/** A row of a table as its cells' text, the row's header first. */
export type TableRow = string[];

/**
 * Page model of the hub's staff pages (`/staff/…`) as city leaders and admins use them: sign in,
 * the overview of centres, the city's reports, registering centres and their keys. Tests speak
 * in these terms; selectors stay here. In-page code is passed as strings: the tests are
 * type-checked for Node, without the DOM's types.
 */
export class CityStaffPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly hubUrl: string,
  ) {}

  /** Opens a page of the hub in a fresh browser context (its own cookies: another PC). */
  static async open(browser: Browser, hubUrl: string, pagePath = '/staff/'): Promise<CityStaffPage> {
    const context = await browser.newContext({ viewport: laptop, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hubUrl });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`staff page error: ${error.message}`));
    await page.goto(`${hubUrl}${pagePath}`);
    return new CityStaffPage(context, page, hubUrl);
  }

  async goto(pagePath: string): Promise<void> {
    await this.page.goto(`${this.hubUrl}${pagePath}`);
  }

  // Signing in

  get signInForm(): Locator {
    return this.page.locator('form.sign-in-card');
  }

  /** Signs in by typing into the form and pressing Enter. */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Brugernavn').fill(username);
    await this.page.getByLabel('Adgangskode').fill(password);
    await this.page.getByLabel('Adgangskode').press('Enter');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log ud' }).click();
    await this.signInForm.waitFor();
  }

  /** The session cookie as the browser holds it. */
  async sessionCookie(): Promise<{ httpOnly: boolean; sameSite: string } | null> {
    const cookie = (await this.context.cookies()).find((candidate) => candidate.name === 'dintur_city_session');
    return cookie ? { httpOnly: cookie.httpOnly, sameSite: cookie.sameSite } : null;
  }

  /** What the page keeps in the browser's storage (a token must never be there). */
  async storedValues(): Promise<string[]> {
    return this.page.evaluate<string[]>('[...Object.values(localStorage), ...Object.values(sessionStorage)]');
  }

  async heading(): Promise<string> {
    return (await this.page.locator('h1').innerText()).trim();
  }

  async waitForHeading(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    await this.page.locator('h1', { hasText: text }).waitFor({ timeout: timeoutMs });
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

  focused(): Promise<string> {
    return focusedElementOf(this.page);
  }

  // Tables

  /** A table's body rows as their cells' text (by the table's test id). */
  async tableRows(testId: string): Promise<TableRow[]> {
    return this.page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim().replace(/\s+/g, ' '))),
    );
  }

  /** A table's column headers, bottom row (the grouped evaluation has two). */
  async tableHeaders(testId: string): Promise<string[]> {
    return (await this.page.getByTestId(testId).locator('thead tr').last().locator('th').allTextContents()).map((text) => text.trim().replace(/\s+/g, ' '));
  }

  // The overview

  /** The centres of the overview: id and the cells of its row. */
  async overviewRows(): Promise<{ id: string; cells: string[] }[]> {
    return this.page.getByTestId('centres-table').locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-centre') ?? '',
        cells: [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim().replace(/\s+/g, ' ')),
      })),
    );
  }

  /** The alert region about silent centres: its role and the centres it lists. */
  async silentAlert(): Promise<{ role: string | null; heading: string | null; lines: string[] }> {
    const region = this.page.getByTestId('silent-alert');
    const heading = region.locator('h2');
    return {
      role: await region.getAttribute('role'),
      heading: (await heading.count()) > 0 ? (await heading.innerText()).trim() : null,
      lines: (await region.locator('li').allInnerTexts()).map((text) => text.trim()),
    };
  }

  async waitForSilentAlert(centreId: string, timeoutMs = 12_000): Promise<void> {
    await this.page.locator(`[data-testid="silent-alert"] li[data-centre="${centreId}"]`).waitFor({ timeout: timeoutMs });
  }

  // Reports

  /** Types a period into the form and shows it; waits for its figures unless the form refuses it. */
  async showPeriod(from: string, to: string, options: { expectRefusal?: boolean } = {}): Promise<void> {
    await this.page.getByLabel('Fra').fill(from);
    await this.page.getByLabel('Til og med').fill(to);
    await this.page.getByRole('button', { name: 'Vis', exact: true }).click();
    if (!options.expectRefusal) await this.waitForReport();
  }

  async waitForReport(timeoutMs = 10_000): Promise<void> {
    await this.page.locator('[data-testid="report-status"][data-status="ready"]').waitFor({ timeout: timeoutMs });
  }

  async reportStatus(): Promise<string> {
    return (await this.page.getByTestId('report-status').innerText()).trim();
  }

  /** The message next to a form field (by its name), or null. */
  async fieldProblem(field: string): Promise<string | null> {
    const problem = this.page.getByTestId(`problem-${field}`);
    return (await problem.count()) > 0 ? (await problem.innerText()).trim() : null;
  }

  /** The names of the fields marked invalid (aria-invalid), in order. */
  async invalidFields(): Promise<string[]> {
    return this.page.locator('input[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name') ?? ''));
  }

  /** Presses a table's CSV button and returns the file's name and text (made in the browser). */
  async downloadCsv(tableName: RegExp): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: tableName }).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  }

  /**
   * The report's charts as a screen reader gets them: for each picture of the page (role img)
   * that is a chart, its id and the name and description Chromium's accessibility tree computes
   * for it, in page order.
   */
  async charts(): Promise<{ id: string; name: string; description: string }[]> {
    const session = await this.context.newCDPSession(this.page);
    try {
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      const charts: { id: string; name: string; description: string }[] = [];
      for (const node of nodes) {
        if (node.ignored || node.role?.value !== 'image' || node.backendDOMNodeId === undefined) continue;
        const { node: element } = await session.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
        const attributes = element.attributes ?? [];
        const testId = attributes[attributes.indexOf('data-testid') + 1] ?? '';
        if (!attributes.includes('data-testid') || !testId.startsWith('chart-')) continue;
        const spoken = (value: unknown) => String(value ?? '').trim().replace(/\s+/g, ' ');
        charts.push({ id: testId.slice('chart-'.length), name: spoken(node.name?.value), description: spoken(node.description?.value) });
      }
      return charts;
    } finally {
      await session.detach();
    }
  }

  /** Which of `selectors` are hidden when the page is printed. */
  async hiddenInPrint(selectors: string[]): Promise<Record<string, boolean>> {
    await this.page.emulateMedia({ media: 'print' });
    const hidden = await this.page.evaluate<Record<string, boolean>>(`Object.fromEntries(${JSON.stringify(selectors)}.map((selector) => {
      const element = document.querySelector(selector);
      return [selector, !element || getComputedStyle(element).display === 'none'];
    }))`);
    return hidden;
  }

  /** Saves the printed page as a PDF under /tmp/shots/city/, and a picture of the print layout. */
  async printToPdf(name: string): Promise<string> {
    mkdirSync(cityShotsDir, { recursive: true });
    const file = path.join(cityShotsDir, `${name}.pdf`);
    await this.page.emulateMedia({ media: 'print' });
    await this.page.pdf({ path: file, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    // About the width of A4 across inside its margins, at 96 pixels an inch.
    const viewport = this.page.viewportSize();
    await this.page.setViewportSize({ width: 1030, height: 730 });
    await this.page.screenshot({ path: path.join(cityShotsDir, `${name}-print-layout.png`), fullPage: true });
    if (viewport) await this.page.setViewportSize(viewport);
    await this.page.emulateMedia({ media: 'screen' });
    return file;
  }

  // Centres

  /** Registers a centre with the keyboard alone: type into the fields, press Enter. */
  async registerCentre(id: string, name: string): Promise<void> {
    const idField = this.page.getByLabel('Id', { exact: true });
    await idField.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(id);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
  }

  get keyPanel(): Locator {
    return this.page.getByTestId('key-panel');
  }

  /** The key shown once, and the settings lines under it. */
  async shownKey(): Promise<{ centreId: string | null; key: string; envLines: string[] }> {
    await this.keyPanel.waitFor();
    return {
      centreId: await this.keyPanel.getAttribute('data-centre'),
      key: (await this.page.getByTestId('centre-key').innerText()).trim(),
      envLines: (await this.page.getByTestId('env-lines').innerText()).trim().split('\n'),
    };
  }

  /** Presses a copy button with the keyboard and returns what the clipboard then holds. */
  async copyWithKeyboard(button: 'Kopiér nøglen' | 'Kopiér de tre linjer'): Promise<string> {
    const target = this.page.getByRole('button', { name: button });
    await target.focus();
    await this.page.keyboard.press('Enter');
    await this.keyPanel.getByText('Kopieret.').waitFor();
    return this.page.evaluate<string>('navigator.clipboard.readText()');
  }

  async doneWithKey(): Promise<void> {
    await this.page.getByRole('button', { name: 'Jeg har gemt nøglen' }).click();
    await this.keyPanel.waitFor({ state: 'detached' });
  }

  /** Renews a centre's key from its row, answering the question; waits for the new key. */
  async renewKey(centreName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Forny nøgle til ${centreName}` }).click();
    await this.page.getByRole('button', { name: 'Ja, forny nøglen' }).click();
    await this.keyPanel.waitFor();
  }

  /** The registered centres' rows: name, id, link, last seen, registered, key action. */
  async registeredCentres(): Promise<TableRow[]> {
    return this.tableRows('registered-centres');
  }

  // Checks

  accessibilityViolations(): Promise<AxeViolation[]> {
    return accessibilityViolationsOf(this.page);
  }

  /** Whether the page is wider than the laptop's screen. */
  async overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
  }

  /** A PNG of the page under /tmp/shots/city/ (the whole page unless `fullPage` is false). */
  async screenshot(name: string, fullPage = true): Promise<string> {
    mkdirSync(cityShotsDir, { recursive: true });
    const file = path.join(cityShotsDir, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled', fullPage });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
