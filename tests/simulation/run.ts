/**
 * `npm run simulate`: simulates days at the centre with the real engine and compares its routing
 * and estimates with first-come-first-served and with queueing theory.
 *
 *   npm run simulate                         Valby Thursday, 30 replications
 *   npm run simulate -- --peak               the peak-day variant (×1.4)
 *   npm run simulate -- --scenario FILE --replications 50 --seed 100
 *   npm run simulate -- --json               one JSON object instead of the table
 *   npm run simulate -- --http               one day driven over real HTTP on loopback
 * The chart is written to tests/simulation/out/report.html (or --html FILE).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromLocal } from '@dintur/server';
import { createInProcessDriver, type CentreDriver } from './driver.js';
import { createHttpDriver } from './http-driver.js';
import { dayMetrics, hourlyReferences, type DayMetrics } from './metrics.js';
import { evaluate, formatHtml, formatTable } from './report.js';
import { loadScenario, type Scenario } from './scenario.js';
import { simulateDay, type Policy } from './simulator.js';
import { drawVisits, minuteOf } from './visits.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const scenarioFile = option('scenario') ?? path.join(here, 'scenarios', args.includes('--peak') ? 'valby-thursday-peak.json' : 'valby-thursday.json');
const overHttp = args.includes('--http');
const replications = Number(option('replications') ?? (overHttp ? 1 : 30));
const firstSeed = Number(option('seed') ?? 1);
const htmlFile = option('html') ?? path.join(here, 'out', 'report.html');
const asJson = args.includes('--json');

/** Simulates every replication under both policies, on the same visits (common random numbers). */
export async function runReplications(scenario: Scenario, count: number, seed: number, http = false) {
  const references = hourlyReferences(scenario);
  const results: Record<Policy, DayMetrics[]> = { engine: [], fcfs: [] };
  // Staff sign in just before opening (sessions last 12 hours, a simulated day less).
  const startInstant = fromLocal(scenario.date, minuteOf(scenario.open) - 5, scenario.centre.centre.timeZone);
  for (let replication = 0; replication < count; replication += 1) {
    const visits = drawVisits(scenario, seed + replication);
    for (const policy of ['engine', 'fcfs'] as const) {
      const driver: CentreDriver = http ? await createHttpDriver(scenario, startInstant) : createInProcessDriver(scenario, startInstant);
      results[policy].push(dayMetrics(scenario, await simulateDay(scenario, visits, policy, driver), references));
    }
    if (!asJson) process.stderr.write(`\rreplication ${replication + 1} of ${count}`);
  }
  if (!asJson) process.stderr.write('\n');
  return evaluate(scenario.name, results.engine, results.fcfs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const scenario = loadScenario(scenarioFile);
  const started = performance.now();
  const evaluation = await runReplications(scenario, replications, firstSeed, overHttp);
  mkdirSync(path.dirname(htmlFile), { recursive: true });
  writeFileSync(htmlFile, formatHtml(evaluation));
  if (asJson) {
    console.log(JSON.stringify(evaluation));
  } else {
    console.log(formatTable(evaluation));
    console.log(`\n${overHttp ? 'over HTTP, ' : ''}${((performance.now() - started) / 1000).toFixed(1)} s; chart: ${path.relative(process.cwd(), htmlFile)}`);
  }
}
