/**
 * Statistics in Chromium against the real server: a unit leader reads the figures of two busy
 * days worked through the API, changes the period and the unit, downloads a table as CSV, and
 * opens the printable evaluation; both pages checked with axe-core, photographed at 1366×768 and
 * the evaluation saved as a PDF (/tmp/shots/reports/). Needs the built staff app
 * (`npm run build -w @dintur/staff-app`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type StatsReport } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { ReportsPage, reportShotsDir, twoBusyDays as workedDays } from './support/reports-page.js';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../staff-app/dist/index.html');

const suite = browserSuite(() => {
  if (!existsSync(builtIndex)) throw new Error(`The staff app is not built (${builtIndex}): run "npm run build -w @dintur/staff-app" first.`);
});
/** Two busy days worked through the API once (about 15 s); the tests only read them. */
let centre: Awaited<ReturnType<typeof workedDays>>;

beforeAll(async () => {
  centre = await workedDays();
}, 120_000);
afterAll(async () => {
  await centre?.server.close();
});

async function openReports(server: TestServer, query: string): Promise<ReportsPage> {
  const reports = await ReportsPage.open(suite.browser, server.url, `/staff/reports?${query}`);
  suite.closeAfterTest(() => reports.close());
  await reports.signIn('leder', 'leder-password');
  await reports.waitForFigures();
  return reports;
}

async function statsOf(server: TestServer, query: Record<string, string>) {
  const token = await server.login('leder', 'leder-password');
  const response = await server.request('GET', `/api/stats?${new URLSearchParams(query)}`, { token });
  expect(response.status).toBe(200);
  return operations.getStats.response.parse(response.body) satisfies StatsReport;
}

const danish = (value: number, decimals: number) => String(Number(value.toFixed(decimals))).replace('.', ',');

