import { useSyncExternalStore } from 'react';

const query = '(orientation: landscape)';

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Whether the screen is wider than tall: the kiosk's layout puts the units side by side then. */
export function useLandscape(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
