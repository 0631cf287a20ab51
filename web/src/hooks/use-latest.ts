import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The newest value of something an effect or a callback reads but must not be re-run by: a
 * function that reads the current state, the page's current strings. Written after each render,
 * before any effect runs. (React's `useEffectEvent` does this, but the react-hooks lint plugin in
 * use does not know it yet and would ask for it as a dependency.)
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
