import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useNow } from '@dintur/web';
import type { ApiClient } from '../api/api-client.js';
import { createLiveStore } from './live-store.js';
import type { LiveStore, LiveView } from './live-view.js';
import { serverNow } from './server-clock.js';

const LiveContext = createContext<LiveStore | null>(null);

/** Opens the live store for the signed-in person and closes it on sign-out. */
export function LiveProvider({ api, followDevices, children }: { api: ApiClient; followDevices: boolean; children: ReactNode }) {
  const [store, setStore] = useState<LiveStore | null>(null);
  useEffect(() => {
    const created = createLiveStore({ api, followDevices });
    setStore(created);
    return () => created.close();
  }, [api, followDevices]);
  if (!store) return null;
  return <LiveContext.Provider value={store}>{children}</LiveContext.Provider>;
}

export function useLiveStore(): LiveStore {
  const store = useContext(LiveContext);
  if (!store) throw new Error('useLiveStore outside LiveProvider');
  return store;
}

/** The live picture; the component re-renders on every change. */
export function useLive(): LiveView {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, store.getView);
}

/**
 * The server's now, re-read at every render: the component re-renders every `intervalMs` and on
 * every change of the live picture. Read afresh rather than from the last tick, so a clock that
 * just moved (a new snapshot, a later time seen) counts at once.
 */
export function useServerNow(intervalMs: number): number {
  const view = useLive();
  useNow(intervalMs);
  return serverNow(view.clock, Date.now());
}
