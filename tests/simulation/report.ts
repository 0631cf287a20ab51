import type { ConfidenceInterval } from '@dintur/server/simulation';
import type { Evaluation } from './evaluate.js';

export type { Evaluation } from './evaluate.js';

/** The evaluation as a plain-text table. */
export function formatTable(evaluation: Evaluation): string {
  const lines: string[] = [];
  const ci = (value: ConfidenceInterval, digits = 1) =>
    Number.isFinite(value.halfWidth) ? `${value.mean.toFixed(digits)} ± ${value.halfWidth.toFixed(digits)}` : value.mean.toFixed(digits);
  const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
  const row = (...cells: string[]) => lines.push(cells.map((cell, index) => (index === 0 ? cell.padEnd(24) : cell.padStart(15))).join(''));
  const seeds = evaluation.seeds;
  const seedNote = seeds.kind === 'holdout' ? 'holdout seeds (not used for tuning)' : seeds.kind === 'tuning' ? 'TUNING seeds (--tune): not a fair report' : 'seeds chosen by hand';
  lines.push(
    `${evaluation.scenario}: ${evaluation.replications} replications, seeds ${seeds.first}–${seeds.last}, ${seedNote}; common random numbers; ± is the 95 % confidence half-width`,
    'policies: engine; fair = FCFS among walk-ins with the engine\'s appointment rules; FCFS = plain first-come-first-served, booked citizens in check-in order',
    '',
  );
  row('citizen-minutes a day', 'engine', 'fair', 'FCFS');
  const total = evaluation.totalWaiting;
  row('total waiting', ci(total.engine.total, 0), ci(total.fair.total, 0), ci(total.fcfs.total, 0));
  row('  walk-in waits', total.engine.walkIn.toFixed(0), total.fair.walkIn.toFixed(0), total.fcfs.walkIn.toFixed(0));
  row('  re-waits after transfer', total.engine.reWait.toFixed(0), total.fair.reWait.toFixed(0), total.fcfs.reWait.toFixed(0));
  row('  appointment lateness', total.engine.lateness.toFixed(0), total.fair.lateness.toFixed(0), total.fcfs.lateness.toFixed(0));
  const difference = total.engineMinusFair;
  lines.push(`engine − fair total: ${difference.mean.toFixed(0)} [${difference.low.toFixed(0)}, ${difference.high.toFixed(0)}] citizen-minutes a day`, '');
  row('appointments on time', 'engine', 'fair', 'FCFS');
  const punctuality = evaluation.punctuality;
  row('  started within 5 min', percent(punctuality.engine.shareWithin5.mean), percent(punctuality.fair.shareWithin5.mean), percent(punctuality.fcfs.shareWithin5.mean));
  row('  mean lateness (min)', punctuality.engine.meanMinutes.toFixed(1), punctuality.fair.meanMinutes.toFixed(1), punctuality.fcfs.meanMinutes.toFixed(1));
  lines.push('');
  row('walk-in wait (min)', 'engine', 'fair', 'FCFS', 'p90', '≤15 min', '≤30 min');
  for (const entry of evaluation.perClass) {
    row(entry.serviceId, ci(entry.engine), ci(entry.fair), ci(entry.fcfs), entry.p90.toFixed(1), `${(100 * entry.within15).toFixed(0)} %`, `${(100 * entry.within30).toFixed(0)} %`);
  }
  const walkIns = evaluation.walkInWait;
  row('all walk-ins', ci(walkIns.engine, 2), ci(walkIns.fair, 2), ci(walkIns.fcfs, 2), evaluation.overall.p90.toFixed(1), `${(100 * evaluation.overall.within15).toFixed(0)} %`, `${(100 * evaluation.overall.within30).toFixed(0)} %`);
  lines.push('', `p95 wait ${evaluation.overall.p95.toFixed(1)} min; re-wait after a transfer ${ci(evaluation.reWaitAfterTransfer)} min`);
  const estimates = evaluation.estimates;
  lines.push(
    `estimates (${estimates.judged} citizens who took a number): engine MAE ${ci(estimates.engineMae, 2)} min (bias ${estimates.engineBias.toFixed(2)}, under ${(100 * estimates.engineUnderestimated).toFixed(0)} %, ` +
      `under by > 10 min ${percent(estimates.engineUnderBy10)}); queue-length baseline with true means MAE ${ci(estimates.baselineMae, 2)} ` +
      `(bias ${estimates.baselineBias.toFixed(2)}, under ${(100 * estimates.baselineUnderestimated).toFixed(0)} %, under by > 10 min ${percent(estimates.baselineUnderBy10)})`,
    `  the stronger free-counter-aware baseline max(0, n + 1 − f) · m / s: MAE ${ci(estimates.freeAwareBaselineMae, 2)}, ` +
      `the engine's ${(100 * (1 - estimates.engineMae.mean / estimates.freeAwareBaselineMae.mean)).toFixed(1)} % lower; under by > 10 min ${percent(estimates.freeAwareBaselineUnderBy10)}`,
    `  numeric estimates while no counter of the service was open: ${estimates.numericWithoutOpenCounter}; estimates withheld while one was: ${estimates.withheldWithCounterOpen}`,
  );
  const utilisation = evaluation.utilisation;
  lines.push(
    `utilisation, opening hours: ${Object.entries(utilisation.openingHours).map(([counter, value]) => `${counter} ${(100 * value).toFixed(0)} %`).join(', ')}`,
    `utilisation, working day (until the last visit, ${utilisation.overtimeMinutes.toFixed(0)} min after closing on average): ${Object.entries(utilisation.workingDay).map(([counter, value]) => `${counter} ${(100 * value).toFixed(0)} %`).join(', ')}`,
    '',
  );
  row('hour (walk-ins)', 'engine wait', 'fair wait', 'FCFS wait', 'reference', 'load', 'ratio');
  for (const hour of evaluation.hours) {
    row(hour.hour, hour.engine.toFixed(2), hour.fair.toFixed(2), hour.fcfs.toFixed(2), hour.reference.toFixed(2), `${(100 * hour.load).toFixed(0)} %`, hour.mark ? '–' : hour.ratio.toFixed(2));
    if (hour.mark) lines.push(`    no stationary reference: ${hour.mark}`);
  }
  if (evaluation.capacity.length > 0) {
    lines.push('', 'where capacity, not routing, limits:');
    for (const advice of evaluation.capacity) lines.push(`  ${advice.sentence}`);
  }
  lines.push('', 'targets:');
  for (const target of evaluation.targets) lines.push(`  ${target.pass === null ? '–' : target.pass ? '✔' : '✘'} ${target.name}: ${target.value}`);
  return lines.join('\n');
}

