import { counterStatuses, type CounterStatus, type CounterTimeFigures, type StatsCounters } from '@dintur/shared';
import { type LoggedEvent, minutes, share, oneOf, type Visit } from '@dintur/shared/statistics';
import { clip, intersect, totalLength, union, type Interval } from './intervals.js';
import type { LocalCalendar } from './local-time.js';

export type CounterInput = {
  /** The counters to report on, in order. */
  counters: readonly { counterId: string; unitId: string | null; name: string }[];
  /** Each counter's latest `counter.changed` before the period: its state when the period starts. */
  before: readonly LoggedEvent[];
  /** The `counter.changed` events of the period. */
  changes: readonly LoggedEvent[];
  /** The visits whose calls made counters busy. */
  visits: readonly Visit[];
  /** The period, cut at `now` for a period that has not ended. */
  from: number;
  to: number;
  now: number;
  calendar: LocalCalendar;
};

type CounterTimes = { signedIn: Interval[]; paused: Interval[]; busy: Interval[] };

const statusOf = (event: LoggedEvent): CounterStatus | null => oneOf(event, 'status', counterStatuses);

/** When each counter was signed in (open or paused) and paused, from its `counter.changed` events. */
function signedInTimes(input: CounterInput, end: number): Map<string, { signedIn: Interval[]; paused: Interval[] }> {
  const status = new Map<string, { status: CounterStatus; since: number }>();
  for (const event of input.before) {
    const value = statusOf(event);
    if (event.counterId && value) status.set(event.counterId, { status: value, since: input.from });
  }
  const times = new Map(input.counters.map(({ counterId }) => [counterId, { signedIn: [] as Interval[], paused: [] as Interval[] }]));
  const close = (counterId: string, at: number) => {
    const current = status.get(counterId);
    const target = times.get(counterId);
    if (!current || !target) return;
    const stretch = { from: current.since, to: Math.min(at, end) };
    if (current.status !== 'closed') target.signedIn.push(stretch);
    if (current.status === 'paused') target.paused.push(stretch);
  };
  for (const event of input.changes) {
    const value = statusOf(event);
    if (!event.counterId || !value || event.at < input.from || event.at >= end) continue;
    close(event.counterId, event.at);
    status.set(event.counterId, { status: value, since: event.at });
  }
  for (const counterId of status.keys()) close(counterId, end);
  for (const entry of times.values()) {
    entry.signedIn = union(entry.signedIn);
    entry.paused = union(entry.paused);
  }
  return times;
}

/** From each call to the end of the visit at that counter (its finish, no-show, transfer, or the reset). */
function busyTimes(visits: readonly Visit[], now: number): Map<string, Interval[]> {
  const busy = new Map<string, Interval[]>();
  for (const visit of visits) {
    for (const stay of visit.stays) {
      if (stay.calledAt === null || stay.counterId === null) continue;
      const to = stay.end.kind === 'open' ? now : stay.end.at;
      const list = busy.get(stay.counterId) ?? [];
      list.push({ from: stay.calledAt, to });
      busy.set(stay.counterId, list);
    }
  }
  return busy;
}

function figures(signedInMs: number, pausedMs: number, busyMs: number): CounterTimeFigures {
  return {
    signedInMinutes: minutes(signedInMs),
    pausedMinutes: minutes(pausedMs),
    busyMinutes: minutes(busyMs),
    utilisation: share(busyMs, signedInMs),
  };
}

/**
 * Counter hours: how long each counter was signed in (open or paused), paused, and busy with a
 * visit — busy counted only while signed in, so utilisation (busy ÷ signed in) never passes
 * 100 % — per counter, in all, and per local hour of the day.
 */
export function counterFigures(input: CounterInput): StatsCounters {
  const end = Math.min(input.to, Math.max(input.from, input.now));
  const signedIn = signedInTimes(input, end);
  const busy = busyTimes(input.visits, input.now);
  const perCounter = new Map<string, CounterTimes>();
  for (const { counterId } of input.counters) {
    const times = signedIn.get(counterId)!;
    perCounter.set(counterId, { ...times, busy: intersect(clip(union(busy.get(counterId) ?? []), input.from, end), times.signedIn) });
  }
  const hours = Array.from({ length: 24 }, () => ({ signedIn: 0, paused: 0, busy: 0 }));
  for (const times of perCounter.values()) {
    for (const kind of ['signedIn', 'paused', 'busy'] as const) {
      for (const interval of times[kind]) {
        for (const slice of input.calendar.hourSlices(interval.from, interval.to)) hours[slice.hour]![kind] += slice.milliseconds;
      }
    }
  }
  const byCounter = input.counters.map((counter) => {
    const times = perCounter.get(counter.counterId)!;
    return { ...counter, ...figures(totalLength(times.signedIn), totalLength(times.paused), totalLength(times.busy)) };
  });
  const sum = (kind: 'signedIn' | 'paused' | 'busy') => hours.reduce((total, hour) => total + hour[kind], 0);
  return {
    total: figures(sum('signedIn'), sum('paused'), sum('busy')),
    byCounter,
    byHour: hours.map((hour, index) => ({ hour: index, ...figures(hour.signedIn, hour.paused, hour.busy) })),
  };
}
