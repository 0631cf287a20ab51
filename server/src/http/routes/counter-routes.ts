import { operations, ticketStatuses, type TicketStatus } from '@dintur/shared';
import { badRequest } from '../../engine/errors.js';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** The counter workstation: sign in at a counter, call, serve, finish, transfer. */
export function registerCounterRoutes({ router, engine, authenticator }: RouteContext): void {
  defineRoute(router, authenticator, operations.openCounter, ({ actor, params }) => engine.openCounter(actor, params.counterId));
  defineRoute(router, authenticator, operations.closeCounter, ({ actor, params }) => engine.closeCounter(actor, params.counterId));
  defineRoute(router, authenticator, operations.pauseCounter, ({ actor, params, body }) =>
    engine.pauseCounter(actor, params.counterId, body.reason),
  );
  defineRoute(router, authenticator, operations.resumeCounter, ({ actor, params }) => engine.resumeCounter(actor, params.counterId));
  defineRoute(router, authenticator, operations.callNext, ({ actor, params }) => {
    const ticket = engine.callNext(actor, params.counterId);
    return ticket ? { ticket } : null;
  });
  defineRoute(router, authenticator, operations.callTicket, ({ actor, params, body }) => engine.callTicket(actor, params.id, body.counterId));
  defineRoute(router, authenticator, operations.recall, ({ actor, params }) => engine.recall(actor, params.id));
  defineRoute(router, authenticator, operations.start, ({ actor, params }) => engine.start(actor, params.id));
  defineRoute(router, authenticator, operations.noShow, ({ actor, params }) => engine.noShow(actor, params.id));
  defineRoute(router, authenticator, operations.finish, ({ actor, params, body }) => engine.finish(actor, params.id, body.outcome));
  defineRoute(router, authenticator, operations.transfer, ({ actor, params, body }) => engine.transfer(actor, params.id, body));
  defineRoute(router, authenticator, operations.cancel, ({ actor, params }) => engine.cancel(actor, params.id));
  defineRoute(router, authenticator, operations.listTickets, ({ query }) =>
    engine.listTickets({ statuses: parseStatuses(query.status), serviceId: query.serviceId }),
  );
  defineRoute(router, authenticator, operations.getTicket, ({ params }) => engine.getTicket(params.id));
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