/** A self-contained HTML page: waits by hour against the reference, as an SVG chart, and the table. */
export function formatHtml(evaluation: Evaluation): string {
  const width = 760;
  const height = 320;
  const margin = { left: 70, right: 20, top: 30, bottom: 40 };
  const hours = evaluation.hours;
  // Scaled to the simulated waits: a reference far above them is drawn at the top edge and
  // marked; an hour with no meaningful stationary reference (a class over capacity, or its
  // backlog) gets no reference point at all, only "no ref.".
  const maxWait = Math.max(1, ...hours.flatMap((hour) => [hour.engine, hour.fair, hour.fcfs].filter(Number.isFinite))) * 1.4;
  const clamp = (value: number) => (Number.isFinite(value) ? Math.min(value, maxWait) : maxWait);
  const x = (index: number) => margin.left + (index * (width - margin.left - margin.right)) / Math.max(1, hours.length - 1);
  const y = (value: number) => height - margin.bottom - (value / maxWait) * (height - margin.top - margin.bottom);
  const line = (values: (number | null)[], colour: string, dash: string, label: string) => {
    const points = values.flatMap((value, index) => (value === null ? [] : [`${x(index)},${y(clamp(value))}`]));
    return points.length === 0 ? '' : `<polyline fill="none" stroke="${colour}" stroke-width="3" stroke-dasharray="${dash}" points="${points.join(' ')}"><title>${label}</title></polyline>`;
  };
  const offScale = hours
    .map((hour, index) =>
      hour.mark === null && hour.reference <= maxWait
        ? ''
        : `<text x="${x(index)}" y="${margin.top - 10}" text-anchor="middle" font-size="11" fill="#555">${hour.mark === null ? `ref. ${hour.reference.toFixed(0)}` : 'no ref.'}<title>${hour.mark ?? ''}</title></text>`,
    )
    .join('\n');
  const ticks = Array.from({ length: 5 }, (_, index) => (maxWait * index) / 4);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dintur simulation: ${escape(evaluation.scenario)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#111}pre{background:#f4f4f4;padding:1rem;overflow:auto;font-size:12px;max-width:1100px}
.legend span{margin-right:1.5rem}.legend i{display:inline-block;width:2rem;border-top:3px solid;vertical-align:middle;margin-right:.4rem}</style></head>
<body><h1>Simulated day: ${escape(evaluation.scenario)}</h1>
<p>Mean walk-in wait by hour of arrival, over ${evaluation.replications} replications, against the largest queueing-theory reference for that hour
(“no ref.”: a class is above its counters’ capacity that hour, or still serving the backlog of such hours, so no stationary reference applies).</p>
<svg role="img" aria-labelledby="chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<title id="chart-title">Mean walk-in wait by hour: engine, fair baseline, first-come-first-served and the reference</title>
${ticks.map((tick) => `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/><text x="${margin.left - 8}" y="${y(tick) + 4}" text-anchor="end" font-size="12">${tick.toFixed(1)}</text>`).join('\n')}
${hours.map((hour, index) => `<text x="${x(index)}" y="${height - margin.bottom + 18}" text-anchor="middle" font-size="12">${hour.hour}</text>`).join('\n')}
<text x="16" y="${margin.top + 110}" font-size="12" transform="rotate(-90 16 ${margin.top + 110})">minutes waited</text>
${offScale}
${line(hours.map((hour) => (hour.mark === null ? hour.reference : null)), '#555', '6 4', 'reference')}
${line(hours.map((hour) => hour.fcfs), '#b35c00', '2 3', 'first-come-first-served')}
${line(hours.map((hour) => hour.fair), '#2e7d32', '10 3 2 3', 'fair baseline')}
${line(hours.map((hour) => hour.engine), '#0b5cad', '', 'engine')}
</svg>
<p class="legend"><span><i style="border-color:#0b5cad"></i>engine</span><span><i style="border-color:#2e7d32;border-top-style:dashed"></i>fair baseline (FCFS among walk-ins, appointments at their time)</span><span><i style="border-color:#b35c00;border-top-style:dotted"></i>first-come-first-served</span><span><i style="border-color:#555;border-top-style:dashed"></i>reference</span></p>
<pre>${escape(formatTable(evaluation))}</pre>
</body></html>
`;
}
