/**
 * Planning the day (`/staff/plan`) in Chromium against the real server and its real forecast
 * worker: a leader opens tomorrow's usual plan, learned from weeks of history played on the real
 * engine, adds a counter in the busiest hours and sees the forecast improve; the unit rule's
 * refusal at the row; the whole flow by keyboard; a past day beside what happened. axe-core with
 * the forecast shown; screenshots at 1366×768 in /tmp/shots/staff/. Needs the built app
 * (`npm run build -w @dintur/staff-app`).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig, fillDemoHistory, openDatabase } from '@dintur/server';
import { CentreConfig } from '@dintur/shared';
import { adminPassword, startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { waitForExpression } from './support/page-scripts.js';
import { requireBuiltStaffApp, StaffPage } from './support/staff-page.js';

const suite = browserSuite(requireBuiltStaffApp);

// The demo centre with one more social counter, Skranke 11, that never opened in the history:
// the usual plan leaves it out, so the leader has a counter to add where the queue is longest.
const centre = CentreConfig.parse({
  ...demoConfig,
  counters: [
    ...demoConfig.counters,
    { id: 'sc-11', unitId: 'social-centre', name: 'Skranke 11', services: [{ serviceId: 'social-counselling', weight: 1 }, { serviceId: 'financial-assistance', weight: 1 }] },
  ],
});
/** Four past Wednesdays; the server's clock stands on Tuesday 24 November, so tomorrow is a Wednesday. */
const pastWednesdays = ['2026-10-28', '2026-11-04', '2026-11-11', '2026-11-18'];

let templateDir: string;

beforeAll(async () => {
  templateDir = mkdtempSync(path.join(tmpdir(), 'dintur-plan-history-'));
  const db = openDatabase(path.join(templateDir, 'dintur.sqlite'));
  db.pragma('synchronous = OFF');
  await fillDemoHistory({ db, dates: pastWednesdays, adminPassword, centre });
  db.close();
}, 120_000);

afterAll(() => {
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
});

/** A centre with the history (its own copy of the database), a leader of the social centre signed in on the plan page. */
async function leaderOnPlan(pagePath = '/staff/plan'): Promise<{ server: TestServer; leader: StaffPage }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-plan-'));
  copyFileSync(path.join(templateDir, 'dintur.sqlite'), path.join(dataDir, 'dintur.sqlite'));
  const server = await startTestServer({ dataDir });
  suite.closeAfterTest(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await server.createStaff('lene', 'manager', 'social-centre');
  const leader = await StaffPage.open(suite.browser, server.url, pagePath);
  suite.closeAfterTest(() => leader.close());
  await leader.signInAndWait('lene', 'lene-password');
  await leader.page.getByRole('heading', { name: 'Planlæg dagen', level: 1 }).waitFor();
  await leader.page.getByTestId('plan-table').waitFor();
  return { server, leader };
}

/** The mean waits shown in one unit's hour table, by hour ("10:00" → minutes), from one column. */
async function meansOf(page: Page, unitId: string, cell: string): Promise<Map<string, number>> {
  const rows = page.locator(`[data-testid="forecast"] table.plan-hours[data-unit="${unitId}"] tbody tr`);
  const pairs = await rows.evaluateAll(
    (elements, name) => elements.map((row) => [row.getAttribute('data-hour') ?? '', row.querySelector(`[data-cell="${name}"]`)?.getAttribute('data-value') ?? ''] as const),
    cell,
  );
  return new Map(pairs.filter(([, value]) => value !== '').map(([hour, value]) => [hour, Number(value)]));
}

/** The unit-hour with the longest mean wait of the single forecast shown. */
async function busiestUnitHour(page: Page): Promise<{ unitId: string; hour: string; mean: number }> {
  const units = await page.locator('[data-testid="forecast"] table.plan-hours').evaluateAll((tables) => tables.map((table) => table.getAttribute('data-unit') ?? ''));
  let busiest = { unitId: '', hour: '', mean: -1 };
  for (const unitId of units) for (const [hour, mean] of await meansOf(page, unitId, 'mean')) if (mean > busiest.mean) busiest = { unitId, hour, mean };
  return busiest;
}

