import { weekdays, type Weekday } from '@dintur/shared';
import { toLocal } from '../calendar.js';

/** Where an instant falls on the centre's calendar: what the reports group by. */
export type LocalSlot = { date: string; weekday: Weekday; hour: number };

/** A stretch of time within one local hour. */
export type HourSlice = { hour: number; milliseconds: number };

const quarterMs = 15 * 60_000;
const hourMs = 60 * 60_000;

/**
 * Local dates and hours of many instants, fast: the Intl time-zone conversion costs ~10 µs,
 * too much for every event of a year, so the offset from UTC is looked up once per quarter of
 * an hour (every time zone changes its offset on a quarter hour) and the rest is arithmetic.
 */
export function createLocalCalendar(timeZone: string) {
  const offsets = new Map<number, number>();

  /** Local wall-clock time minus UTC at `instant`, in milliseconds. */
  function offsetAt(instant: number): number {
    const quarter = Math.floor(instant / quarterMs);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      const start = quarter * quarterMs;
      const local = toLocal(start, timeZone);
      const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
      offset = Date.UTC(year, month - 1, day) + local.minutes * 60_000 - start;
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(quarter, offset);
    }
    return offset;
  }

  /** The local date, weekday and hour of an instant. */
  function slotOf(instant: number): LocalSlot {
    const wallClock = new Date(instant + offsetAt(instant));
    return {
      date: wallClock.toISOString().slice(0, 10),
      // getUTCDay: 0 is Sunday; weekdays[] starts on Monday.
      weekday: weekdays[(wallClock.getUTCDay() + 6) % 7]!,
      hour: wallClock.getUTCHours(),
    };
  }

  /**
   * Splits [from, to) at local hour boundaries: how much of it fell in each local hour. Across
   * the autumn change an hour of the clock happens twice, and both count to that hour.
   */
  function hourSlices(from: number, to: number): HourSlice[] {
    const slices: HourSlice[] = [];
    let cursor = from;
    while (cursor < to) {
      const local = cursor + offsetAt(cursor);
      // The next local hour boundary; a change of offset happens on a quarter hour, so never step past one.
      const nextHour = cursor + (hourMs - (((local % hourMs) + hourMs) % hourMs));
      const nextQuarter = (Math.floor(cursor / quarterMs) + 1) * quarterMs;
      const end = Math.min(to, nextHour, nextQuarter);
      const hour = new Date(local).getUTCHours();
      const last = slices.at(-1);
      if (last && last.hour === hour) last.milliseconds += end - cursor;
      else slices.push({ hour, milliseconds: end - cursor });
      cursor = end;
    }
    return slices;
  }

  return { slotOf, hourSlices };
}

export type LocalCalendar = ReturnType<typeof createLocalCalendar>;
