import { useEffect, useState } from 'react';
import type { CounterChange, ServiceChange } from '@dintur/shared';
import { useLiveStore } from '../live/live-context.js';
import { serverNow } from '../live/server-clock.js';
import { useSession } from '../session/session.js';
import { feedKept, fromStream, mergeFeed, type FeedEntry } from './activity.js';

export type ActivityView = {
  /** Newest first. */
  feed: readonly FeedEntry[];
  /** Whether the day's earlier events have been read from the log. */
  state: 'loading' | 'ready' | 'failed';
  /** Each counter's latest change today, and each service's latest opening or closing: who and when. */
  counters: ReadonlyMap<string, CounterChange>;
  services: ReadonlyMap<string, ServiceChange>;
};

/** After a counter or service changes, the log is read again this soon (several changes, one read). */
const rereadAfterMs = 200;

/**
 * The overview's feed and its "who did it": the day's newest events read from the log when the
 * page opens (and after a reconnect), followed live from the stream. The public stream does not
 * say who closed a counter or service, so after such a change the log is read again for it.
 */
export function useActivity(): ActivityView {
  const store = useLiveStore();
  const { api } = useSession();
  const [view, setView] = useState<ActivityView>({ feed: [], state: 'loading', counters: new Map(), services: new Map() });

  useEffect(() => {
    let stopped = false;
    let sequence = 0;
    let timer: number | null = null;
    const read = async () => {
      const request = ++sequence;
      try {
        const activity = await api.call('listActivity', { query: { limit: feedKept } });
        if (stopped || request !== sequence) return;
        // The log's list replaces what was read before (a new day starts empty); only what the
        // stream brought after the log was read is kept beside it.
        const newestRead = Math.max(0, ...activity.events.map((event) => event.id));
        setView((current) => ({
          feed: mergeFeed(
            activity.events.map((event) => ({ event, fromLog: true })),
            current.feed.filter((entry) => !entry.fromLog && entry.event.id > newestRead),
          ),
          state: 'ready',
          counters: new Map(activity.counters.map((change) => [change.counterId, change])),
          services: new Map(activity.services.map((change) => [change.serviceId, change])),
        }));
      } catch (error) {
        if (stopped || request !== sequence) return;
        console.warn('staff app: could not read the activity', error);
        setView((current) => (current.state === 'ready' ? current : { ...current, state: 'failed' }));
      }
    };
    const readSoon = () => {
      if (timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        void read();
      }, rereadAfterMs);
    };

    void read();
    const unsubscribe = store.onEvent((event) => {
      // A (re)connect: what happened while away is in the log.
      if (event.type === 'snapshot') {
        readSoon();
        return;
      }
      const entry = fromStream(event, serverNow(store.getView().clock, Date.now()));
      if (!entry) return;
      setView((current) => ({ ...current, feed: mergeFeed(current.feed, [entry]) }));
      if (event.type === 'counter.changed' || event.type === 'service.changed') readSoon();
    });
    return () => {
      stopped = true;
      unsubscribe();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [api, store]);

  return view;
}
