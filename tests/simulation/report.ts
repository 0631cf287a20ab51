import type { DayMetrics } from './metrics.js';
import { confidenceInterval95, mean, type ConfidenceInterval } from './statistics.js';

/** The result of all replications of both policies: what the table, JSON and chart show. */
export type Evaluation = {
  scenario: string;
  replications: number;
  walkInWait: { engine: ConfidenceInterval; fcfs: ConfidenceInterval; difference: ConfidenceInterval };
  perClass: { serviceId: string; engine: ConfidenceInterval; fcfs: ConfidenceInterval; p90: number; within15: number; within30: number }[];
  overall: { p90: number; p95: number; within15: number; within30: number };
  punctuality: { shareWithin5: ConfidenceInterval; meanMinutes: number };
  reWaitAfterTransfer: ConfidenceInterval;
  idleWhileEligibleWaitingMinutes: { engine: number; fcfs: number };
  utilisation: Record<string, number>;
  estimates: { engineMae: ConfidenceInterval; baselineMae: ConfidenceInterval; engineBias: number; baselineBias: number; engineUnderestimated: number; baselineUnderestimated: number; improvement: number };
  hours: { hour: string; engine: number; fcfs: number; reference: number; load: number; ratio: number; withinBound: boolean | null }[];
  /** `pass` is null when the run could not measure it (no appointments over HTTP). */
  targets: { name: string; value: string; pass: boolean | null }[];
};

const average = (values: (number | null)[]) => mean(values.filter((value): value is number => value !== null && Number.isFinite(value)));

/** Combines the replications (paired by seed: common random numbers) into the evaluation. */
export function evaluate(scenario: string, engine: DayMetrics[], fcfs: DayMetrics[]): Evaluation {
  const ci = (values: number[]) => confidenceInterval95(values.filter((value) => Number.isFinite(value)));
  const walkInWait = {
    engine: ci(engine.map((day) => day.overall.mean)),
    fcfs: ci(fcfs.map((day) => day.overall.mean)),
    difference: ci(engine.map((day, index) => day.overall.mean - fcfs[index]!.overall.mean)),
  };
  const serviceIds = [...new Set(engine.flatMap((day) => Object.keys(day.perClass)))];
  const perClass = serviceIds.map((serviceId) => ({
    serviceId,
    engine: ci(engine.map((day) => day.perClass[serviceId]?.mean ?? NaN)),
    fcfs: ci(fcfs.map((day) => day.perClass[serviceId]?.mean ?? NaN)),
    p90: average(engine.map((day) => day.perClass[serviceId]?.p90 ?? null)),
    within15: average(engine.map((day) => day.perClass[serviceId]?.within['15'] ?? null)),
    within30: average(engine.map((day) => day.perClass[serviceId]?.within['30'] ?? null)),
  }));
  const hours = engine[0]!.hours.map((first, hourIndex) => {
    const engineWait = average(engine.map((day) => day.hours[hourIndex]!.meanWait));
    const bound = Math.max(1.5 * first.reference, first.reference + 2);
    return {
      hour: first.hour,
      engine: engineWait,
      fcfs: average(fcfs.map((day) => day.hours[hourIndex]!.meanWait)),
      reference: first.reference,
      load: first.load,
      ratio: engineWait / first.reference,
      withinBound: first.load < 0.85 ? engineWait <= bound : null,
    };
  });
  const engineMae = ci(engine.map((day) => day.estimates.engine.meanAbsoluteError));
  const baselineMae = ci(engine.map((day) => day.estimates.baseline.meanAbsoluteError));
  const improvement = 1 - engineMae.mean / baselineMae.mean;
  const punctuality = ci(engine.map((day) => day.punctuality.shareWithin5));
  const idle = { engine: Math.max(...engine.map((day) => day.idleWhileEligibleWaitingMinutes)), fcfs: Math.max(...fcfs.map((day) => day.idleWhileEligibleWaitingMinutes)) };
  const hoursChecked = hours.filter((hour) => hour.withinBound !== null);
  const format = (value: number, digits = 1) => value.toFixed(digits);
  return {
    scenario,
    replications: engine.length,
    walkInWait,
    perClass,
    overall: {
      p90: average(engine.map((day) => day.overall.p90)),
      p95: average(engine.map((day) => day.overall.p95)),
      within15: average(engine.map((day) => day.overall.within['15'] ?? null)),
      within30: average(engine.map((day) => day.overall.within['30'] ?? null)),
    },
    punctuality: { shareWithin5: punctuality, meanMinutes: average(engine.map((day) => day.punctuality.mean)) },
    reWaitAfterTransfer: ci(engine.map((day) => day.reWaitAfterTransfer.mean)),
    idleWhileEligibleWaitingMinutes: idle,
    utilisation: Object.fromEntries(Object.keys(engine[0]!.utilisation).map((counterId) => [counterId, average(engine.map((day) => day.utilisation[counterId] ?? null))])),
    estimates: {
      engineMae,
      baselineMae,
      engineBias: average(engine.map((day) => day.estimates.engine.bias)),
      baselineBias: average(engine.map((day) => day.estimates.baseline.bias)),
      engineUnderestimated: average(engine.map((day) => day.estimates.engine.shareUnderestimated)),
      baselineUnderestimated: average(engine.map((day) => day.estimates.baseline.shareUnderestimated)),
      improvement,
    },
    hours,
    targets: [
      { name: 'counter-minutes idle while an eligible ticket waits', value: format(idle.engine), pass: idle.engine === 0 },
      Number.isNaN(punctuality.mean)
        ? { name: 'checked-in appointments started within 5 min of their time', value: 'not simulated (no check-in over HTTP yet)', pass: null }
        : { name: 'checked-in appointments started within 5 min of their time', value: `${format(100 * punctuality.mean)} %`, pass: punctuality.mean >= 0.95 },
      {
        name: 'mean walk-in wait: engine − FCFS (95 % CI)',
        value: `${format(walkInWait.difference.mean, 2)} [${format(walkInWait.difference.low, 2)}, ${format(walkInWait.difference.high, 2)}] min`,
        pass: walkInWait.difference.low <= 0,
      },
      {
        name: 'hours below 85 % load within 1.5× (or 2 min) of the reference',
        value: `${hoursChecked.filter((hour) => hour.withinBound).length} of ${hoursChecked.length}`,
        pass: hoursChecked.every((hour) => hour.withinBound),
      },
      { name: 'estimate error below the queue-length baseline', value: `${format(100 * improvement)} % lower`, pass: improvement >= 0.2 },
    ],
  };
}

