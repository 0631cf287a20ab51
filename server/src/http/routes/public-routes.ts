import { operations } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** What needs no sign-in: the centre, taking a number, following it, the display's calls. */
export function registerPublicRoutes(context: RouteContext): void {
  const { engine, issueLimit } = context;
  defineRoute(context, operations.health, () => engine.health());
  defineRoute(context, operations.getCentre, () => engine.centre());
  defineRoute(
    context,
    operations.issueTicket,
    ({ body }) => engine.issueTicket({ serviceId: body.serviceId, lang: body.lang, channel: body.channel, kioskId: body.kioskId }),
    issueLimit,
  );
  defineRoute(context, operations.track, ({ params }) => engine.ticketSms.track(params.trackingCode));
  defineRoute(context, operations.cancelByCitizen, ({ params }) => engine.cancelByCitizen(params.trackingCode));
  defineRoute(context, operations.display, ({ query }) =>
    engine.display({
      limit: query.limit,
      ...(query.unitId && { unitIds: query.unitId.split(',') }),
      ...(query.counterId && { counterIds: query.counterId.split(',') }),
    }),
  );
}
