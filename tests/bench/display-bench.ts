/**
 * Benchmark phase "call → screen": the delay from a call-next request going out to the called
 * number standing on the screens of 20 wall displays, each a headless Chromium page of /display
 * at 1920×1080. Run as a phase of `npm run bench` (run.ts), against the same child-process server.
 *
 * How the moment "shown" is taken: a MutationObserver in each page sees the call first stand on
 * the screen — on the big slot, or at the top of the list while an earlier call still holds the
 * big slot (display-app call-stage.ts) — waits for the next animation frame (the frame that
 * paints it) and reports the time
 * through a function exposed to the page. Node stamps the request with Date.now() just before it
 * goes out; the pages stamp with Date.now() too, and both read the same system clock, so the two
 * can be subtracted. Calls are made one at a time, like counters in a real centre.
 *
 * All 20 pages run on this one machine beside the server and this load generator, so the figure
 * includes their competition for the CPU; a real display has a machine of its own.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/support/chromium.js';
import { repositoryRoot } from '../reliability/child-server.js';
import { percentile, type Client } from './http-load.js';

export const callToScreenPlan = { displays: 20, calls: 40, waitPerCallMs: 5_000 } as const;

/** The table rows of this phase, in run.ts's format. */
export const callToScreenRows = [
  { key: 'callToScreen.p50Ms', label: 'call → screen (20 displays): p50', unit: 'ms' },
  { key: 'callToScreen.p99Ms', label: 'call → screen (20 displays): p99', unit: 'ms' },
  { key: 'callToScreen.maxMs', label: 'call → screen (20 displays): max', unit: 'ms' },
];

/** The promise: a call appears on the displays within a second. */
export const callToScreenTargets = {
  'callToScreen.p99Ms': { label: '< 1,000 ms', met: (value: number) => value < 1_000 },
};

type Seat = { counterId: string; token: string };

/** Runs in every display page before its scripts: reports each new big call once it is painted. */
const observerScript = `
(() => {
  const seen = new Set();
  const check = () => {
    for (const element of document.querySelectorAll('.current-body[data-event-id], .recent-row[data-event-id]')) {
      if (seen.has(element.dataset.eventId)) continue;
      seen.add(element.dataset.eventId);
      const number = element.dataset.number;
      requestAnimationFrame(() => window.__benchShown(number, Date.now()));
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-event-id'] });
})();
`;

/** The renderer must be built for the server to serve /display; `npm run bench` does not build first. */
function ensureRendererBuilt(progress: (message: string) => void): void {
  if (existsSync(path.join(repositoryRoot, 'display-app/dist/renderer/index.html'))) return;
  progress('call → screen: the display renderer is not built; running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed; the display benchmark needs the built renderer');
}

/**
 * Opens the displays on `url`, makes `callToScreenPlan.calls` calls at the given counters one at
 * a time, and returns the delays' figures. `tickets` must hold at least that many waiting tickets.
 */
export async function measureCallToScreen(options: {
  url: string;
  client: Client;
  seats: Seat[];
  progress: (message: string) => void;
}): Promise<Record<string, number>> {
  const { displays, calls, waitPerCallMs } = callToScreenPlan;
  ensureRendererBuilt(options.progress);
  options.progress(`call → screen: ${displays} displays (Chromium pages at 1920×1080), ${calls} calls`);
  const browser: Browser = await launchChromium();
  /** ticket number → when each display painted it. */
  const shown = new Map<string, number[]>();
  const complete = new Map<string, () => void>();
  try {
    const pages: Page[] = [];
    for (let index = 0; index < displays; index += 1) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.exposeFunction('__benchShown', (number: string, at: number) => {
        const times = shown.get(number) ?? [];
        times.push(at);
        shown.set(number, times);
        if (times.length === displays) complete.get(number)?.();
      });
      await page.addInitScript({ content: observerScript });
      // sound=0: the announcer records but plays nothing; this measures the screen.
      await page.goto(`${options.url}/display?sound=0`);
      pages.push(page);
    }
    await Promise.all(pages.map((page) => page.locator('[data-connection="online"]').waitFor({ timeout: 30_000 })));
    shown.clear();

    const delays: number[] = [];
    let missed = 0;
    for (let call = 0; call < calls; call += 1) {
      const seat = options.seats[call % options.seats.length]!;
      const sentAt = Date.now();
      const answer = await options.client.send('POST', `/api/counters/${seat.counterId}/call-next`, { token: seat.token });
      if (answer.status !== 200) throw new Error(`call-next at ${seat.counterId} answered ${answer.status} ${answer.text}`);
      const { number } = (JSON.parse(answer.text) as { ticket: { number: string } }).ticket;
      if ((shown.get(number)?.length ?? 0) < displays) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitPerCallMs);
          complete.set(number, () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      const times = shown.get(number) ?? [];
      missed += displays - times.length;
      for (const at of times) delays.push(at - sentAt);
      // Let the pages settle (the highlight starts, React idles) before the next call.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      'callToScreen.p50Ms': percentile(delays, 50),
      'callToScreen.p99Ms': percentile(delays, 99),
      'callToScreen.maxMs': delays.length > 0 ? Math.max(...delays) : Number.NaN,
      'callToScreen.displays': displays,
      'callToScreen.calls': calls,
      'callToScreen.samples': delays.length,
      'callToScreen.missed': missed,
    };
  } finally {
    await browser.close();
  }
}