/** The evaluation as a plain-text table. */
export function formatTable(evaluation: Evaluation): string {
  const lines: string[] = [];
  const ci = (value: ConfidenceInterval, digits = 1) =>
    Number.isFinite(value.halfWidth) ? `${value.mean.toFixed(digits)} ± ${value.halfWidth.toFixed(digits)}` : value.mean.toFixed(digits);
  const row = (...cells: string[]) => lines.push(cells.map((cell, index) => (index === 0 ? cell.padEnd(22) : cell.padStart(14))).join(''));
  lines.push(`${evaluation.scenario}: ${evaluation.replications} replications, common random numbers; ± is the 95 % confidence half-width`, '');
  row('walk-in wait (min)', 'engine', 'FCFS', 'p90', '≤15 min', '≤30 min');
  for (const entry of evaluation.perClass) {
    row(entry.serviceId, ci(entry.engine), ci(entry.fcfs), entry.p90.toFixed(1), `${(100 * entry.within15).toFixed(0)} %`, `${(100 * entry.within30).toFixed(0)} %`);
  }
  row('all walk-ins', ci(evaluation.walkInWait.engine, 2), ci(evaluation.walkInWait.fcfs, 2), evaluation.overall.p90.toFixed(1), `${(100 * evaluation.overall.within15).toFixed(0)} %`, `${(100 * evaluation.overall.within30).toFixed(0)} %`);
  lines.push('', `p95 wait ${evaluation.overall.p95.toFixed(1)} min; re-wait after a transfer ${ci(evaluation.reWaitAfterTransfer)} min`);
  lines.push(
    Number.isNaN(evaluation.punctuality.shareWithin5.mean)
      ? 'appointments: not simulated in this run (booked citizens took plain numbers)'
      : `appointments: ${(100 * evaluation.punctuality.shareWithin5.mean).toFixed(1)} % started within 5 min; mean start − max(booked, check-in) ${evaluation.punctuality.meanMinutes.toFixed(1)} min`,
  );
  const estimates = evaluation.estimates;
  lines.push(
    `estimates: engine MAE ${ci(estimates.engineMae, 2)} min (bias ${estimates.engineBias.toFixed(2)}, under ${(100 * estimates.engineUnderestimated).toFixed(0)} %), ` +
      `queue-length baseline MAE ${ci(estimates.baselineMae, 2)} (bias ${estimates.baselineBias.toFixed(2)}, under ${(100 * estimates.baselineUnderestimated).toFixed(0)} %)`,
  );
  lines.push(`utilisation: ${Object.entries(evaluation.utilisation).map(([counter, value]) => `${counter} ${(100 * value).toFixed(0)} %`).join(', ')}`, '');
  row('hour', 'engine wait', 'FCFS wait', 'reference', 'load', 'ratio');
  for (const hour of evaluation.hours) {
    row(hour.hour, hour.engine.toFixed(2), hour.fcfs.toFixed(2), hour.reference.toFixed(2), `${(100 * hour.load).toFixed(0)} %`, `${hour.ratio.toFixed(2)}${hour.withinBound === false ? ' ✘' : ''}`);
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
  // Scaled to the simulated waits: a reference far above them (or infinite, in an hour where a
  // class alone is above capacity) is drawn at the top edge and marked "off scale".
  const maxWait = Math.max(1, ...hours.flatMap((hour) => [hour.engine, hour.fcfs].filter(Number.isFinite))) * 1.4;
  const clamp = (value: number) => (Number.isFinite(value) ? Math.min(value, maxWait) : maxWait);
  const x = (index: number) => margin.left + (index * (width - margin.left - margin.right)) / Math.max(1, hours.length - 1);
  const y = (value: number) => height - margin.bottom - (value / maxWait) * (height - margin.top - margin.bottom);
  const line = (values: number[], colour: string, dash: string, label: string) =>
    `<polyline fill="none" stroke="${colour}" stroke-width="3" stroke-dasharray="${dash}" points="${values.map((value, index) => `${x(index)},${y(clamp(value))}`).join(' ')}"><title>${label}</title></polyline>`;
  const offScale = hours
    .map((hour, index) =>
      Number.isFinite(hour.reference) && hour.reference <= maxWait
        ? ''
        : `<text x="${x(index)}" y="${margin.top - 10}" text-anchor="middle" font-size="11" fill="#555">${Number.isFinite(hour.reference) ? `ref. ${hour.reference.toFixed(0)}` : 'ref. ∞'}</text>`,
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
(“ref. ∞”: a class alone is above its counters’ capacity that hour).</p>
<svg role="img" aria-labelledby="chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<title id="chart-title">Mean walk-in wait by hour: engine, first-come-first-served and the reference</title>
${ticks.map((tick) => `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/><text x="${margin.left - 8}" y="${y(tick) + 4}" text-anchor="end" font-size="12">${tick.toFixed(1)}</text>`).join('\n')}
${hours.map((hour, index) => `<text x="${x(index)}" y="${height - margin.bottom + 18}" text-anchor="middle" font-size="12">${hour.hour}</text>`).join('\n')}
<text x="16" y="${margin.top + 110}" font-size="12" transform="rotate(-90 16 ${margin.top + 110})">minutes waited</text>
${offScale}
${line(hours.map((hour) => hour.reference), '#555', '6 4', 'reference')}
${line(hours.map((hour) => hour.fcfs), '#b35c00', '2 3', 'first-come-first-served')}
${line(hours.map((hour) => hour.engine), '#0b5cad', '', 'engine')}
</svg>
<p class="legend"><span><i style="border-color:#0b5cad"></i>engine</span><span><i style="border-color:#b35c00;border-top-style:dotted"></i>first-come-first-served</span><span><i style="border-color:#555;border-top-style:dashed"></i>reference</span></p>
<pre>${escape(formatTable(evaluation))}</pre>
</body></html>
`;
}
