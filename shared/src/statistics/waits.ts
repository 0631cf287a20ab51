import type { WaitSummary } from '../stats.js';
import { minutes, share, summarise } from './descriptive.js';
import type { QueueStay, Visit } from './visits.js';

/** A stay with the visit it belongs to and its place among the visit's stays (0: the first queue). */
export type VisitStay = { visit: Visit; stay: QueueStay; index: number };

/**
 * Minutes from entering the queue to the call, or null when the stay was not called from it.
 * A checked-in appointment's first wait is left out: it queues by its booked time, not by when
 * it arrived, and the report judges it by how close to that time it was called instead.
 */
export function waitMinutes({ visit, stay, index }: VisitStay): number | null {
  if (stay.calledAt === null) return null;
  if (index === 0 && visit.appointmentAt !== null) return null;
  return minutes(stay.calledAt - stay.enteredAt);
}

/** Minutes at the counter of a finished stay: from its start (or, if never started, its call) to the finish. */
export function serviceMinutes({ stay }: VisitStay): number | null {
  if (stay.end.kind !== 'finished') return null;
  const from = stay.startedAt ?? stay.calledAt;
  return from === null ? null : minutes(stay.end.at - from);
}

/** The usual description of the waits, and how many were no longer than the target (a wait of exactly the target counts). */
export function summariseWaits(waits: readonly number[], targetMinutes: number): WaitSummary {
  const withinTarget = waits.filter((wait) => wait <= targetMinutes).length;
  return { ...summarise(waits), withinTarget, withinTargetShare: share(withinTarget, waits.length) };
}