describe('statistics for unit leaders', { timeout: 60_000 }, () => {
  it('shows the figures of a period, follows a new period and unit, and exports a table that Danish Excel reads', async () => {
    const { server, monday, tuesday } = centre;
    const reports = await openReports(server, 'from=2026-11-24&to=2026-11-24');
    expect(await reports.page.getByRole('heading', { level: 1 }).innerText()).toBe('Statistik og evaluering');
    expect(await reports.headline('issued')).toBe(String(tuesday.issued));
    await expect.poll(() => reports.chart('arrivals').getAttribute('role')).toBe('img');
    expect(await reports.page.locator('#arrivals-desc').textContent()).toContain(`I alt ${tuesday.issued} numre`);
    await ReportsPage.screenshot(reports.page, 'reports-1366x768');
    await ReportsPage.screenshot(reports.page, 'reports-full', true);

    await reports.choosePeriod('2026-11-23', '2026-11-24');
    expect(await reports.headline('issued')).toBe(String(monday.issued + tuesday.issued));
    expect(await reports.chart('days').isVisible()).toBe(true);

    await reports.chooseUnit('Pension og Omsorg');
    expect(reports.page.url()).toContain('unitId=pension-care');
    const pensionIssued = (monday.byUnit['pension-care'] ?? 0) + (tuesday.byUnit['pension-care'] ?? 0);
    expect(await reports.headline('issued')).toBe(String(pensionIssued));
    await ReportsPage.screenshot(reports.page, 'reports-pension-care-full', true);

    const csv = await reports.downloadCsv('Pr. ydelse');
    expect(csv.fileName).toBe('dintur-pr-ydelse-2026-11-23-til-2026-11-24-pension-og-omsorg.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain('\r\n');
    const [header, ...rows] = csv.rows;
    expect(header?.slice(0, 3)).toEqual(['Ydelse', 'Enhed', 'Numre taget']);
    const total = rows.find((row) => row[0] === 'I alt');
    expect(total?.[2]).toBe(String(pensionIssued));
    // The same figures as the API, written with a decimal comma.
    const api = await statsOf(server, { from: '2026-11-23', to: '2026-11-24', unitId: 'pension-care' });
    const medianColumn = header!.indexOf('Ventetid, median (min)');
    expect(total?.[medianColumn]).toBe(danish(api.total.waits.median!, 2));
    const housing = rows.find((row) => row[0] === 'Boligstøtte');
    expect(housing?.[1]).toBe('Pension og Omsorg');

    expect(await ReportsPage.accessibilityViolations(reports.page)).toEqual([]);
  });

  it('prints the evaluation of the period: figures, charts and definitions on a clean A4 page', async () => {
    const { server, monday, tuesday } = centre;
    const reports = await openReports(server, 'from=2026-11-23&to=2026-11-24');
    const printable = await reports.openPrintable();
    expect(new URL(printable.url()).pathname).toBe('/staff/report');
    expect(await printable.getByRole('heading', { level: 1 }).innerText()).toBe('Evaluering af borgernes brug af kanalerne');
    expect(await printable.locator('.top-bar').count()).toBe(0); // no app navigation
    expect(await printable.getByTestId('headline-issued').locator('.report-headline-value').innerText()).toBe(String(monday.issued + tuesday.issued));
    expect(await printable.getByRole('button', { name: 'Hent som CSV', exact: false }).count()).toBe(0);
    expect(await printable.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(7);
    expect(await printable.getByRole('button', { name: 'Udskriv / gem som PDF' }).isEnabled()).toBe(true);
    expect(await ReportsPage.accessibilityViolations(printable)).toEqual([]);

    await printable.setViewportSize({ width: 1366, height: 768 });
    await ReportsPage.screenshot(printable, 'evaluation-1366x768');
    // On paper: A4 at 96 dpi, as the print stylesheet lays it out (the PDF below is the real print).
    await printable.setViewportSize({ width: 794, height: 1123 });
    await printable.emulateMedia({ media: 'print' });
    await ReportsPage.screenshot(printable, 'evaluation-a4-print-full', true);
    const pdf = await printable.pdf({ path: path.join(reportShotsDir, 'evaluation.pdf'), preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 portrait, a section per page: more than a cover page and well under a book.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(24);
  });

  it('counts the quick periods back from today, and says so when a printable report lacks its period', async () => {
    const { server, tuesday } = centre;
    const reports = await ReportsPage.open(suite.browser, server.url, '/staff/reports');
    suite.closeAfterTest(() => reports.close());
    await reports.page.clock.setFixedTime(new Date('2026-11-24T16:00:00+01:00'));
    await reports.page.reload();
    await reports.signIn('leder', 'leder-password');
    await reports.waitForFigures();
    expect(reports.page.url()).toContain('from=2026-11-18&to=2026-11-24'); // last 7 days by default
    await reports.page.getByRole('button', { name: 'I dag' }).click();
    await reports.page.waitForURL(/from=2026-11-24&to=2026-11-24/);
    await reports.waitForFigures();
    expect(await reports.page.getByRole('button', { name: 'I dag' }).getAttribute('aria-pressed')).toBe('true');
    expect(await reports.headline('issued')).toBe(String(tuesday.issued));

    // A period that ends before it starts is refused on the page, in Danish, and nothing is fetched.
    await reports.page.getByLabel('Fra dato').fill('2026-11-24');
    await reports.page.getByLabel('Til dato').fill('2026-11-01');
    await reports.page.getByRole('button', { name: 'Vis tal' }).click();
    await reports.page.getByRole('alert').filter({ hasText: 'Til-datoen må ikke ligge før fra-datoen.' }).waitFor();
    expect(await reports.page.getByLabel('Til dato').getAttribute('aria-invalid')).toBe('true');
    expect(reports.page.url()).toContain('from=2026-11-24&to=2026-11-24');

    await reports.page.goto(`${server.url}/staff/report?from=2026-11-24&to=2026-11-01`);
    await reports.page.getByRole('alert').filter({ hasText: 'Angiv en periode' }).waitFor();
  });
});