/** Time allowed for a forecast (the target is 10 s; the machine is shared with other test runs). */
const forecastMs = 90_000;

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Presses Tab until the focused element matches `condition` (in-page code), at most `limit` times. */
async function tabUntil(page: Page, condition: string, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate<boolean>(`(() => { const element = document.activeElement; return Boolean(${condition}); })()`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${condition}`);
}

/** Presses `key` on a focused select until its value is `value`. */
async function chooseByKeyboard(page: Page, key: 'ArrowDown' | 'ArrowUp', value: string): Promise<void> {
  for (let presses = 0; presses < 20; presses += 1) {
    if (await page.evaluate<boolean>(`document.activeElement?.value === ${JSON.stringify(value)}`)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`the select never showed ${value}`);
}

const focusedHeading = (page: Page) => page.evaluate<string>(`document.activeElement?.tagName === 'H2' ? document.activeElement.textContent : ''`);

describe('planning the day', { timeout: 300_000 }, () => {
  it('opens tomorrow’s usual plan, adds a counter in the busiest hours and shows the forecast improve beside the usual one', async () => {
    const { leader } = await leaderOnPlan();
    const page = leader.page;
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Planlæg dagen' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByLabel('Dag', { exact: true }).inputValue()).toBe('2026-11-25');
    expect(await page.getByTestId('history-days').innerText()).toBe('4 tidligere onsdage i centrets log (2026-10-28 til 2026-11-18).');
    // The usual plan: the counters the history opened (Skranke 11 never).
    const stretches = await page.locator('[data-testid="plan-table"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-stretch') ?? ''));
    expect(stretches.map((stretch) => stretch.split(' ')[0])).toEqual(['bs-1', 'bs-2', 'bs-3', 'bs-4', 'bs-5', 'bs-6', 'po-7', 'po-8', 'sc-9', 'sc-10']);
    await leader.screenshot('plan-usual');

    // The usual plan's forecast, with its progress while it runs; focus lands on the result.
    await page.getByRole('button', { name: 'Beregn prognose' }).click();
    const progress = page.getByRole('progressbar', { name: 'Prognosens fremskridt' });
    await progress.waitFor();
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await leader.screenshot('plan-running');
    await waitForExpression(page, `document.activeElement?.id === 'forecast-heading'`, { timeout: forecastMs });
    expect(await focusedHeading(page)).toBe('Prognose');
    await leader.waitUntilSpoken('Prognosen er klar');
    expect(await page.getByTestId('breaks').innerText()).toContain('Her knækker planen');

    // The busiest hours are the social centre's: a third counsellor there for two hours.
    const busiest = await busiestUnitHour(page);
    expect(busiest.unitId).toBe('social-centre');
    const start = Math.min(Number(busiest.hour.slice(0, 2)), 14);
    const usualSocial = await meansOf(page, 'social-centre', 'mean');
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('plan-forecast');

    const add = page.getByTestId('add-stretch');
    await add.getByLabel('Skranke', { exact: true }).selectOption('sc-11');
    await add.getByLabel('Fra', { exact: true }).fill(clock(start));
    await add.getByLabel('Til', { exact: true }).fill(clock(start + 2));
    expect(await add.getByLabel('Medarbejder fra').inputValue()).toBe('social-centre');
    await add.getByRole('button', { name: `Tilføj Skranke 11 ${clock(start)}–${clock(start + 2)}` }).click();
    await leader.waitUntilSpoken(`Skranke 11 ${clock(start)}–${clock(start + 2)} er tilføjet til planen.`);
    await page.getByRole('button', { name: 'Beregn prognose' }).click();
    await page.locator('[data-testid="forecast"][data-compared="true"]').waitFor({ timeout: forecastMs });
    await waitForExpression(page, `document.activeElement?.id === 'forecast-heading'`);
    expect(await focusedHeading(page)).toBe('Sædvanlig plan mod din plan');

    // The two hours with the added counter: shorter waits, said in words, the usual ones unchanged beside them.
    expect(await meansOf(page, 'social-centre', 'usual-mean')).toEqual(usualSocial);
    const yours = await meansOf(page, 'social-centre', 'yours-mean');
    for (const hour of [clock(start), clock(start + 1)]) {
      expect(yours.get(hour)).toBeLessThan(usualSocial.get(hour)!);
      const row = page.locator(`table.plan-hours[data-unit="social-centre"] tr[data-hour="${hour}"] [data-cell="difference"]`);
      expect(await row.getAttribute('data-verdict')).toBe('better');
      expect(await row.innerText()).toMatch(/^[\d,]+ min kortere \(bedre\)$/);
    }
    expect(await page.locator('[data-testid="day-summary"] tr[data-figure="mean"] td').last().innerText()).toMatch(/kortere \(bedre\)$/);
    expect(await leader.accessibilityViolations()).toEqual([]);
    expect(await leader.overflowsHorizontally()).toBe(false);
    await leader.screenshot('plan-compared');
  });

  it('is usable by keyboard alone, and shows the unit rule’s refusal at the counter concerned', async () => {
    const { leader } = await leaderOnPlan();
    const page = leader.page;
    // Skranke 11 for the social centre, by keyboard, and told to call passports too: a social
    // counsellor may not decide on a passport, so the server refuses the plan.
    await tabUntil(page, `element?.id === 'plan-add-counter'`);
    await chooseByKeyboard(page, 'ArrowDown', 'sc-11');
    await tabUntil(page, `element?.id === 'plan-add-unit'`);
    expect(await page.evaluate<string>('document.activeElement.value')).toBe('social-centre');
    await page.keyboard.press('Tab');
    expect(await leader.focused()).toMatchObject({ tag: 'button', text: 'Tilføj Skranke 11 10:00–12:00' });
    await page.keyboard.press('Enter');
    const row = page.locator('[data-testid="plan-table"] tr[data-counter="sc-11"]');
    await row.waitFor();
    await tabUntil(page, `element?.tagName === 'SUMMARY' && element.textContent === 'Skift ydelser ved Skranke 11'`);
    await page.keyboard.press('Enter');
    await tabUntil(page, `element?.getAttribute('aria-label') === '${serviceName('passport')} ved Skranke 11'`);
    await page.keyboard.press('Space');
    expect(await row.getByTestId('unit-rule').innerText()).toBe(`Medarbejdere i ${unitName('social-centre')} får aldrig: ${serviceName('passport')} (kun medarbejdere i ${unitName('borgerservice')})`);

    await tabUntil(page, `element?.getAttribute('data-action') === 'forecast'`);
    await page.keyboard.press('Enter');
    const refusal = row.locator('[data-testid="stretch-problem"][data-field="services"]');
    await refusal.waitFor({ timeout: forecastMs });
    expect(await refusal.innerText()).toBe(`Afvist efter enhedsreglen: Medarbejdere i ${unitName('social-centre')} får aldrig: ${serviceName('passport')} (kun medarbejdere i ${unitName('borgerservice')}).`);
    await waitForExpression(page, `[...document.querySelectorAll('[data-testid="announcer-assertive"] p')].some((message) => message.textContent.startsWith('Afvist efter enhedsreglen'))`);
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('plan-refused');

    // Focus is on the services concerned; fixed by keyboard: passports off again; the forecast comes and takes focus.
    expect(await leader.focused()).toMatchObject({ tag: 'summary', text: 'Skift ydelser ved Skranke 11' });
    await tabUntil(page, `element?.getAttribute('aria-label') === '${serviceName('passport')} ved Skranke 11'`);
    await page.keyboard.press('Space');
    expect(await row.getByTestId('stretch-problem').count()).toBe(0);
    await tabUntil(page, `element?.getAttribute('data-action') === 'forecast'`);
    await page.keyboard.press('Enter');
    await waitForExpression(page, `document.activeElement?.id === 'forecast-heading'`, { timeout: forecastMs });
    expect(await focusedHeading(page)).toBe('Sædvanlig plan mod din plan');
  });

  it('shows a past day’s forecast beside what happened, and how far it was off', async () => {
    const { leader } = await leaderOnPlan('/staff/plan?date=2026-11-18');
    const page = leader.page;
    expect(await page.getByLabel('Dag', { exact: true }).inputValue()).toBe('2026-11-18');
    await page.getByText('Sådan gik det').waitFor();
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/plan/forecast'), { timeout: forecastMs });
    await page.getByRole('button', { name: 'Beregn prognose' }).click();
    const forecast = (await (await answer).json()) as { error: { meanAbsoluteMinutes: number; unitHours: number } | null; actual: unknown };
    expect(forecast.actual).not.toBeNull();
    expect(forecast.error?.meanAbsoluteMinutes).toEqual(expect.any(Number));
    const error = forecast.error!;
    const said = await page.getByTestId('forecast-error').innerText();
    const minutes = Number(/^Prognosen ramte i gennemsnit ([\d,]+) min ved siden af \(over (\d+) enhedstimer\)\.$/.exec(said)?.[1]?.replace(',', '.'));
    expect(Math.abs(minutes - error.meanAbsoluteMinutes)).toBeLessThanOrEqual(0.05 + (error.meanAbsoluteMinutes >= 10 ? 0.5 : 0));
    expect(said).toContain(`over ${error.unitHours} enhedstimer`);
    expect(await page.locator('[data-testid="past-day"] table.plan-hours').count()).toBeGreaterThan(0);
    expect(await leader.accessibilityViolations()).toEqual([]);
    await leader.screenshot('plan-past-day');
  });
});

/** A unit's Danish name as the centre's configuration has it. */
function unitName(unitId: string): string {
  return centre.units.find((entry) => entry.id === unitId)?.name.da ?? unitId;
}

/** A service's Danish name as the centre's configuration has it. */
function serviceName(serviceId: string): string {
  return centre.services.find((entry) => entry.id === serviceId)?.name.da ?? serviceId;
}
