import { useEffect, useLayoutEffect, useState } from 'react';

/** How long after a new screen appears taps are not taken (a double tap's second half). */
export const settleMs = 350;

/**
 * Many people tap twice out of habit. Without this, the second tap of a double tap on "Take a
 * number" would land on whatever service sits under the finger on the next screen and take a
 * number for it. So for a moment after each new screen, clicks are swallowed before they reach
 * any button. Returns whether the screen is still settling (for tests: `data-settling`).
 *
 * A screen is settling from the very render that first shows it: the answer is derived from which
 * screen last settled, not set by an effect after the screen is painted, so `data-settling` never
 * says "settled" of a screen that has just appeared, and the swallowing listener is in place
 * (a layout effect) before the browser can deliver a click to it.
 */
export function useSettling(screenKey: string): boolean {
  // Each appearance of a screen is a new generation, so a screen shown again before the last
  // showing settled (A → B → A within the moment) settles afresh.
  const [shown, setShown] = useState({ key: screenKey, generation: 0 });
  const [settledGeneration, setSettledGeneration] = useState(-1);
  const generation = shown.key === screenKey ? shown.generation : shown.generation + 1;
  if (shown.key !== screenKey) setShown({ key: screenKey, generation });
  useEffect(() => {
    const timer = window.setTimeout(() => setSettledGeneration(generation), settleMs);
    return () => window.clearTimeout(timer);
  }, [generation]);
  const settling = settledGeneration !== generation;
  useLayoutEffect(() => {
    if (!settling) return undefined;
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('click', swallow, { capture: true });
    return () => window.removeEventListener('click', swallow, { capture: true });
  }, [settling]);
  return settling;
}
