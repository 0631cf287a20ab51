/** A stretch of time [from, to) in epoch milliseconds. */
export type Interval = { from: number; to: number };

/** Sorted, without overlaps or empty stretches: overlapping and touching stretches are joined. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((interval) => interval.to > interval.from).sort((left, right) => left.from - right.from);
  const joined: Interval[] = [];
  for (const interval of sorted) {
    const last = joined.at(-1);
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else joined.push({ ...interval });
  }
  return joined;
}

/** The time in both lists (each sorted and without overlaps, as `union` makes them). */
export function intersect(first: readonly Interval[], second: readonly Interval[]): Interval[] {
  const common: Interval[] = [];
  let left = 0;
  let right = 0;
  while (left < first.length && right < second.length) {
    const a = first[left]!;
    const b = second[right]!;
    const from = Math.max(a.from, b.from);
    const to = Math.min(a.to, b.to);
    if (to > from) common.push({ from, to });
    if (a.to < b.to) left += 1;
    else right += 1;
  }
  return common;
}

/** Each stretch cut to [from, to); those outside it dropped. */
export function clip(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return intervals
    .map((interval) => ({ from: Math.max(interval.from, from), to: Math.min(interval.to, to) }))
    .filter((interval) => interval.to > interval.from);
}

export const totalLength = (intervals: readonly Interval[]) => intervals.reduce((sum, interval) => sum + interval.to - interval.from, 0);
