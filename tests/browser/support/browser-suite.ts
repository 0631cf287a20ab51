import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';

/**
 * The set-up a browser test file shares: one Chromium for the file, launched after `prepare`
 * (e.g. a check that the app is built), and what each test opened closed after it, last opened
 * first. Call it at the top of the file.
 */
export function browserSuite(prepare?: () => void) {
  let browser: Browser | undefined;
  const openResources: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    prepare?.();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const close of openResources.splice(0).reverse()) await close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is launched in beforeAll: use the browser inside a test.');
      return browser;
    },
    /** Closes a server, page or gateway after the test. */
    closeAfterTest(close: () => Promise<void>): void {
      openResources.push(close);
    },
  };
}
