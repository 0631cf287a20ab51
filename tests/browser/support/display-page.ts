import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { injectAxe, waitForExpression } from './page-scripts.js';

/** One announcement as the announcer's test hook records it (display-app announcer-contract.ts). */
export type RecordedAnnouncement = { number: string; counterName: string; recall: boolean; startedAt: number; finishedAt: number | null; parts: string[] };

/** One rule axe-core found broken, with where. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

export type Viewport = { width: number; height: number };
export const landscape: Viewport = { width: 1920, height: 1080 };
export const portrait: Viewport = { width: 1080, height: 1920 };


/**
 * Page model of the wall display (`/display`), as a citizen in the waiting room sees it and as
 * the announcer's test hook counts what was said. Tests speak in these terms, not in selectors.
 *
 * In-page code is passed as strings: the tests are type-checked for Node, without the DOM's types.
 */
export class DisplayPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /**
   * Opens the display in a fresh browser context. `settings` become the query string
   * (`units`, `counters`, `second`, `text`, …); sound is the announcer's silent test player
   * (`audio=test`), which still records and times every announcement.
   */
  static async open(
    browser: Browser,
    serverUrl: string,
    settings: Record<string, string> = {},
    options: { viewport?: Viewport; reducedMotion?: boolean } = {},
  ): Promise<DisplayPage> {
    const context = await browser.newContext({
      viewport: options.viewport ?? landscape,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      locale: 'da-DK',
    });
    const page = await context.newPage();
    const query = new URLSearchParams({ audio: 'test', ...settings });
    await page.goto(`${serverUrl}/display?${query}`);
    const display = new DisplayPage(context, page);
    await display.waitUntilOnline();
    return display;
  }

  get currentCall(): Locator {
    return this.page.getByTestId('current-call');
  }

  get connectionMark(): Locator {
    return this.page.getByTestId('connection-mark');
  }

  /** Waits until the display has its snapshot: the stream is up and the screen is in step. */
  async waitUntilOnline(timeoutMs = 10_000): Promise<void> {
    await this.page.locator('[data-connection="online"]').waitFor({ timeout: timeoutMs });
  }

  /** Waits until the big call is ticket `number` (as the API spells it: "A1"). */
  async waitForCurrentCall(number: string, timeoutMs = 5_000): Promise<void> {
    await this.page.locator(`.current-body[data-number="${number}"]`).waitFor({ timeout: timeoutMs });
  }

  /** The big call as shown: "A 1" and "→ til Skranke 1" read as text. */
  async current(): Promise<{ number: string; counter: string } | null> {
    if ((await this.page.getByTestId('current-number').count()) === 0) return null;
    return {
      number: (await this.page.getByTestId('current-number').innerText()).trim(),
      counter: (await this.page.getByTestId('current-counter').innerText()).replace('→', '').trim(),
    };
  }

  /** The numbers in the list below the big call, top to bottom. */
  async recentNumbers(): Promise<string[]> {
    return (await this.page.locator('.recent-number').allInnerTexts()).map((text) => text.trim());
  }

  /** The queues under the calls: each service's wait as shown ("ca. 25 min", "Ingen åben skranke") and its kind. */
  async queueWaits(): Promise<Record<string, { kind: string; text: string }>> {
    return this.page.evaluate<Record<string, { kind: string; text: string }>>(`Object.fromEntries([...document.querySelectorAll('.waiting-item')].map((item) => {
      const wait = item.querySelector('.waiting-estimate');
      return [item.dataset.service, { kind: wait.dataset.wait, text: wait.textContent.trim() }];
    }))`);
  }

  /** Whether the highlight of a new call is on. */
  async isDrawingAttention(): Promise<boolean> {
    return (await this.currentCall.getAttribute('data-attention')) === 'true';
  }

  /** Everything the announcer was handed so far, in order. */
  async announcements(): Promise<RecordedAnnouncement[]> {
    return this.page.evaluate<RecordedAnnouncement[]>('structuredClone(window.__dinturAnnouncements ?? [])');
  }

  /** Waits until at least `count` announcements have been made and the last has finished. */
  async waitForAnnouncements(count: number, timeoutMs = 5_000): Promise<RecordedAnnouncement[]> {
    await waitForExpression(
      this.page,
      `(window.__dinturAnnouncements ?? []).length >= ${count} && window.__dinturAnnouncements.every((record) => record.finishedAt !== null)`,
      { timeout: timeoutMs },
    );
    return this.announcements();
  }

  /** What screen readers were told (the live log region). */
  async spokenToScreenReaders(): Promise<string[]> {
    return (await this.page.getByTestId('spoken-calls').locator('p').allInnerTexts()).map((text) => text.trim());
  }

  /** Runs axe-core with WCAG A, AA and AAA rules (AAA contrast included) and returns the violations. */
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

  /** Whether anything sticks out of the viewport (a layout that does not fit the screen). */
  async overflows(): Promise<{ horizontal: boolean; vertical: boolean }> {
    return this.page.evaluate<{ horizontal: boolean; vertical: boolean }>(`({
      horizontal: document.documentElement.scrollWidth > window.innerWidth || [...document.querySelectorAll('.current-number, .current-counter, .recent-row')].some((element) => element.scrollWidth > element.clientWidth + 1),
      vertical: document.documentElement.scrollHeight > window.innerHeight,
    })`);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled' });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
