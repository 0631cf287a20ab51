/**
 * `npm run simulate`: simulates days at the centre with the real engine and compares its routing
 * and estimates with a fair baseline (FCFS among walk-ins, appointments at their time), plain
 * first-come-first-served and queueing theory.
 *
 *   npm run simulate                         Valby Thursday on the 30 holdout seeds (1001–1030)
 *   npm run simulate -- --tune               on the 30 tuning seeds (1–30): tune the engine here
 *   npm run simulate -- --peak               the peak-day variant (×1.4)
 *   npm run simulate -- --scenario FILE --replications 50 --seed 100
 *   npm run simulate -- --json               one JSON object instead of the table
 *   npm run simulate -- --estimates FILE     every judged estimate as CSV (seed, service, estimate, baseline, wait)
 *   npm run simulate -- --no-capacity        skip the what-if runs with an extra counter
 *   npm run simulate -- --http               one day driven over real HTTP on loopback
 * The chart is written to tests/simulation/out/report.html (or --html FILE).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '@dintur/server/simulation';
import { capacityAdvice } from './capacity.js';
import { estimateRows, estimatesCsvHeader } from './estimates-csv.js';
import { evaluate, type SeedInfo } from './evaluate.js';
import { formatHtml, formatTable } from './report.js';
import { runReplications, seedRanges, seedsFrom } from './replications.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const scenarioFile = option('scenario') ?? path.join(here, 'scenarios', args.includes('--peak') ? 'valby-thursday-peak.json' : 'valby-thursday.json');
  const overHttp = args.includes('--http');
  const range = args.includes('--tune') ? seedRanges.tuning : seedRanges.holdout;
  const count = Number(option('replications') ?? (overHttp ? 1 : range.count));
  const first = Number(option('seed') ?? range.first);
  const kind: SeedInfo['kind'] = option('seed') !== undefined ? 'custom' : args.includes('--tune') ? 'tuning' : 'holdout';
  const htmlFile = option('html') ?? path.join(here, 'out', 'report.html');
  const estimatesFile = option('estimates');
  const asJson = args.includes('--json');
  const progress = (label: string) => (done: number, total: number) => {
    if (!asJson) process.stderr.write(`\r${label} ${done} of ${total}${done === total ? '\n' : ''}`);
  };

  const scenario = loadScenario(scenarioFile);
  const started = performance.now();
  const seeds = seedsFrom(first, count);
  const csv: string[] = [estimatesCsvHeader];
  const days = await runReplications(scenario, {
    seeds,
    http: overHttp,
    onProgress: progress('replication'),
    ...(estimatesFile && { onDay: (seed, policy, day) => policy === 'engine' && csv.push(...estimateRows(seed, day)) }),
  });
  const capacity = overHttp || args.includes('--no-capacity') ? [] : await capacityAdvice(scenario, seeds, days.engine, progress('capacity what-if'));
  const evaluation = evaluate(scenario.name, { kind, first, last: first + count - 1 }, days, capacity);
  mkdirSync(path.dirname(htmlFile), { recursive: true });
  writeFileSync(htmlFile, formatHtml(evaluation));
  if (estimatesFile) writeFileSync(estimatesFile, `${csv.join('\n')}\n`);
  const seconds = (performance.now() - started) / 1000;
  if (asJson) {
    console.log(JSON.stringify({ ...evaluation, seconds }));
  } else {
    console.log(formatTable(evaluation));
    console.log(`\n${overHttp ? 'over HTTP (no previous day, booked citizens take numbers), ' : ''}${seconds.toFixed(1)} s; chart: ${path.relative(process.cwd(), htmlFile)}`);
  }
}
