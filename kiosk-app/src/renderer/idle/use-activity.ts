import { useCallback, useEffect, useReducer, useState } from 'react';
import { inactivityPhase, msUntilNextPhase, type InactivityPhase, type InactivityTimes } from './inactivity.js';

/**
 * When the screen was last touched (or a key pressed), on this machine's clock, and a function to
 * count something else as presence (a button pressed by other means).
 */
export function useLastActivity(): [number, () => void] {
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const touch = useCallback(() => setLastActivity(Date.now()), []);
  useEffect(() => {
    window.addEventListener('pointerdown', touch, { capture: true, passive: true });
    window.addEventListener('keydown', touch, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', touch, { capture: true });
      window.removeEventListener('keydown', touch, { capture: true });
    };
  }, [touch]);
  return [lastActivity, touch];
}

/**
 * The inactivity phase now (inactivity.ts), re-rendered exactly when it changes: one timer to the
 * next boundary, none while `enabled` is false (the start screen as the kiosk left it).
 */
export function useInactivity(enabled: boolean, lastActivity: number, times: InactivityTimes): InactivityPhase {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const phase = enabled ? inactivityPhase(Date.now() - lastActivity, times) : 'active';
  useEffect(() => {
    if (!enabled) return undefined;
    const wait = msUntilNextPhase(Date.now() - lastActivity, times);
    if (wait === null) return undefined;
    const timer = window.setTimeout(rerender, wait);
    return () => window.clearTimeout(timer);
  });
  return phase;
}

/** Calls `onTimeout` once `ms` have passed since the last touch; any touch starts the wait again. */
export function useReturnAfter(ms: number | null, lastActivity: number, onTimeout: () => void): void {
  useEffect(() => {
    if (ms === null) return undefined;
    const timer = window.setTimeout(onTimeout, Math.max(0, lastActivity + ms - Date.now()));
    return () => window.clearTimeout(timer);
  }, [ms, lastActivity, onTimeout]);
}

/** Whether the kiosk has been offline for `delayMs` (short drop-outs are not worth alarming anyone). */
export function useOfflineFor(offlineSince: number | null, delayMs: number): boolean {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const offline = offlineSince !== null && Date.now() - offlineSince >= delayMs;
  useEffect(() => {
    if (offlineSince === null || offline) return undefined;
    const timer = window.setTimeout(rerender, Math.max(0, offlineSince + delayMs - Date.now()));
    return () => window.clearTimeout(timer);
  });
  return offline;
}
