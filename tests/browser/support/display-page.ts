import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { injectAxe, waitForExpression } from './page-scripts.js';

/** One announcement as the announcer's test hook records it (display-app announcer-contract.ts). */
export type RecordedAnnouncement = { number: string; counterName: string; recall: boolean; startedAt: number; finishedAt: number | null; parts: string[] };

/** One rule axe-core found broken, with where. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

export type Viewport = { width: number; height: number };
export const landscape: Viewport = { width: 1920, height: 1080 };
export const portrait: Viewport = { width: 1080, height: 1920 };

/** The queues under the calls as the room sees them now: which page, and which services are on it. */
export type QueuePage = { indicator: string | null; onPage: string[]; all: string[] };

/** Font sizes in CSS px of what a citizen reads at a distance (a 1080 px-high 55" screen: 1 px ≈ 0.63 mm). */
export type ReadingSizes = { queueName: number; queueFigures: number; recentTime: number; currentTime: number; recentNumber: number };

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
   * (`audio=test`), which still records and times every announcement. `clock` installs
   * Playwright's clock before the page loads: time runs as usual, and `passTime` jumps ahead.
   */
  static async open(
    browser: Browser,
    serverUrl: string,
    settings: Record<string, string> = {},
    options: { viewport?: Viewport; reducedMotion?: boolean; clock?: boolean } = {},
  ): Promise<DisplayPage> {
    const context = await browser.newContext({
      viewport: options.viewport ?? landscape,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      locale: 'da-DK',
    });
    const page = await context.newPage();
    if (options.clock) await page.clock.install();
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

  /** Moves the page's clock `ms` ahead (needs `clock` at open): held calls give way, queue pages turn. */
  async passTime(ms: number): Promise<void> {
    await this.page.clock.fastForward(ms);
  }

  /** With the clock stopped: moves it `ms` ahead, firing every timer on the way (the announcer's clips, the big slot's turn). */
  async runFor(ms: number): Promise<void> {
    await this.page.clock.runFor(ms);
  }

  /** Stops the page's clock (needs `clock` at open): from now on time moves only by `passTime` or `runFor`. */
  async pauseClock(): Promise<void> {
    await this.page.clock.pauseAt(new Date((await this.page.evaluate<number>('Date.now()')) + 1_000));
  }

  /** The page of queues up now: its "1/2", the services shown on it, and every service in the list. */
  async queuePage(): Promise<QueuePage> {
    return this.page.evaluate<QueuePage>(`(() => {
      const items = [...document.querySelectorAll('.waiting-item')];
      // On screen: laid out at full size inside the viewport, not clipped to a pixel for screen readers.
      const shown = (item) => {
        const box = item.getBoundingClientRect();
        return box.width > 50 && box.height > 50 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
      };
      return {
        indicator: document.querySelector('[data-testid="waiting-page"]')?.textContent.trim() ?? null,
        onPage: items.filter(shown).map((item) => item.dataset.service),
        all: items.map((item) => item.dataset.service),
      };
    })()`);
  }

  /** What a screen reader finds in "Venter nu" (its accessibility tree as YAML). */
  async queuesForScreenReaders(): Promise<string> {
    return this.page.locator('section.waiting').ariaSnapshot();
  }

  /** Font sizes of the queues' names and figures, the call times and the listed numbers, in CSS px. */
  async readingSizes(): Promise<ReadingSizes> {
    return this.page.evaluate<ReadingSizes>(`(() => {
      const size = (selector) => {
        const element = document.querySelector(selector);
        return element ? parseFloat(getComputedStyle(element).fontSize) : 0;
      };
      return {
        queueName: size('.waiting-item:not(.visually-hidden) .waiting-name'),
        queueFigures: size('.waiting-item:not(.visually-hidden) .waiting-figures'),
        recentTime: size('.recent-row .called-at'),
        currentTime: size('.current .called-at'),
        recentNumber: size('.recent-number'),
      };
    })()`);
  }

  /** The listed calls shown whole (top to bottom) and whether every one of them lies inside its list. */
  async recentRowsShown(): Promise<{ numbers: string[]; allInside: boolean }> {
    return this.page.evaluate<{ numbers: string[]; allInside: boolean }>(`(() => {
      const list = document.querySelector('.recent-list').getBoundingClientRect();
      const rows = [...document.querySelectorAll('.recent-row')].filter((row) => getComputedStyle(row).visibility === 'visible');
      return {
        numbers: rows.map((row) => row.querySelector('.recent-number').textContent.trim()),
        allInside: rows.every((row) => { const box = row.getBoundingClientRect(); return box.top >= list.top - 0.5 && box.bottom <= list.bottom + 0.5; }),
      };
    })()`);
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
