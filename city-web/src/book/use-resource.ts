import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> = { data: T | null; error: unknown; loading: boolean; reload(): void };

/**
 * Loads something for a page and reloads it when `key` changes; answers that arrive after the
 * key moved on (a fast tap on another day) are dropped. A failed reload keeps what was shown.
 */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: unknown; loading: boolean }>({ key, data: null, error: null, loading: key !== null });
  const [attempt, setAttempt] = useState(0);
  // `load` is a new function every render; `key` says when what it loads changes, so the effect
  // calls the newest `load` without re-running for each one.
  const latestLoad = useRef(load);
  latestLoad.current = load;
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((previous) => ({ key, data: previous.key === key ? previous.data : null, error: null, loading: true }));
    latestLoad.current().then(
      (data) => current && setState({ key, data, error: null, loading: false }),
      (error: unknown) => current && setState((previous) => ({ key, data: previous.key === key ? previous.data : null, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const fresh = state.key === key;
  return { data: fresh ? state.data : null, error: fresh ? state.error : null, loading: key !== null && (!fresh || state.loading), reload };
}
