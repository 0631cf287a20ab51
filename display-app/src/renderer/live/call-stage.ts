import type { DisplayCall } from '@dintur/shared';

/**
 * The big slot ("stage") of the display, kept pure so it can be tested without a browser. Two
 * counters pressing "next" a second apart must not leave the first call on the big slot for a
 * second only: each announced call takes the big slot in turn and holds it until it has been
 * said out loud and at least `minimumHoldMs` have passed; calls made meanwhile wait their turn
 * (the list of recent calls shows them at once). The announcer is handed a call when it takes
 * the big slot, so what is said is always what is shown.
 */

/** The least time a call holds the big slot before a waiting call may take it: long enough to look up, find it and read it. */
export const minimumHoldMs = 6_000;
/**
 * If the voice never reports back (a hung speech engine), the call gives way after this long
 * anyway; the announcer's own give-up times (8 s a clip) keep it far below in practice.
 */
export const speechGiveUpMs = 30_000;

export type StagedCall = {
  call: DisplayCall;
  /** When it took the big slot (this machine's clock, Date.now()). */
  since: number;
  /** Whether its announcement has been said (or given up on). */
  spoken: boolean;
};

export type Stage = {
  /** The call on the big slot, or null before the first announced call (then the newest known call is shown, unannounced). */
  shown: StagedCall | null;
  /** Announced calls waiting for the big slot, oldest first. */
  waiting: DisplayCall[];
};

export const emptyStage: Stage = { shown: null, waiting: [] };

/** Whether the call on the big slot may give way to the next at `now`. */
export function mayGiveWay(stage: Stage, now: number): boolean {
  const { shown } = stage;
  if (shown === null) return true;
  if (now - shown.since >= speechGiveUpMs) return true;
  return shown.spoken && now - shown.since >= minimumHoldMs;
}

/** When the big slot should be looked at again (a waiting call's turn may come), or null when nothing waits. */
export function nextCheckAt(stage: Stage): number | null {
  if (stage.waiting.length === 0 || stage.shown === null) return null;
  return stage.shown.since + (stage.shown.spoken ? minimumHoldMs : speechGiveUpMs);
}

/**
 * Puts the next waiting call on the big slot if the one there may give way. Returns the new
 * stage and the call that took the slot (to be announced), if one did.
 */
export function advanceStage(stage: Stage, now: number): { stage: Stage; staged: DisplayCall | null } {
  const [next, ...rest] = stage.waiting;
  if (next === undefined || !mayGiveWay(stage, now)) return { stage, staged: null };
  return { stage: { shown: { call: next, since: now, spoken: false }, waiting: rest }, staged: next };
}

/** Queues newly announced calls (in the order given) and puts the first on the big slot if it is free. */
export function enqueueCalls(stage: Stage, calls: readonly DisplayCall[], now: number): { stage: Stage; staged: DisplayCall | null } {
  if (calls.length === 0) return { stage, staged: null };
  return advanceStage({ ...stage, waiting: [...stage.waiting, ...calls] }, now);
}

/** Marks the call with `eventId` as said, if it is still the one on the big slot. */
export function markSpoken(stage: Stage, eventId: number): Stage {
  if (stage.shown === null || stage.shown.call.eventId !== eventId || stage.shown.spoken) return stage;
  return { ...stage, shown: { ...stage.shown, spoken: true } };
}

/**
 * The big call and the list below it. The big slot shows the staged call; the list every other
 * known call newest first (calls still waiting for the big slot at the top), without a second
 * line for the ticket on the big slot. Before anything was staged: the newest known call.
 */
export function splitCalls(stage: Stage, calls: readonly DisplayCall[]): { current: DisplayCall | undefined; earlier: DisplayCall[] } {
  const current = stage.shown?.call ?? calls[0];
  if (current === undefined) return { current: undefined, earlier: [] };
  return { current, earlier: calls.filter((call) => call.ticketId !== current.ticketId) };
}
