import { pageAddresses, withBase, type BookingChange } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import { DomainError } from '../errors.js';
import { iso } from '../views.js';
import type { AppointmentContext, CityBookings } from './appointment-context.js';

/** What applying a page of the hub's booking feed did, change by change. */
export type AppliedChanges = { booked: number; moved: number; cancelled: number; unchanged: number };

/** Where citizens book for a linked centre: the hub's booking page, with the centre chosen. */
export const cityBookingUrl = (city: CityBookings) => withBase(city.hubUrl, pageAddresses.bookingAt(city.centreId));

/** Where the contact centre books for a linked centre: the hub's booking desk. */
export const cityBookingDeskUrl = (city: CityBookings) => withBase(city.hubUrl, pageAddresses.bookingDesk());

/** A booking the hub owns, at the hub's citizen pages. */
export const cityAppointmentUrl = (city: CityBookings, code: string) => withBase(city.hubUrl, pageAddresses.appointment(code));

/** A linked centre takes no bookings of its own: one calendar, at the hub. */
export function requireBookedHere(context: AppointmentContext): void {
  if (!context.city) return;
  const url = cityBookingUrl(context.city);
  throw new DomainError(409, 'conflict', `Bookings for this centre are made at the city hub: ${url}`, { reason: 'booked-at-city', url });
}

/** A booking the hub delivered is moved and cancelled at the hub, which counts its places. */
export function requireOwnedHere(context: AppointmentContext, appointment: AppointmentRecord, action: 'moved' | 'cancelled'): void {
  if (!context.city || appointment.cityRevision === null) return;
  const url = cityAppointmentUrl(context.city, appointment.code);
  throw new DomainError(409, 'conflict', `This appointment was booked at the city hub and is ${action} there: ${url}`, { reason: 'booked-at-city', url });
}

/**
 * Applies one page of the hub's booking feed and stores its cursor, in one transaction: the page
 * is applied entirely and once, or not at all. Each change is the booking's latest state. The
 * centre keeps the last word on its own day: an appointment checked in here or marked a no-show
 * is never changed by the feed, and a change applied twice changes nothing. Personal data go into the appointment row as for a booking made
 * here; the log gets what a local booking, move or cancellation records, nothing personal.
 */
export function applyBookingChanges(context: AppointmentContext, page: { changes: readonly BookingChange[]; cursor: number; feedId?: string | undefined }): AppliedChanges {
  return context.transaction(() => {
    const applied: AppliedChanges = { booked: 0, moved: 0, cancelled: 0, unchanged: 0 };
    for (const change of page.changes) applied[applyChange(context, change)] += 1;
    // The hub's cursor as given, even a lower one: a hub whose database was replaced sends
    // everything again from its start, and applying a booking's state twice changes nothing.
    context.cityFeed.setCursor(page.cursor, page.feedId ?? null, context.clock.now());
    return applied;
  });
}

function applyChange(context: AppointmentContext, change: BookingChange): keyof AppliedChanges {
  const existing = context.appointments.byCode(change.code);
  const now = context.clock.now();
  const startAt = Date.parse(change.start);
  const endAt = Date.parse(change.end);
  const personal = { name: change.name, phone: change.phone, email: change.email, cprHash: change.cprHash, lang: change.lang };
  if (!existing) {
    // Cancelled (or over) before it reached the centre: there is nothing to check in.
    if (change.status !== 'booked') return 'unchanged';
    context.appointments.insert({
      code: change.code,
      serviceId: change.serviceId,
      startAt,
      endAt,
      localDate: change.localDate,
      channel: change.channel,
      bookedAt: Date.parse(change.bookedAt),
      bookedBy: null,
      cityRevision: change.revision,
      ...personal,
    });
    recordBooked(context, change.serviceId, startAt, change.channel);
    return 'booked';
  }
  // The centre's own outcome of its day. (Revisions are not compared: a replaced hub numbers anew.)
  if (existing.status === 'checked-in' || existing.status === 'no-show') return 'unchanged';
  const revision = { cityRevision: change.revision };
  if (change.status === 'cancelled') {
    context.appointments.update(existing.id, { ...revision, ...(existing.status !== 'cancelled' && { status: 'cancelled', changedAt: now }) });
    if (existing.status === 'cancelled') return 'unchanged';
    context.record({ type: 'appointment.cancelled', details: { serviceId: existing.serviceId, start: iso(existing.startAt), by: 'city' } });
    return 'cancelled';
  }
  // Checked in or missed by the hub's account: the centre reported those itself and keeps its own.
  if (change.status !== 'booked') return 'unchanged';
  const times = { startAt, endAt, localDate: change.localDate };
  if (existing.status === 'cancelled') {
    // Booked again at the hub under the same code.
    context.appointments.update(existing.id, { ...revision, ...personal, ...times, status: 'booked', changedAt: now });
    recordBooked(context, existing.serviceId, startAt, existing.channel);
    return 'booked';
  }
  if (existing.startAt !== startAt || existing.endAt !== endAt) {
    context.appointments.update(existing.id, { ...revision, ...personal, ...times, changedAt: now });
    context.record({ type: 'appointment.moved', details: { serviceId: existing.serviceId, from: iso(existing.startAt), to: iso(startAt) } });
    return 'moved';
  }
  // Corrected contact details, or nothing new for this centre: no event.
  context.appointments.update(existing.id, { ...revision, ...personal });
  return 'unchanged';
}

function recordBooked(context: AppointmentContext, serviceId: string, startAt: number, channel: BookingChange['channel']): void {
  // As for a booking made here: never anything personal in the log.
  context.record({ type: 'appointment.booked', details: { serviceId, start: iso(startAt), channel } });
}
