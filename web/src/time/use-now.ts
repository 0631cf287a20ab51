import { useEffect, useState } from 'react';

/** This machine's clock (Date.now()), re-read every `intervalMs`: drives clocks, countdowns and "offline for" marks. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
