import { daysBetween, isCalendarDate, maxStatsRangeDays } from '@dintur/shared';
import { cityDateOf } from '../../format/clock.js';
import { strings } from '../strings.js';

/** A period of Copenhagen dates, inclusive. */
export type DateRange = { from: string; to: string };

const pad = (value: number) => String(value).padStart(2, '0');

/** Today's date in Copenhagen ("2026-11-24"), whatever this computer's time zone. */
export function cityToday(now: number = Date.now()): string {
  return cityDateOf(now);
}

export function shiftDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export const presetNames = ['last7', 'last30', 'thisMonth', 'lastMonth'] as const;
export type PresetName = (typeof presetNames)[number];

/** The quick choices of period, counted back from `today`. */
export function presetRange(name: PresetName, today: string): DateRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (name) {
    case 'last7':
      return { from: shiftDate(today, -6), to: today };
    case 'last30':
      return { from: shiftDate(today, -29), to: today };
    case 'thisMonth':
      return { from: `${year}-${pad(month)}-01`, to: today };
    case 'lastMonth': {
      const first = new Date(Date.UTC(year, month - 2, 1));
      const last = new Date(Date.UTC(year, month - 1, 0));
      return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
    }
  }
}

/** What is wrong with a period typed into the form, by field (the hub would refuse it too), or null. */
export function rangeProblems(range: DateRange): Partial<Record<keyof DateRange, string>> | null {
  const problems: Partial<Record<keyof DateRange, string>> = {};
  if (!isCalendarDate(range.from)) problems.from = strings.reports.notADate;
  if (!isCalendarDate(range.to)) problems.to = strings.reports.notADate;
  if (!problems.from && !problems.to) {
    if (range.to < range.from) problems.to = strings.reports.reversed;
    else if (daysBetween(range.from, range.to) + 1 > maxStatsRangeDays) problems.to = strings.reports.tooLong(maxStatsRangeDays);
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

/** The period in a page address (`?from=…&to=…`), or null if it is missing or impossible. */
export function rangeFromSearch(search: URLSearchParams): DateRange | null {
  const range = { from: search.get('from') ?? '', to: search.get('to') ?? '' };
  return rangeProblems(range) === null ? range : null;
}
