import { weekdays, type Weekday } from '@dintur/shared';
import { toLocal } from '@dintur/shared/calendar';

/** Where an instant falls on the centre's calendar: what the reports group by. */
export type LocalSlot = { date: string; weekday: Weekday; hour: number };

/** A stretch of time within one local hour. */
export type HourSlice = { hour: number; milliseconds: number };

const quarterMs = 15 * 60_000;
const hourMs = 60 * 60_000;
const dayMs = 24 * hourMs;

/**
 * Local dates and hours of many instants, fast: the Intl time-zone conversion costs ~10 µs,
 * too much for every event of a year, so the offset from UTC is looked up once per quarter of
 * an hour (every time zone changes its offset on a quarter hour) and the rest is arithmetic.
 */
export function createLocalCalendar(timeZone: string) {
  const offsets = new Map<number, number>();

  /** Each UTC day's offset when it is the same all day (null: the offset changes that day). */
  const dayOffsets = new Map<number, number | null>();

  /** Local wall-clock time minus UTC at exactly `instant` (one Intl conversion). */
  function exactOffset(instant: number): number {
    const local = toLocal(instant, timeZone);
    const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day) + local.minutes * 60_000 - instant;
  }

  /**
   * Local wall-clock time minus UTC at `instant`, in milliseconds. A day whose first and last
   * quarter share an offset has it all day (offsets change at most once a day); only the days of
   * a change are looked up a quarter at a time.
   */
  function offsetAt(instant: number): number {
    const utcDay = Math.floor(instant / dayMs);
    let dayOffset = dayOffsets.get(utcDay);
    if (dayOffset === undefined) {
      const first = exactOffset(utcDay * dayMs);
      dayOffset = first === exactOffset((utcDay + 1) * dayMs - quarterMs) ? first : null;
      dayOffsets.set(utcDay, dayOffset);
    }
    if (dayOffset !== null) return dayOffset;
    const quarter = Math.floor(instant / quarterMs);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = exactOffset(quarter * quarterMs);
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(quarter, offset);
    }
    return offset;
  }

  /** Each local day's date and weekday, by its number of days since 1970 on the wall clock. */
  const days = new Map<number, { date: string; weekday: Weekday }>();

  /** The local date, weekday and hour of an instant (a year's report asks this a million times). */
  function slotOf(instant: number): LocalSlot {
    const wallClock = instant + offsetAt(instant);
    const dayNumber = Math.floor(wallClock / dayMs);
    let day = days.get(dayNumber);
    if (day === undefined) {
      const midnight = new Date(dayNumber * dayMs);
      // getUTCDay: 0 is Sunday; weekdays[] starts on Monday.
      day = { date: midnight.toISOString().slice(0, 10), weekday: weekdays[(midnight.getUTCDay() + 6) % 7]! };
      days.set(dayNumber, day);
    }
    return { date: day.date, weekday: day.weekday, hour: Math.floor((wallClock - dayNumber * dayMs) / hourMs) };
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
