import { useCallback, useEffect, useRef, useState } from 'react';

export type Poll<T> = {
  /** The newest answer; kept while later requests fail, so a page shows what it last knew. */
  data: T | null;
  /** The last request's failure, or null once one succeeds again. */
  error: unknown;
  /** When `data` arrived, by this page's monotonic clock (performance.now()). */
  receivedAt: number | null;
  /** Asks again now (a retry button). */
  refresh(): void;
};

/**
 * Asks `load` now and then every `intervalMs` after each answer (never two requests at once).
 * A hidden tab stops asking and asks at once when it is seen again or the phone is back online.
 */
export function usePoll<T>(load: () => Promise<T>, intervalMs: number): Poll<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; receivedAt: number | null }>({ data: null, error: null, receivedAt: null });
  const loadRef = useRef(load);
  loadRef.current = load;
  const runRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    let stopped = false;
    let inFlight = false;
    let timer: number | undefined;
    const run = () => {
      window.clearTimeout(timer);
      if (stopped || inFlight) return;
      inFlight = true;
      loadRef
        .current()
        .then(
          (data) => !stopped && setState({ data, error: null, receivedAt: performance.now() }),
          (error: unknown) => !stopped && setState((previous) => ({ ...previous, error })),
        )
        .finally(() => {
          inFlight = false;
          if (!stopped && document.visibilityState !== 'hidden') timer = window.setTimeout(run, intervalMs);
        });
    };
    const onVisible = () => document.visibilityState === 'visible' && run();
    runRef.current = run;
    run();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', run);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', run);
    };
  }, [intervalMs]);

  const refresh = useCallback(() => runRef.current(), []);
  return { ...state, refresh };
}

/**
 * The hub's clock now (epoch ms), from the `serverTime` of its newest answer plus the time since
 * it arrived, read again every `tickMs`: freshness is judged by the hub's clock, never the
 * phone's, which may be minutes off.
 */
export function useServerNow(serverTime: string | null | undefined, receivedAt: number | null, tickMs = 1000): number | null {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), tickMs);
    return () => window.clearInterval(timer);
  }, [tickMs]);
  if (!serverTime || receivedAt === null) return null;
  return Date.parse(serverTime) + Math.max(0, now - receivedAt);
}
