import { operations } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** What the staff app reads and changes beyond the counter routes (shared/src/staff-operations.ts). */
export function registerStaffAppRoutes(context: RouteContext): void {
  const { engine } = context;
  defineRoute(context, operations.listColleagues, () => engine.staffApp.colleagues());
  defineRoute(context, operations.listPendingTransfers, () => engine.staffApp.pendingTransfers());
  defineRoute(context, operations.listActivity, ({ query }) => engine.activity(query.limit));
  defineRoute(context, operations.getCounterServices, ({ params }) => engine.staffApp.counterProfile(params.counterId));
  defineRoute(context, operations.setCounterServices, ({ actor, params, body }) =>
    engine.staffApp.setCounterServices(actor, params.counterId, body.services),
  );
}
