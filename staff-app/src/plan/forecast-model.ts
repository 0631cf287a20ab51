import type { DayFigures, ForecastProgress, HourWaits, UnitWaits } from '@dintur/shared';
import { formatNumber, planStrings } from './plan-strings.js';

const text = planStrings.forecast;

/** A difference smaller than this (minutes) is "uændret": the replications' noise, not the plan. */
export const sameWithinMinutes = 0.5;

/** "12 min", or "ingen data" for a figure without data (null is never 0). */
export function formatWait(minutes: number | null): string {
  return minutes === null ? text.noData : text.minutes(minutes);
}

export type Verdict = 'better' | 'worse' | 'same';

/** Whether a wait got shorter (better) or longer (worse) from `before` to `after`; null without both. */
export function verdictOf(before: number | null, after: number | null): { verdict: Verdict; difference: number } | null {
  if (before === null || after === null) return null;
  const difference = after - before;
  if (Math.abs(difference) < sameWithinMinutes) return { verdict: 'same', difference };
  return { verdict: difference < 0 ? 'better' : 'worse', difference };
}

/** The difference said in words, never by colour alone: "4 min kortere (bedre)". */
export function differenceWords(before: number | null, after: number | null): string {
  const result = verdictOf(before, after);
  if (!result) return text.noData;
  if (result.verdict === 'same') return text.same;
  return result.verdict === 'better' ? text.better(-result.difference) : text.worse(result.difference);
}

/** Idle minutes compared: "30 min mere" / "uændret". */
export function idleDifferenceWords(before: number | null, after: number | null): string {
  if (before === null || after === null) return text.noData;
  const difference = after - before;
  if (Math.abs(difference) < sameWithinMinutes) return text.same;
  return difference > 0 ? text.moreIdle(difference) : text.lessIdle(-difference);
}

/** The mean walk-in wait of the whole day, the units' means weighted by their arrivals. */
export function dayMeanWait(figures: DayFigures): number | null {
  let weighted = 0;
  let arrivals = 0;
  for (const unit of figures.units) {
    const unitArrivals = unit.hours.reduce((sum, hour) => sum + hour.arrivals, 0);
    if (unit.mean === null || unitArrivals === 0) continue;
    weighted += unit.mean * unitArrivals;
    arrivals += unitArrivals;
  }
  return arrivals > 0 ? weighted / arrivals : null;
}

/** One hour of one unit in two figures (two plans, or forecast and actual). */
export type HourPair = { hour: string; first: HourWaits | null; second: HourWaits | null };
export type UnitPair = { unitId: string; first: UnitWaits | null; second: UnitWaits | null; hours: HourPair[] };

/** The units and their hours of two figures side by side, in the first's order, each hour once. */
export function pairUnits(first: DayFigures, second: DayFigures): UnitPair[] {
  const unitIds = [...new Set([...first.units.map((unit) => unit.unitId), ...second.units.map((unit) => unit.unitId)])];
  return unitIds.map((unitId) => {
    const one = first.units.find((unit) => unit.unitId === unitId) ?? null;
    const two = second.units.find((unit) => unit.unitId === unitId) ?? null;
    const hours = [...new Set([...(one?.hours ?? []), ...(two?.hours ?? [])].map((hour) => hour.hour))].sort();
    return {
      unitId,
      first: one,
      second: two,
      hours: hours.map((hour) => ({ hour, first: one?.hours.find((entry) => entry.hour === hour) ?? null, second: two?.hours.find((entry) => entry.hour === hour) ?? null })),
    };
  });
}

/** "10:00" → "10–11": the hour as leaders say it. */
export function hourSpan(hour: string): string {
  const start = Number(hour.slice(0, 2));
  return `${String(start).padStart(2, '0')}–${String(start + 1).padStart(2, '0')}`;
}

/** The share of a bar (0–1) for a wait against the longest wait shown, so bars compare across tables. */
export function barShare(minutes: number | null, longest: number): number {
  if (minutes === null || longest <= 0) return 0;
  return Math.max(0, Math.min(1, minutes / longest));
}

/** The longest mean wait of some figures: the scale of their bars (the same in every table shown together). */
export function longestWait(...figures: (DayFigures | null | undefined)[]): number {
  let longest = 0;
  for (const day of figures) {
    for (const unit of day?.units ?? []) for (const hour of unit.hours) longest = Math.max(longest, hour.mean ?? 0);
  }
  return longest;
}

/** Progress as a whole percentage for the progress bar (0 while the total is not yet known). */
export function progressPercent(progress: ForecastProgress | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}

/** A share 0–1 as "85 %", or "ingen data". */
export function formatShare(share: number | null): string {
  return share === null ? text.noData : `${formatNumber(Math.round(share * 100))} %`;
}
