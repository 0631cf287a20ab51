import { useEffect, useRef } from 'react';
import type { CounterState } from '@dintur/shared';
import { useAnnounce } from '@dintur/web';
import { strings } from '../strings.js';

type Input = {
  counter: CounterState;
  /** This person sits at the counter. */
  mine: boolean;
  /** The counter holds a visit. */
  busyWithVisit: boolean;
  /** Citizens this person can call here. */
  waiting: number;
  /** Who sits there instead, if someone else does. */
  occupiedBy: string | null;
  meId: number;
};

/**
 * What the counter says without being asked: that someone can be called, to a blind colleague
 * waiting at an idle counter, and the counter's state whenever it changes, by this person's
 * action or anyone else's (a leader closing it, a call ending the pause).
 */
export function useCounterAnnouncements({ counter, mine, busyWithVisit, waiting, occupiedBy, meId }: Input) {
  const announce = useAnnounce();

  const previousWaiting = useRef(waiting);
  useEffect(() => {
    const before = previousWaiting.current;
    previousWaiting.current = waiting;
    if (mine && counter.status === 'open' && !busyWithVisit && before === 0 && waiting > 0) announce(strings.counter.announce.queueNoLongerEmpty(waiting));
  }, [waiting, mine, counter.status, busyWithVisit, announce]);

  // Said once per change of state: the effect runs again for other reasons (a name, a colleague
  // list) and then says nothing, since the state it last said is the same.
  const { status, staffId, pauseReason, name } = counter;
  const counterState = `${status}:${staffId ?? ''}:${pauseReason ?? ''}`;
  const previousState = useRef(counterState);
  useEffect(() => {
    if (previousState.current === counterState) return;
    const wasPaused = previousState.current.startsWith('paused:');
    previousState.current = counterState;
    if (status === 'closed') announce(strings.counter.announce.closed(name));
    else if (staffId !== meId) announce(strings.counter.occupied(name, occupiedBy ?? '?'));
    else if (status === 'paused') announce(strings.counter.announce.paused(pauseReason ?? ''));
    else announce(wasPaused ? strings.counter.announce.resumed : strings.counter.announce.opened(name));
  }, [counterState, status, staffId, pauseReason, name, meId, occupiedBy, announce]);
}
