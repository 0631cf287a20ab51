import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Test code in pages that run under their Content-Security-Policy (`script-src 'self'`, no
 * `unsafe-eval`): an injected `<script>` tag and `waitForFunction` with a string (evaluated with
 * `eval` in the page) are refused, while `page.evaluate` of a string goes through the DevTools
 * protocol, which the policy does not govern. So the apps are tested under their real policy.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes `window.axe` available in the page (once). */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(axeSource);
}

/** Waits until a JavaScript expression is true in the page, asking every 50 ms. */
export async function waitForExpression(page: Page, expression: string, options: { timeout?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    if (await page.evaluate<boolean>(`Boolean(${expression})`)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
