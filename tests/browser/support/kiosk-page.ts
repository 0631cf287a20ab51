import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AxeViolation, Viewport } from './display-page.js';
import { injectAxe, waitForExpression } from './page-scripts.js';

export type { Viewport };
export const portrait: Viewport = { width: 1080, height: 1920 };
export const landscape: Viewport = { width: 1920, height: 1080 };

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built kiosk page: what the server serves at /kiosk/ and the Electron shell loads from disk. */
export const kioskIndexHtml = path.join(repositoryRoot, 'kiosk-app/dist/renderer/index.html');

/** Fails with what to do when the kiosk has not been built (the server would answer 503). */
export function requireBuiltKiosk(): void {
  if (!existsSync(kioskIndexHtml)) {
    throw new Error(`The kiosk is not built (${kioskIndexHtml} is missing): run "npm run build -w @dintur/kiosk-app" first.`);
  }
}

/** A control on screen: its name for messages, and where it is. */
export type ControlBox = { name: string; x: number; y: number; width: number; height: number };

/** What the ticket screen shows. */
export type ShownTicket = { number: string; service: string; ahead: string; estimate: string | null; printStatus: string };

/** What the fake Electron bridge of `openFromDisk` is: the shell's config and what it prints. */
export type ShellBridgeOptions = { serverUrl: string; kioskId: string; printed: 'ok' | 'paper-end' };

/**
 * Page model of the kiosk (`/kiosk`), as a citizen touches it. Tests speak in these terms — take a
 * number, choose a service, the number on screen — not in selectors. In-page code is passed as
 * strings: the tests are type-checked for Node, without the DOM's types.
 */
