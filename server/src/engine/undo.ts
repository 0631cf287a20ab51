import { undoableEventTypes, undoWindowSeconds, type StaffTicket, type UndoableEventType } from '@dintur/shared';
import type { EngineContext } from './context.js';
import { DomainError, forbidden, invalidState } from './errors.js';
import type { Actor } from './permissions.js';
import { publicTicket, queueSummaries, staffTicket } from './views.js';
import { requireTicket } from './visits.js';

/**
 * The server's window for taking an action back: the app offers it for `undoWindowSeconds`, and a
 * press in its last moment must still count when it arrives, so a few seconds more.
 */
export const undoAllowanceMs = (undoWindowSeconds + 5) * 1000;

const isUndoable = (type: string): type is UndoableEventType => (undoableEventTypes as readonly string[]).includes(type);

const undoneWords: Record<UndoableEventType, string> = { 'ticket.no-show': 'no-show', 'ticket.finished': 'finish' };

/**
 * "Fortryd" at the counter: takes back a no-show or a finished visit that the person recorded a
 * moment ago, so a stray key does not stand as an outcome. Only the ticket's latest change, only
 * by the person who made it, only within the window, and only while that person still sits at the
 * counter and it holds nobody else. The ticket is as it was (called, or being served) and the log
 * keeps both the action and its undoing (`ticket.undone`, naming no one), which statistics read
 * as the action not having happened (shared/src/statistics/visits.ts).
 */
export function undo(context: EngineContext, actor: Actor, id: number): StaffTicket {
  return context.transaction(() => {
    const ticket = requireTicket(context, id);
    // The ticket's own changes: an SMS about it sent meanwhile is no change of the visit.
    const last = context.events
      .ofTicket(id)
      .filter((event) => event.type.startsWith('ticket.'))
      .at(-1);
    if (!last || !isUndoable(last.type)) {
      throw invalidState(`Ticket ${ticket.number} has nothing to take back: only a no-show or a finish can be, as its latest change.`);
    }
    const what = undoneWords[last.type];
    if (last.staffId !== actor.id) throw forbidden(`Only the person who recorded the ${what} of ticket ${ticket.number} may take it back.`);
    if (context.clock.now() - last.at > undoAllowanceMs) {
      throw invalidState(`The ${what} of ticket ${ticket.number} can no longer be taken back: the ${undoWindowSeconds} seconds have passed.`);
    }
    const counterId = ticket.counterId;
    const seat = counterId === null ? undefined : context.counterStates().get(counterId);
    if (counterId === null || !seat || seat.status === 'closed' || seat.staffId !== actor.id) {
      throw new DomainError(409, 'not-at-counter', `Ticket ${ticket.number} was at ${counterId ?? 'no counter'}, where you are no longer signed in.`);
    }
    if (context.tickets.atCounter(counterId).length > 0) {
      throw new DomainError(409, 'ticket-in-progress', `${context.index().counter(counterId).name} holds another visit now; the ${what} of ${ticket.number} stands.`);
    }

    // Back to where it was: a no-show was a called ticket; a finish was served, or called if never marked arrived.
    const status = last.type === 'ticket.finished' && ticket.startedAt !== null ? 'serving' : 'called';
    context.tickets.update(id, { status, outcome: null, finishedAt: null });
    // A finished visit fed the service-time estimate: read the times again without it.
    if (last.type === 'ticket.finished') context.estimator.forgetAll();
    const restored = context.tickets.byId(id)!;
    context.record(
      { type: 'ticket.undone', ticket: restored, staffId: actor.id, details: { undid: last.type, undoneEventId: last.id, status } },
      { type: 'ticket.undone', data: { ticket: publicTicket(restored), queues: queueSummaries(context, [restored.serviceId]), undid: last.type } },
    );
    return staffTicket(context, restored);
  });
}
