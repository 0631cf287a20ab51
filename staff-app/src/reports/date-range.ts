import { daysBetween, isCalendarDate, maxStatsRangeDays } from '@dintur/shared';
import { addDays } from '@dintur/web';
import { reportStrings } from './report-strings.js';

/** A period of local dates, inclusive. */
export type DateRange = { from: string; to: string };

const pad = (value: number) => String(value).padStart(2, '0');

/** Today's date on this computer's calendar ("2026-11-24"); staff screens stand in the centre. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type PresetName = 'today' | 'last7' | 'last30' | 'thisMonth' | 'lastMonth';

/** The quick choices of period, counted back from `today`. */
export function presetRange(name: PresetName, today: string): DateRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (name) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: `${year}-${pad(month)}-01`, to: today };
    case 'lastMonth': {
      const first = new Date(Date.UTC(year, month - 2, 1));
      const last = new Date(Date.UTC(year, month - 1, 0));
      return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
    }
  }
}

/** Why a period typed into the form cannot be shown (the server would refuse it too), or null. */
export function rangeProblem(range: DateRange): string | null {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) return reportStrings.errors.notADate;
  if (range.to < range.from) return reportStrings.errors.reversed;
  if (daysBetween(range.from, range.to) + 1 > maxStatsRangeDays) return reportStrings.errors.tooLong(maxStatsRangeDays);
  return null;
}

/** The period and unit in a page address (`?from=…&to=…&unitId=…`), or null if the period is missing or impossible. */
export function requestFromSearch(search: URLSearchParams): (DateRange & { unitId: string }) | null {
  const range = { from: search.get('from') ?? '', to: search.get('to') ?? '' };
  return rangeProblem(range) === null ? { ...range, unitId: search.get('unitId') ?? '' } : null;
}