export class KioskPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly viewport: Viewport,
  ) {}

  /**
   * Opens the kiosk in a fresh browser context, as a browser kiosk does: `/kiosk/?kiosk=…&lang=…`.
   * `clock` installs Playwright's fake clock before the page loads, so tests move time instead
   * of waiting for it.
   */
  static async open(
    browser: Browser,
    serverUrl: string,
    options: { viewport?: Viewport; query?: Record<string, string>; clock?: boolean } = {},
  ): Promise<KioskPage> {
    requireBuiltKiosk();
    const viewport = options.viewport ?? portrait;
    // bypassCSP: axe-core is injected as a script, which the kiosk's own policy (no inline script) refuses.
    const context = await browser.newContext({ viewport, locale: 'da-DK', hasTouch: true, bypassCSP: true });
    const page = await context.newPage();
    if (options.clock) await page.clock.install();
    const query = new URLSearchParams(options.query ?? {});
    await page.goto(`${serverUrl}/kiosk/${query.size > 0 ? `?${query}` : ''}`);
    const kiosk = new KioskPage(context, page, viewport);
    await kiosk.waitForStart();
    return kiosk;
  }

  /**
   * Opens the built page from disk, as the Electron shell loads it, with a stand-in for the
   * shell's preload bridge (`window.dinturKiosk`): its config names the server, and its printer
   * records every receipt in `window.__dinturPrinted`. Needs a Chromium that lets a file page load
   * its module scripts (`--allow-file-access-from-files`, as Electron does for its own files).
   */
  static async openFromDisk(browser: Browser, bridge: ShellBridgeOptions, options: { viewport?: Viewport } = {}): Promise<KioskPage> {
    requireBuiltKiosk();
    const viewport = options.viewport ?? portrait;
    const context = await browser.newContext({ viewport, locale: 'da-DK', bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript(`
      window.__dinturPrinted = [];
      window.__dinturScanListeners = [];
      const status = (state) => ({ state, canPrint: state === 'ok', checkedAt: new Date().toISOString() });
      window.dinturKiosk = {
        getConfig: async () => (${JSON.stringify({
          serverUrl: bridge.serverUrl,
          kioskId: bridge.kioskId,
          printer: { connection: { type: 'tcp', host: '127.0.0.1', port: 9100 }, columns: 42 },
        })}),
        print: async (receipt) => {
          window.__dinturPrinted.push(receipt);
          return ${JSON.stringify(bridge.printed)} === 'ok'
            ? { printed: true }
            : { printed: false, status: status(${JSON.stringify(bridge.printed)}), reason: 'paper end' };
        },
        printerStatus: async () => status(${JSON.stringify(bridge.printed)}),
        onScan: (listener) => {
          window.__dinturScanListeners.push(listener);
          return () => { window.__dinturScanListeners = window.__dinturScanListeners.filter((other) => other !== listener); };
        },
      };
    `);
    await page.goto(pathToFileURL(kioskIndexHtml).href);
    const kiosk = new KioskPage(context, page, viewport);
    await kiosk.waitForStart();
    return kiosk;
  }

  /** Waits until the start screen is there (the page has the centre from its server). */
  async waitForStart(timeoutMs = 10_000): Promise<void> {
    await this.page.getByTestId('take-number').waitFor({ timeout: timeoutMs });
    await this.waitUntilSettled();
  }

  /**
   * Waits until the screen takes taps: for a moment after each new screen the kiosk swallows them
   * (the second half of a double tap), which a test clicking at machine speed would run into.
   */
  async waitUntilSettled(): Promise<void> {
    await this.page.locator('[data-testid="kiosk"][data-settling="false"]').waitFor();
  }

  /** Taps a control, once the screen takes taps. */
  async tap(target: Locator): Promise<void> {
    await this.waitUntilSettled();
    await target.click();
  }

  /** Which screen is showing (`start`, `services`, `self-service`, `ticket`, …). */
  async screen(): Promise<string | null> {
    return this.page.getByTestId('kiosk').getAttribute('data-screen');
  }

  async waitForScreen(name: string, timeoutMs = 5_000): Promise<void> {
    await this.page.locator(`[data-testid="kiosk"][data-screen="${name}"]`).waitFor({ timeout: timeoutMs });
    await this.waitUntilSettled();
  }

  /** Start screen: "Take a number". */
  async takeNumber(): Promise<void> {
    await this.tap(this.page.getByTestId('take-number'));
    await this.waitForScreen('services');
  }

  /** Start screen: "I have an appointment". */
  async haveAppointment(): Promise<void> {
    await this.tap(this.page.getByTestId('appointment'));
    await this.waitForScreen('check-in');
  }

  service(serviceId: string): Locator {
    return this.page.locator(`[data-service="${serviceId}"]`);
  }

  /**
   * Services screen: a service's wait as its card says it: `kind` (`no-counter`, `no-wait`,
   * `under`, `about`), the words on the card, and the wall display's short form of the same wait.
   */
  async serviceWait(serviceId: string): Promise<{ kind: string | null; sentence: string; short: string }> {
    await this.showService(serviceId);
    const wait = this.service(serviceId).getByTestId('service-estimate');
    return {
      kind: await wait.getAttribute('data-wait'),
      sentence: ((await wait.textContent()) ?? '').trim(),
      short: (await wait.getAttribute('data-short')) ?? '',
    };
  }

  /** Services screen: which page of services shows, of how many (1 of 1 when they all fit). */
  async servicePage(): Promise<{ page: number; pages: number }> {
    const pages = this.page.getByTestId('service-pages');
    return { page: Number(await pages.getAttribute('data-page')), pages: Number(await pages.getAttribute('data-pages')) };
  }

  /** Services screen: the ids of the services on the page showing, in order. */
  async servicesShown(): Promise<string[]> {
    return this.page.evaluate<string[]>(`[...document.querySelectorAll('.service-area [data-service]')].map((card) => card.dataset.service)`);
  }

  async nextServicePage(): Promise<void> {
    await this.tap(this.page.getByTestId('page-next'));
  }

  async previousServicePage(): Promise<void> {
    await this.tap(this.page.getByTestId('page-previous'));
  }

  /** Services screen: turns the pages (as a citizen would, with the buttons) until the service shows. */
  async showService(serviceId: string): Promise<void> {
    const shown = async () => (await this.service(serviceId).count()) > 0;
    if (await shown()) return;
    while ((await this.servicePage()).page > 1) {
      await this.previousServicePage();
      if (await shown()) return;
    }
    for (let at = await this.servicePage(); at.page < at.pages; at = await this.servicePage()) {
      await this.nextServicePage();
      if (await shown()) return;
    }
    throw new Error(`No page of services shows ${serviceId}`);
  }

  /** Services screen: taps a service, turning to its page first if it is on another. */
  async chooseService(serviceId: string): Promise<void> {
    await this.showService(serviceId);
    await this.tap(this.service(serviceId));
  }

  /** Takes a number for a service that cannot be done online: start → service → ticket. */
  async takeTicketFor(serviceId: string): Promise<ShownTicket> {
    await this.takeNumber();
    await this.chooseService(serviceId);
    await this.waitForScreen('ticket');
    await this.waitForPrintOutcome();
    return this.ticket();
  }

  /** Waits until the ticket screen knows what came of printing. */
  async waitForPrintOutcome(timeoutMs = 10_000): Promise<string> {
    await this.page.locator('[data-testid="kiosk"] .ticket:not([data-print="printing"])').waitFor({ timeout: timeoutMs });
    return (await this.page.locator('.ticket').getAttribute('data-print')) ?? '';
  }

  /** The ticket screen as read. */
  async ticket(): Promise<ShownTicket> {
    const text = async (testId: string) => ((await this.page.getByTestId(testId).count()) > 0 ? (await this.page.getByTestId(testId).innerText()).trim() : '');
    return {
      number: await text('ticket-number'),
      service: await text('ticket-service'),
      ahead: await text('people-ahead'),
      estimate: (await text('ticket-estimate')) || null,
      printStatus: await text('print-status'),
    };
  }

  /** The dark modules of the QR code on screen (the first one, or the one with this accessible name). */
  async qrMatrix(label?: string): Promise<boolean[][]> {
    const selector = label ? `svg[data-testid="qr-code"][aria-label=${JSON.stringify(label)}]` : 'svg[data-testid="qr-code"]';
    return this.page.evaluate<boolean[][]>(`(() => {
      const svg = document.querySelector(${JSON.stringify(selector)});
      const size = Number(svg.getAttribute('viewBox').split(' ')[2]);
      const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
      const d = svg.querySelector('path').getAttribute('d');
      for (const [, x, y, width] of d.matchAll(/M(\\d+) (\\d+)h(\\d+)/g)) {
        for (let column = Number(x); column < Number(x) + Number(width); column += 1) matrix[Number(y)][column] = true;
      }
      return matrix;
    })()`);
  }

  async chooseLanguage(code: string): Promise<void> {
    await this.tap(this.page.locator(`[data-testid="languages"] button[lang="${code}"]`));
    await waitForExpression(this.page, `document.documentElement.lang === ${JSON.stringify(code)}`);
  }

  async toggleReach(): Promise<void> {
    await this.tap(this.page.getByTestId('reach-toggle'));
  }

  async toggleLargeText(): Promise<void> {
    await this.tap(this.page.getByTestId('large-text-toggle'));
  }

  async back(): Promise<void> {
    await this.tap(this.page.getByTestId('back'));
  }

  async done(): Promise<void> {
    await this.tap(this.page.getByTestId('done'));
    await this.waitForScreen('start');
  }

  /** The page's language and direction. */
  async documentLanguage(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate<{ lang: string; dir: string }>('({ lang: document.documentElement.lang, dir: document.documentElement.dir })');
  }

  /** The main heading of the screen. */
  async title(): Promise<string> {
    return (await this.page.locator('[data-screen-title]').first().innerText()).trim();
  }

  /** Every visible button on screen (controls behind a modal dialog are inert and left out). */
  async controls(): Promise<ControlBox[]> {
    return this.page.evaluate<ControlBox[]>(`[...document.querySelectorAll('button')]
      .filter((button) => !button.closest('[inert]') && button.getClientRects().length > 0)
      .map((button) => {
        const box = button.getBoundingClientRect();
        return { name: (button.innerText || button.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' '), x: box.x, y: box.y, width: box.width, height: box.height };
      })`);
  }

  /** Whether anything sticks out: the page scrolls, the main area scrolls, or a label is cut. */
  async overflows(): Promise<{ page: boolean; main: boolean; clippedLabels: string[] }> {
    return this.page.evaluate<{ page: boolean; main: boolean; clippedLabels: string[] }>(`(() => {
      const main = document.querySelector('.kiosk-main');
      return {
        page: document.documentElement.scrollHeight > window.innerHeight + 1 || document.documentElement.scrollWidth > window.innerWidth + 1,
        main: main ? main.scrollHeight > main.clientHeight + 1 : false,
        // Hidden inert copies (the services the pages are counted on) are never seen.
        clippedLabels: [...document.querySelectorAll('button, .service-card')]
          .filter((element) => !element.closest('[inert]') && element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.innerText.trim()),
      };
    })()`);
  }

  /** The out-of-order screen's messages: each language's section, its direction and its text. */
  async outOfOrderMessages(): Promise<{ lang: string | null; dir: string | null; text: string }[]> {
    return this.page.evaluate<{ lang: string | null; dir: string | null; text: string }[]>(`[...document.querySelectorAll('[data-testid="out-of-order"] section')]
      .map((section) => ({ lang: section.getAttribute('lang'), dir: section.getAttribute('dir'), text: section.innerText }))`);
  }

  /** The computed font size of the first element matching `selector`, in CSS px. */
  async fontSizeOf(selector: string): Promise<number> {
    return this.page.evaluate<number>(`parseFloat(getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize)`);
  }

  /** The scan a HID-POS scanner would send through the shell (openFromDisk only). */
  async scanThroughShell(code: string): Promise<void> {
    await this.page.evaluate(`window.__dinturScanListeners.forEach((listener) => listener(${JSON.stringify(code)}))`);
  }

  /** What the shell's printer was given (openFromDisk only). */
  async printedReceipts(): Promise<Record<string, unknown>[]> {
    return this.page.evaluate<Record<string, unknown>[]>('structuredClone(window.__dinturPrinted)');
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

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, animations: 'disabled' });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
