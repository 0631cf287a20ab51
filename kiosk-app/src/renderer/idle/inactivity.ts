/**
 * No time pressure, but no citizen's choices left for the next one: after `warnAfterMs` without a
 * touch the kiosk asks "Are you still there?", and `resetAfterWarningMs` later it starts afresh.
 */
export type InactivityTimes = { warnAfterMs: number; resetAfterWarningMs: number };

export const defaultInactivityTimes: InactivityTimes = { warnAfterMs: 60_000, resetAfterWarningMs: 25_000 };

export type InactivityPhase = 'active' | 'warning' | 'expired';

/** The phase after `idleMs` without a touch. */
export function inactivityPhase(idleMs: number, times: InactivityTimes = defaultInactivityTimes): InactivityPhase {
  if (idleMs < times.warnAfterMs) return 'active';
  if (idleMs < times.warnAfterMs + times.resetAfterWarningMs) return 'warning';
  return 'expired';
}

/** How long until the phase next changes (null once expired): the one timer the kiosk needs. */
export function msUntilNextPhase(idleMs: number, times: InactivityTimes = defaultInactivityTimes): number | null {
  if (idleMs < times.warnAfterMs) return times.warnAfterMs - idleMs;
  const expiresAt = times.warnAfterMs + times.resetAfterWarningMs;
  return idleMs < expiresAt ? expiresAt - idleMs : null;
}
