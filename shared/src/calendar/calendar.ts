import { weekdays, type OpeningHours, type OpeningInterval, type Weekday } from '../config.js';

/** A moment seen in the centre's time zone. */
export type LocalTime = { date: string; weekday: Weekday; minutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

function parts(time: number, timeZone: string) {
  const values: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(time)) values[part.type] = part.value;
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

/** The local date, weekday and minutes since midnight of `time` in `timeZone`. */
export function toLocal(time: number, timeZone: string): LocalTime {
  const p = parts(time, timeZone);
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return { date, weekday: weekdayOf(date), minutes: p.hour * 60 + p.minute };
}

/**
 * The first instant at which the wall clock in `timeZone` shows `date` and `minutes` past midnight
 * or later — the rule `businessDayOf` follows, so the daily reset happens where the business day
 * turns. A time shown twice (02:30 on the last Sunday of October in Copenhagen) is its first
 * showing; a time never shown (02:30 on the last Sunday of March) is the moment the clock skips
 * past it (03:00 summer time).
 */
export function fromLocal(date: string, minutes: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  // Time-zone offsets lie within ±14 h, and changes are far more than a day apart.
  const before = offsetAt(wall - 14 * hour, timeZone);
  const after = offsetAt(wall + 14 * hour, timeZone);
  if (before === after) return wall - before;
  const earlier = Math.min(wall - before, wall - after);
  const later = Math.max(wall - before, wall - after);
  for (const candidate of [earlier, later]) if (candidate + offsetAt(candidate, timeZone) === wall) return candidate;
  // Skipped by the change: the answer is the change itself, found to the minute.
  let low = earlier;
  let high = later;
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

const hour = 60 * 60_000;

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // getUTCDay: 0 is Sunday; weekdays[] starts on Monday.
  return weekdays[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7] as Weekday;
}

export function minutesOf(timeOfDay: string): number {
  const [hours, minutes] = timeOfDay.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * The business day `time` belongs to: the local date, except that the hours before the daily
 * reset still belong to the day before (a reset at 03:00 keeps 01:30 on yesterday's numbers).
 */
export function businessDayOf(time: number, timeZone: string, resetTime: string): string {
  const local = toLocal(time, timeZone);
  return local.minutes < minutesOf(resetTime) ? addDays(local.date, -1) : local.date;
}

/** The next instant of the daily reset after `time`. */
export function nextReset(time: number, timeZone: string, resetTime: string): number {
  const local = toLocal(time, timeZone);
  const today = fromLocal(local.date, minutesOf(resetTime), timeZone);
  return today > time ? today : fromLocal(addDays(local.date, 1), minutesOf(resetTime), timeZone);
}

export type DayHours = {
  date: string;
  interval: OpeningInterval | null;
  opensAt: number | null;
  closesAt: number | null;
  issuingClosesAt: number | null;
};

const dayHoursCache = new WeakMap<OpeningHours, Map<string, DayHours>>();

/** The opening hours of one local date, as instants (remembered per configuration and date). */
export function hoursOn(date: string, hours: OpeningHours, timeZone: string): DayHours {
  let cache = dayHoursCache.get(hours);
  if (!cache) {
    cache = new Map();
    dayHoursCache.set(hours, cache);
  }
  const key = `${timeZone} ${date}`;
  let day = cache.get(key);
  if (!day) {
    day = computeHoursOn(date, hours, timeZone);
    if (cache.size > 1000) cache.clear();
    cache.set(key, day);
  }
  return day;
}

function computeHoursOn(date: string, hours: OpeningHours, timeZone: string): DayHours {
  const interval = hours.closedDates.includes(date) ? null : hours.weekly[weekdayOf(date)];
  if (!interval) return { date, interval: null, opensAt: null, closesAt: null, issuingClosesAt: null };
  const opensAt = fromLocal(date, minutesOf(interval.open), timeZone);
  const closesAt = fromLocal(date, minutesOf(interval.close), timeZone);
  return { date, interval, opensAt, closesAt, issuingClosesAt: closesAt - hours.lastTicketMinutesBeforeClose * 60_000 };
}

export type IssuingStatus = {
  today: DayHours;
  /** The centre's doors are open now. */
  isOpen: boolean;
  /** Tickets can be taken now. */
  isIssuing: boolean;
  /** When tickets can next be taken, if not now. */
  nextIssuingAt: number | null;
};

const statusCache = new WeakMap<OpeningHours, { minute: number; timeZone: string; status: IssuingStatus }>();

/**
 * Whether tickets can be taken at `time`, and if not, when next. Looks up to 60 days ahead.
 * Every boundary (opening, closing, time-zone change) falls on a whole minute, so the answer
 * is remembered for the minute.
 */
export function issuingStatus(time: number, hours: OpeningHours, timeZone: string): IssuingStatus {
  const minute = Math.floor(time / 60_000);
  const cached = statusCache.get(hours);
  if (cached && cached.minute === minute && cached.timeZone === timeZone) return cached.status;
  const status = computeIssuingStatus(minute * 60_000, hours, timeZone);
  statusCache.set(hours, { minute, timeZone, status });
  return status;
}

function computeIssuingStatus(time: number, hours: OpeningHours, timeZone: string): IssuingStatus {
  const date = toLocal(time, timeZone).date;
  const yesterday = hoursOn(addDays(date, -1), hours, timeZone);
  const today = hoursOn(date, hours, timeZone);
  const within = (day: DayHours, end: number | null) => day.opensAt !== null && end !== null && time >= day.opensAt && time < end;
  // An interval ending at 24:00 runs into the next day's, so check yesterday's too.
  const isOpen = within(today, today.closesAt) || within(yesterday, yesterday.closesAt);
  const isIssuing = within(today, today.issuingClosesAt) || within(yesterday, yesterday.issuingClosesAt);
  let nextIssuingAt: number | null = null;
  if (!isIssuing) {
    for (let offset = 0; offset <= 60 && nextIssuingAt === null; offset += 1) {
      const day = hoursOn(addDays(date, offset), hours, timeZone);
      if (day.opensAt !== null && day.issuingClosesAt !== null && day.issuingClosesAt > time && day.issuingClosesAt > day.opensAt) {
        nextIssuingAt = Math.max(day.opensAt, time);
      }
    }
  }
  return { today, isOpen, isIssuing, nextIssuingAt };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
