import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolationsOf, focusedElementOf } from './axe.js';
import type { AxeViolation, Viewport } from './display-page.js';

/** An iPhone 12–15 sized phone screen. */
export const phone: Viewport = { width: 390, height: 844 };

/** Where the screenshots of the hub's pages go (outside the repository). */
export const cityShotsDir = '/tmp/shots/city';

/** A centre as the waits page lists it. */
export type ShownCentre = {
  id: string;
  /** open, stale (old news) or closed */
  state: string;
  name: string;
  quickest: boolean;
  estimate: string;
  waiting: string;
  freshness: string;
};

/**
 * Page model of the hub's waits page (`/waits`) on a citizen's phone: choose a service, read
 * where it is quickest. Tests speak in what a citizen does and sees; selectors stay here. In-page
 * code is passed as strings: the tests are type-checked for Node, without the DOM's types.
 */
export class CityWaitsPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens `pagePath` of the hub in a fresh phone-sized browser context (a Danish phone unless `locale` says otherwise). */
  static async open(browser: Browser, hubUrl: string, pagePath: string, options: { locale?: string; timezoneId?: string } = {}): Promise<CityWaitsPage> {
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
    page.on('pageerror', (error) => console.error(`waits page error: ${error.message}`));
    // Everything the polite live region says, in order: a screen reader reads each change.
    await page.addInitScript(`
      window.__said = [];
      new MutationObserver(() => {
        const region = document.querySelector('[data-testid="announcer"]');
        const text = region ? region.textContent.trim() : '';
        if (text && window.__said[window.__said.length - 1] !== text) window.__said.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    `);
    await page.goto(pagePath);
    return new CityWaitsPage(context, page);
  }

  async headingText(): Promise<string> {
    return (await this.page.locator('h1').innerText()).trim();
  }

  async waitForHeading(text: string | RegExp, level = 1, timeoutMs = 10_000): Promise<void> {
    await this.page.locator(`h${level}`, { hasText: text }).waitFor({ timeout: timeoutMs });
  }

  /** The services to choose from, as listed: name and the shortest wait shown with it. */
  async services(): Promise<{ id: string; name: string; detail: string }[]> {
    await this.page.locator('.choice').first().waitFor();
    return this.page.locator('.choice').evaluateAll((links) =>
      links.map((link) => ({
        id: link.getAttribute('data-service') ?? '',
        name: link.querySelector('.choice-title')?.textContent?.trim() ?? '',
        detail: link.querySelector('.choice-detail')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Taps a service by its name and waits for its centres. */
  async chooseService(name: string): Promise<void> {
    await this.page.locator('.choice', { has: this.page.locator('.choice-title', { hasText: new RegExp(`^${name}$`) }) }).tap();
    await this.page.locator('.centre-list').waitFor();
  }

  /** Reaches a service's link with Tab alone and opens it with Enter. */
  async chooseServiceByKeyboard(name: string): Promise<void> {
    for (let presses = 0; presses < 30; presses += 1) {
      await this.page.keyboard.press('Tab');
      if ((await this.focused()).startsWith(`a: ${name}`)) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.centre-list').waitFor();
        return;
      }
    }
    throw new Error(`No link of the service ${name} was reached with Tab`);
  }

  async chooseAnotherService(): Promise<void> {
    await this.page.locator('.back-link').tap();
    await this.page.locator('.choice').first().waitFor();
  }

  /** The centres offering the chosen service, in the order shown. */
  async centres(): Promise<ShownCentre[]> {
    return this.page.locator('.centre-card').evaluateAll((cards) =>
      cards.map((card) => {
        const text = (selector: string) => card.querySelector(selector)?.textContent?.trim() ?? '';
        return {
          id: card.getAttribute('data-centre') ?? '',
          state: card.getAttribute('data-state') ?? '',
          name: text('h3'),
          quickest: card.querySelector('.badge-quickest') !== null,
          estimate: text('[data-testid="estimate"]'),
          waiting: text('.wait-queue'),
          freshness: text('[data-testid="freshness"]'),
        };
      }),
    );
  }

  /** Waits until the first centre listed is `centreId` (the page asks the hub every 5 s). */
  async waitForQuickest(centreId: string, timeoutMs = 12_000): Promise<void> {
    await this.page.locator(`.centre-card:first-child[data-centre="${centreId}"]`).waitFor({ timeout: timeoutMs });
  }

  /** Waits until a centre's card says `text`. */
  async waitForCentreText(centreId: string, text: string | RegExp, timeoutMs = 12_000): Promise<void> {
    await this.page.locator(`.centre-card[data-centre="${centreId}"]`, { hasText: text }).waitFor({ timeout: timeoutMs });
  }

  /** Everything the polite live region has said since the page opened, in order. */
  async announcements(): Promise<string[]> {
    return this.page.evaluate<string[]>('window.__said.slice()');
  }

  async liveRegion(): Promise<{ role: string | null; live: string | null }> {
    const region = this.page.getByTestId('announcer');
    return { role: await region.getAttribute('role'), live: await region.getAttribute('aria-live') };
  }

  /** The notice that new figures cannot be fetched, or null. */
  async liveLostNotice(): Promise<string | null> {
    const notice = this.page.getByTestId('live-lost');
    return (await notice.count()) > 0 ? (await notice.innerText()).trim() : null;
  }

  async switchLanguage(): Promise<void> {
    await this.page.locator('.language-switch').tap();
  }

  focused(): Promise<string> {
    return focusedElementOf(this.page);
  }

  // Checks

  accessibilityViolations(): Promise<AxeViolation[]> {
    return accessibilityViolationsOf(this.page);
  }

  /** Whether anything is wider than the phone (sideways scrolling). */
  async overflowsSideways(): Promise<boolean> {
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
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
