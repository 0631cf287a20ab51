import { operations, ticketStatuses, type TicketStatus } from '@dintur/shared';
import { badRequest } from '../../engine/errors.js';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** The counter workstation: sign in at a counter, call, serve, finish, transfer. */
export function registerCounterRoutes(context: RouteContext): void {
  const { engine } = context;
  defineRoute(context, operations.openCounter, ({ actor, params }) => engine.openCounter(actor, params.counterId));
  defineRoute(context, operations.closeCounter, ({ actor, params }) => engine.closeCounter(actor, params.counterId));
  defineRoute(context, operations.pauseCounter, ({ actor, params, body }) =>
    engine.pauseCounter(actor, params.counterId, body.reason),
  );
  defineRoute(context, operations.resumeCounter, ({ actor, params }) => engine.resumeCounter(actor, params.counterId));
  defineRoute(context, operations.callNext, ({ actor, params }) => {
    const ticket = engine.callNext(actor, params.counterId);
    return ticket ? { ticket } : null;
  });
  defineRoute(context, operations.callTicket, ({ actor, params, body }) => engine.callTicket(actor, params.id, body.counterId));
  defineRoute(context, operations.recall, ({ actor, params }) => engine.recall(actor, params.id));
  defineRoute(context, operations.start, ({ actor, params }) => engine.start(actor, params.id));
  defineRoute(context, operations.noShow, ({ actor, params }) => engine.noShow(actor, params.id));
  defineRoute(context, operations.finish, ({ actor, params, body }) => engine.finish(actor, params.id, body.outcome));
  defineRoute(context, operations.transfer, ({ actor, params, body }) => engine.transfer(actor, params.id, body));
  defineRoute(context, operations.cancel, ({ actor, params }) => engine.cancel(actor, params.id));
  defineRoute(context, operations.undoTicket, ({ actor, params }) => engine.undo(actor, params.id));
  defineRoute(context, operations.listTickets, ({ query }) =>
    engine.listTickets({ statuses: parseStatuses(query.status), serviceId: query.serviceId }),
  );
  defineRoute(context, operations.getTicket, ({ params }) => engine.getTicket(params.id));
}

function parseStatuses(value: string | undefined): TicketStatus[] {
  if (!value) return ['waiting', 'called', 'serving'];
  const statuses = value.split(',');
  const unknown = statuses.filter((status) => !(ticketStatuses as readonly string[]).includes(status));
  if (unknown.length > 0) {
    throw badRequest(`Unknown status ${unknown.join(', ')}.`, [{ path: 'query.status', message: `one or more of ${ticketStatuses.join(', ')}` }]);
  }
  return statuses as TicketStatus[];
}
