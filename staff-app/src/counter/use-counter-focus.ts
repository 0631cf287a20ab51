import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffTicket } from '@dintur/shared';
import type { CounterAction } from './shortcuts.js';

export type FocusTarget = CounterAction | 'queue';

/**
 * Focus follows the work: after each action it moves to where the next one is (`focusOn`), and
 * on arriving at the counter, once its tickets are known, to the action its state calls for.
 * The buttons register themselves in `buttons`; a wanted button that cannot be used gives way to
 * "next" or "open".
 */
export function useCounterFocus({ ticketsLoaded, mine, current }: { ticketsLoaded: boolean; mine: boolean; current: StaffTicket['status'] | null }) {
  const [request, setRequest] = useState<{ target: FocusTarget; sequence: number } | null>(null);
  const buttons = useRef<Partial<Record<CounterAction, HTMLButtonElement | null>>>({});
  const queueHeading = useRef<HTMLHeadingElement>(null);
  const focusOn = useCallback((target: FocusTarget) => setRequest((previous) => ({ target, sequence: (previous?.sequence ?? 0) + 1 })), []);

  useEffect(() => {
    if (!request) return;
    if (request.target === 'queue') {
      (document.querySelector<HTMLButtonElement>('.queue-panel button:not(:disabled)') ?? queueHeading.current)?.focus();
      return;
    }
    const wanted = buttons.current[request.target];
    const fallback = [buttons.current.callNext, buttons.current.toggleOpen].find((button) => button && !button.disabled);
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  }, [request]);

  // Only on arriving; later moves follow the actions.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || !ticketsLoaded) return;
    arrived.current = true;
    focusOn(!mine ? 'toggleOpen' : current === 'called' ? 'start' : current === 'serving' ? 'finish' : 'callNext');
  }, [ticketsLoaded, mine, current, focusOn]);

  return { buttons, queueHeading, focusOn };
}
