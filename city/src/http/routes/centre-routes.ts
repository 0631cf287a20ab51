import { cityOperations as operations } from '@dintur/shared';
import type { Database } from '../../data/database.js';
import type { Centres } from '../../services/centres.js';
import { receiveBatch } from '../../services/shipping.js';
import { defineRoute, type RouteTarget } from '../define-route.js';

/** Registering centres and what centres send: their event logs and their live status. */
export function registerCentreRoutes(target: RouteTarget, services: { db: Database; centres: Centres; now: () => number }): void {
  const { db, centres, now } = services;
  defineRoute(target, operations.registerCentre, ({ body }) => centres.register(body.id, body.name));
  defineRoute(target, operations.listCentres, () => centres.list());
  defineRoute(target, operations.renewCentreKey, ({ params }) => centres.renewKey(params.centreId));
  defineRoute(target, operations.shippingCursor, async ({ params }) => {
    await centres.markSeen(params.centreId);
    return centres.cursor(params.centreId);
  });
  defineRoute(target, operations.shipEvents, ({ params, body }) => receiveBatch(db, params.centreId, body, now()));
  defineRoute(target, operations.putStatus, async ({ params, body }) => {
    await centres.saveStatus(params.centreId, body);
  });
  defineRoute(target, operations.waits, () => centres.waits());
}
