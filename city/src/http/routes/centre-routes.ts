import { cityOperations as operations } from '@dintur/shared';
import type { Database } from '../../data/database.js';
import type { CentreCalendars } from '../../services/booking/calendars.js';
import type { Centres } from '../../services/centres.js';
import { receiveBatch } from '../../services/shipping.js';
import { defineRoute, type RouteTarget } from '../define-route.js';

/** Registering centres and what centres send: their event logs and their live status. */
export function registerCentreRoutes(target: RouteTarget, services: { db: Database; centres: Centres; calendars: CentreCalendars; now: () => number }): void {
  const { db, centres, calendars, now } = services;
  defineRoute(target, operations.registerCentre, ({ body }) => centres.register(body.id, body.name));
  defineRoute(target, operations.listCentres, () => centres.list());
  defineRoute(target, operations.renewCentreKey, ({ params }) => centres.renewKey(params.centreId));
  defineRoute(target, operations.shippingCursor, async ({ params }) => {
    await centres.markSeen(params.centreId);
    return centres.cursor(params.centreId);
  });
  defineRoute(target, operations.shipEvents, async ({ params, body }) => {
    const receipt = await receiveBatch(db, params.centreId, body, now());
    // A configuration that arrived applies to the next booking at once, not after the cache's second.
    if (body.configs.length > 0) calendars.invalidate();
    return receipt;
  });
  defineRoute(target, operations.putStatus, async ({ params, body }) => {
    await centres.saveStatus(params.centreId, body);
  });
  defineRoute(target, operations.waits, () => centres.waits());
}
