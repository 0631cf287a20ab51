import type { RequestHandler } from 'express';
import { isBookingDesk, operations } from '@dintur/shared';
import { notifyAfterCommit, silentNotifier, type Notifier } from '../../notify/index.js';
import { resolveActor } from '../auth.js';
import { defineRoute } from '../define-route.js';
import { perClientRateLimit } from '../rate-limit.js';
import type { RouteContext } from './route-context.js';

export type AppointmentRouteOptions = {
  notifier: Notifier;
  /** Public booking requests one client may make a minute; 0 turns the limit off. */
  limitPerMinute: number;
  /** Of those, new bookings one client may make a minute (docs/DECISIONS.md, "Caps"); 0 turns the limit off. */
  bookingsPerMinute: number;
};

/**
 * Slots, booking, moving, cancelling and check-in. Public operations that take or guess at a
 * booking are limited per client, except for the signed-in booking desk (a contact centre sits
 * behind one address). Confirmations go out after the commit, never before.
 */
export function registerAppointmentRoutes(context: RouteContext, options: AppointmentRouteOptions): void {
  const { engine, durable } = context;
  const { appointments } = engine;
  const exceptAtDesk = (limited: RequestHandler): RequestHandler => (request, response, next) => {
    const actor = resolveActor(context.authenticator, request, 'public');
    if (actor && isBookingDesk(actor.role)) return next();
    limited(request, response, next);
  };
  const limit = exceptAtDesk(perClientRateLimit(options.limitPerMinute, engine.clock, 'booking requests'));
  const bookingLimit = exceptAtDesk(perClientRateLimit(options.bookingsPerMinute, engine.clock, 'bookings'));
  const notify = (change: ReturnType<typeof appointments.book>) => {
    void notifyAfterCommit(options.notifier, durable, change.notice);
    return change.appointment;
  };

  const emailConfirmations = options.notifier !== silentNotifier;
  defineRoute(context, operations.bookingOptions, () => ({ ...appointments.options(), emailConfirmations }));
  defineRoute(context, operations.serviceSlots, ({ params, query }) => appointments.slots(params.id, query.date));
  defineRoute(context, operations.freeSlots, ({ query }) =>
    appointments.freeSlots({ ...(query.serviceIds && { serviceIds: query.serviceIds.split(',') }), ...(query.from && { from: query.from }), days: query.days }),
  );
  defineRoute(context, operations.bookAppointment, ({ body, actor }) => notify(appointments.book(body, actor)), limit, bookingLimit);
  defineRoute(context, operations.searchAppointments, ({ query, actor }) => appointments.search(query, actor));
  defineRoute(context, operations.checkInByCpr, ({ body }) => appointments.checkInByCpr(body.cpr, body.lang), limit);
  defineRoute(context, operations.getAppointment, ({ params, actor }) => appointments.get(params.code, actor), limit);
  defineRoute(context, operations.cancelAppointment, ({ params, actor }) => notify(appointments.cancel(params.code, actor)), limit);
  defineRoute(context, operations.moveAppointment, ({ params, body, actor }) => notify(appointments.move(params.code, body.start, actor)), limit);
  defineRoute(context, operations.checkIn, ({ params, body }) => appointments.checkIn(params.code, body.lang), limit);
}
