import { operations } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** What needs no sign-in: the centre, taking a number, following it, the display's calls. */
export function registerPublicRoutes({ router, engine, authenticator, issueLimit }: RouteContext): void {
  defineRoute(router, authenticator, operations.health, () => ({ status: 'ok' as const }));
  defineRoute(router, authenticator, operations.getCentre, () => engine.centre());
  defineRoute(
    router,
    authenticator,
    operations.issueTicket,
    ({ body }) => engine.issueTicket({ serviceId: body.serviceId, lang: body.lang }),
    issueLimit,
  );
  defineRoute(router, authenticator, operations.track, ({ params }) => engine.track(params.trackingCode));
  defineRoute(router, authenticator, operations.cancelByCitizen, ({ params }) => engine.cancelByCitizen(params.trackingCode));
  defineRoute(router, authenticator, operations.display, ({ query }) =>
    engine.display({
      limit: query.limit,
      ...(query.unitId && { unitIds: query.unitId.split(',') }),
      ...(query.counterId && { counterIds: query.counterId.split(',') }),
    }),
  );
}
