import type { EngineContext } from './context.js';

/**
 * Ends a business day: every ticket still waiting, called or serving is ended as
 * "ended by reset" (and stays in the history); numbering restarts because numbers are
 * counted per business day. Not on a clock that jumped (clock-trust.ts): then the old day goes on,
 * its tickets keep their places, and this returns false; the next write or the minute timer tries again.
 */
export function rollOverDay(context: EngineContext, from: string | undefined, to: string): boolean {
  if (from !== undefined && !context.clockTrust.believable(`ending business day ${from} (its unfinished tickets)`)) return false;
  const now = context.clock.now();
  const unfinished = context.tickets.unfinishedBefore(to);
  for (const ticket of unfinished) {
    context.tickets.update(ticket.id, { status: 'ended-by-reset', finishedAt: now });
    context.record({ type: 'ticket.ended-by-reset', ticket, details: { previousStatus: ticket.status } });
  }
  if (from !== undefined) {
    context.record(
      { type: 'day.reset', details: { from, to, endedTickets: unfinished.length } },
      { type: 'day.reset', data: { businessDay: to, endedTickets: unfinished.length } },
    );
  }
  return true;
}
