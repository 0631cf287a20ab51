import type { DayResult } from '@dintur/server/simulation';

/** The columns of `npm run simulate -- --estimates FILE`: one judged estimate a row, for tuning the estimator. */
export const estimatesCsvHeader = 'seed,serviceId,issuedMinute,position,openCounters,estimate,baseline,wait';

/** Each citizen of the day who took a number and was served: what the engine and the baseline said, and the wait that followed. */
export function estimateRows(seed: number, day: DayResult): string[] {
  return day.visits
    .filter((record) => record.visit.kind !== 'booked' && record.firstCallMinute !== null)
    .map((record) =>
      [
        seed,
        record.visit.serviceId,
        record.issuedMinute!.toFixed(2),
        record.position ?? '',
        record.openCountersAtIssue ?? '',
        record.estimateMinutes ?? '',
        record.baselineMinutes?.toFixed(2) ?? '',
        (record.firstCallMinute! - record.issuedMinute!).toFixed(2),
      ].join(','),
    );
}
