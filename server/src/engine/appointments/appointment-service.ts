import { randomBytes } from 'node:crypto';
import { isBookingDesk, type Appointment, type BookAppointmentBody, type BookingChange, type CheckInResult } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import type { AppointmentNotice } from '../../notify/notifier.js';
import type { EngineContext } from '../context.js';
import type { Actor } from '../permissions.js';
import type { AppointmentContext, CityBookings } from './appointment-context.js';
import { book } from './booking.js';
import { cancel, move, requireAppointment } from './changing.js';
import { checkInByCode, checkInByCpr } from './check-in.js';
import { applyBookingChanges, cityAppointmentUrl, cityBookingDeskUrl, cityBookingUrl } from './city-bookings.js';
import { requireBookedServicesKept } from './config-guard.js';
import { sweepNoShows } from './no-show-sweep.js';
import { noticeOf } from './notice.js';
import { purgePersonalData } from './purge.js';
import { sweepReminders } from './reminder-sweep.js';
import { bookingOptions, freeSlots, searchAppointments } from './search.js';
import { slotsOn } from './slots.js';
import { queueAppointmentSms } from './sms.js';
import { appointmentView } from './views.js';

/** A change the citizen is told about: the appointment as answered, and the notice to send after the commit. */
export type AppointmentChange = { appointment: Appointment; notice: AppointmentNotice | null };


/**
 * Appointments of one centre: slots, booking, moving, cancelling, check-in, the no-show sweep and
 * the privacy purge. Every read sweeps no-shows first, so nothing waits for the timer.
 */
export function createAppointmentService(
  engineContext: EngineContext,
  options: {
    cprKey?: Buffer | undefined;
    city?: Omit<CityBookings, 'cityCprKey'> & { cityCprKey?: Buffer | null | undefined };
    /** The address citizens reach the server at, for the link in an SMS; null leaves it out. */
    publicUrl?: string | null | undefined;
  },
) {
  const publicUrl = options.publicUrl ?? null;
  const context: AppointmentContext = {
    ...engineContext,
    // Without a key from the data directory (engine tests), one for this process only.
    cprKey: options.cprKey ?? randomBytes(32),
    city: options.city && { ...options.city, cityCprKey: options.city.cityCprKey ?? null },
  };
  const view = (appointment: AppointmentRecord, actor: Actor | null) => appointmentView(context, appointment, { full: actor !== null && isBookingDesk(actor.role) });
  // Inside the change's transaction: its SMS is queued exactly when the change is kept.
  const change = (appointment: AppointmentRecord, actor: Actor | null, kind: AppointmentNotice['kind']): AppointmentChange => {
    queueAppointmentSms(context, appointment, kind, publicUrl);
    return { appointment: view(appointment, actor), notice: noticeOf(context, appointment, kind) };
  };
  /** Sweeps no-shows in a transaction of its own (kept even if `work` is refused), then does `work`. */
  const swept = <T>(work: () => T): T => {
    sweepNoShows(context);
    return context.transaction(work);
  };

  return {
    context,
    options: () => bookingOptions(context),
    slots: (serviceId: string, date: string) => swept(() => slotsOn(context, serviceId, date)),
    freeSlots: (query: { serviceIds?: string[]; from?: string; days: number }) => swept(() => freeSlots(context, query)),
    book: (request: BookAppointmentBody, actor: Actor | null): AppointmentChange => swept(() => change(book(context, request, actor), actor, 'booked')),
    get: (code: string, actor: Actor | null): Appointment => swept(() => view(requireAppointment(context, code), actor)),
    move: (code: string, start: string, actor: Actor | null): AppointmentChange =>
      swept(() => change(move(context, code, Date.parse(start)), actor, 'moved')),
    cancel(code: string, actor: Actor | null): AppointmentChange {
      return swept(() => {
        const { appointment, changed } = cancel(context, code, actor);
        if (!changed) return { appointment: view(appointment, actor), notice: null };
        return change(appointment, actor, 'cancelled');
      });
    },
    checkIn: (code: string, lang?: string): CheckInResult => swept(() => checkInByCode(context, code, lang)),
    checkInByCpr: (cpr: string, lang?: string): CheckInResult => swept(() => checkInByCpr(context, cpr, lang)),
    search: (query: { query?: string | undefined; date?: string | undefined }, actor: Actor) =>
      swept(() => searchAppointments(context, query).map((appointment) => view(appointment, actor))),
    /** Marks appointments past their grace as no-shows; returns how many. */
    sweepNoShows: () => sweepNoShows(context),
    /** Deletes personal data past the retention time; returns how many appointments were purged. */
    purgePersonalData: () => purgePersonalData(context),
    /** Passes a configuration document on unless it removes a service with booked appointments (409). */
    keepingBookings(document: unknown): unknown {
      requireBookedServicesKept(context, document);
      return document;
    },
    /** The city hub's booking feed: applies a page of changes and stores its cursor, in one transaction. */
    applyCityBookings: (page: { changes: readonly BookingChange[]; cursor: number; feedId?: string | undefined }) => applyBookingChanges(context, page),
    /** The last revision of the hub's booking feed applied here. */
    cityBookingCursor: () => context.cityFeed.cursor(),
    cityBookingFeedId: () => context.cityFeed.feedId(),
    /** The city's CPR-hash key, once the hub has given it: the health card then finds bookings made at the hub. */
    useCityCprKey(key: Buffer): void {
      if (context.city) context.city.cityCprKey = key;
    },
    /** Where citizens book for this centre, when the hub does; null for a centre on its own. */
    bookingUrl: (): string | null => (context.city ? cityBookingUrl(context.city) : null),
    /** The hub's page of an appointment the hub owns; null for one this centre keeps (or when alone). */
    cityPageOf(code: string): string | null {
      const appointment = context.city && context.appointments.byCode(code);
      return context.city && appointment && appointment.cityRevision !== null ? cityAppointmentUrl(context.city, appointment.code) : null;
    },
    /** Where the contact centre books for this centre, when the hub does; null for a centre on its own. */
    bookingDeskUrl: (): string | null => (context.city ? cityBookingDeskUrl(context.city) : null),
    /** Queues the day-before SMS reminders once the reminder time has passed; returns how many. */
    sweepReminders: () => sweepReminders(context, publicUrl),
    /** The minute timer's work: the purge, then the SMS reminders. */
    maintain(): void {
      purgePersonalData(context);
      sweepReminders(context, publicUrl);
    },
  };
}

export type AppointmentService = ReturnType<typeof createAppointmentService>;
