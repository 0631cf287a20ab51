import type { Page } from 'playwright-core';
import type { AxeViolation } from './display-page.js';
import { injectAxe } from './page-scripts.js';


/** axe-core on the whole page with the WCAG A, AA and AAA rules (AAA contrast included) and best practice. */
export async function accessibilityViolationsOf(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate<AxeViolation[]>(`
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

/** What has the keyboard focus: its tag and its text or name, as a person at the screen would say it. */
export function focusedElementOf(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '';
    return element.tagName.toLowerCase() + ': ' + name.trim().replace(/\\s+/g, ' ');
  })()`);
}
