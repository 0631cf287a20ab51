/** An axis from 0 to a round maximum, with its tick values. */
export type Axis = { max: number; ticks: number[] };

/**
 * A round axis for values up to `max`: steps of 1, 2, 2.5 or 5 × 10ⁿ, four to six of them (or
 * `tickCount`), choosing the one that reaches least above the data.
 * Counts get whole steps. With nothing to show, the axis still runs 0–1 (or the reference line).
 */
export function niceAxis(max: number, options: { tickCount?: number; whole?: boolean } = {}): Axis {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const counts = options.tickCount === undefined ? [4, 5, 6] : [options.tickCount];
  // Of the round steps for a few tick counts, the one whose axis wastes the least room above the data.
  let best: Axis | undefined;
  for (const count of counts) {
    const axis = axisWith(top, count, options.whole ?? false);
    if (!best || axis.max < best.max) best = axis;
  }
  return best!;
}

function axisWith(top: number, tickCount: number, whole: boolean): Axis {
  const rough = top / tickCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough - 1e-12) ?? 10 * power;
  if (whole) step = Math.max(1, Math.ceil(step));
  const axisMax = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= axisMax + step / 2; value += step) ticks.push(Number(value.toFixed(6)));
  return { max: axisMax, ticks };
}
