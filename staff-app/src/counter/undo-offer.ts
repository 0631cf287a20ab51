import { useCallback, useEffect, useState } from 'react';
import { undoWindowSeconds } from '@dintur/shared';

/** A no-show or finish this person just recorded, which "Fortryd" can still take back. */
export type UndoOffer = { ticketId: number; number: string; undid: 'no-show' | 'finish'; until: number };

/** Whole seconds left of an offer at `now` (0 once it has run out), as the countdown shows them. */
export function secondsLeft(offer: Pick<UndoOffer, 'until'>, now: number): number {
  return Math.max(0, Math.ceil((offer.until - now) / 1000));
}

/** A new offer from `now`, lasting the window the server allows (shared: `undoWindowSeconds`). */
export function newOffer(ticket: { id: number; number: string }, undid: UndoOffer['undid'], now: number): UndoOffer {
  return { ticketId: ticket.id, number: ticket.number, undid, until: now + undoWindowSeconds * 1000 };
}

/**
 * The counter's current undo offer and its countdown, on this PC's clock: the seconds are the
 * person's to notice a stray key, and the server's window has a few more for the request's way.
 * The offer ends by itself, or when `withdraw` is called (another action was taken).
 */
export function useUndoOffer() {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!offer) return;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      if (time >= offer.until) setOffer(null);
    };
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [offer]);
  const offerUndo = useCallback((ticket: { id: number; number: string }, undid: UndoOffer['undid']) => setOffer(newOffer(ticket, undid, Date.now())), []);
  const withdraw = useCallback(() => setOffer(null), []);
  return { offer, secondsLeft: offer ? secondsLeft(offer, now) : 0, offerUndo, withdraw };
}
