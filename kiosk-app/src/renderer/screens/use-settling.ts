import { useEffect, useState } from 'react';

/** How long after a new screen appears taps are not taken (a double tap's second half). */
export const settleMs = 350;

/**
 * Many people tap twice out of habit. Without this, the second tap of a double tap on "Take a
 * number" would land on whatever service sits under the finger on the next screen and take a
 * number for it. So for a moment after each new screen, clicks are swallowed before they reach
 * any button. Returns whether the screen is still settling (for tests: `data-settling`).
 */
export function useSettling(screenKey: string): boolean {
  const [settling, setSettling] = useState(true);
  useEffect(() => {
    setSettling(true);
    const timer = window.setTimeout(() => setSettling(false), settleMs);
    return () => window.clearTimeout(timer);
  }, [screenKey]);
  useEffect(() => {
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
