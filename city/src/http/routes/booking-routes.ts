import { cityOperations as operations, isBookingDesk } from '@dintur/shared';
import type { Bookings } from '../../services/booking/bookings.js';
import type { BookingOffers } from '../../services/booking/offers.js';
import type { Feeds } from '../../services/booking/feed.js';
import { defineRoute, type RouteTarget } from '../define-route.js';
import { perClientRateLimit } from '../rate-limit.js';

export type BookingServices = {
  offers: BookingOffers;
  bookings: Bookings;
  feeds: Feeds;
  cprKey: Buffer;
  /** Bookings one client address may make a minute, unless signed in at the desk; 0: no limit. */
  bookingLimitPerMinute: number;
  now: () => number;
};

/** Booking at any centre: what can be booked, free times, booking and changing, the desk's search, and each centre's feed. */
export function registerBookingRoutes(target: RouteTarget, services: BookingServices): void {
  const { offers, bookings, feeds, cprKey } = services;
  const bookingRate = perClientRateLimit(services.bookingLimitPerMinute, services.now, 'bookings');
  defineRoute(target, operations.bookingOptions, () => offers.options());
  defineRoute(target, operations.citySlots, ({ params, query }) => offers.slots(params.serviceId, query.date, query.centreId));
  defineRoute(target, operations.earliestSlots, ({ params, query }) => offers.earliest(params.serviceId, query));
  defineRoute(target, operations.cityFreeSlots, ({ query }) => offers.freeSlots(query));
  defineRoute(target, operations.cityBook, ({ body, account, request }) => {
    // The booking desk (the contact centre, behind one address) is not held to the per-address limit.
    if (!account || !isBookingDesk(account.role)) bookingRate.check(request);
    return bookings.book(body, account);
  });
  defineRoute(target, operations.citySearchAppointments, ({ query, account }) => bookings.search(query, account));
  defineRoute(target, operations.cityGetAppointment, ({ params, account }) => bookings.get(params.code, account));
  defineRoute(target, operations.cityCancelAppointment, ({ params, account }) => bookings.cancel(params.code, account));
  defineRoute(target, operations.cityMoveAppointment, ({ params, body, account }) => bookings.move(params.code, body.start, account));
  defineRoute(target, operations.bookingFeed, ({ params, query }) => feeds.read(params.centreId, query.after, query.limit));
  defineRoute(target, operations.cprKey, () => ({ key: cprKey.toString('base64') }));
}
