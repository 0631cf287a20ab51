import { cprFromScan, type CheckInResult } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import { DomainError, invalidState } from '../errors.js';
import { issueTicket } from '../issuing.js';
import { citizenTicket, iso } from '../views.js';
import { localToday, type AppointmentContext } from './appointment-context.js';
import { requireAppointment } from './changing.js';
import { cprHash } from '@dintur/shared/booking-keys';
import { checkInWindow } from './views.js';

const tooEarly = (context: AppointmentContext, appointment: AppointmentRecord) => {
  const { opensAt } = checkInWindow(context, appointment);
  return new DomainError(409, 'invalid-state', `Check-in opens at ${iso(opensAt)}.`, {
    reason: 'too-early',
    opensAt: iso(opensAt),
    start: iso(appointment.startAt),
  });
};

/** Too late: the kiosk offers an ordinary ticket instead. */
const tooLate = (context: AppointmentContext, appointment: AppointmentRecord) => {
  const { closesAt } = checkInWindow(context, appointment);
  return new DomainError(409, 'invalid-state', `Check-in closed at ${iso(closesAt)}; take an ordinary ticket instead.`, {
    reason: 'too-late',
    closedAt: iso(closesAt),
    start: iso(appointment.startAt),
    serviceId: appointment.serviceId,
  });
};

/** The ticket of a check-in, with its wait as the tracking page gives it (views.ts: by its time, or sooner if a counter is free). */
function result(context: AppointmentContext, appointment: AppointmentRecord, ticketId: number): CheckInResult {
  return {
    ...citizenTicket(context, context.tickets.byId(ticketId)!),
    appointment: { code: appointment.code, start: iso(appointment.startAt), serviceId: appointment.serviceId },
  };
}

/**
 * Checks a booked appointment in: a ticket of its service placed in the queue at the booked time
 * (the calling rule serves it then, ahead of walk-ins). Open from `checkInOpensMinutesBefore`
 * until `graceMinutes` after the time. Checking in again gives the same ticket while it waits or
 * is called (a second scan reprints it rather than failing).
 */
function checkInAppointment(context: AppointmentContext, appointment: AppointmentRecord, lang: string | undefined): CheckInResult {
  if (appointment.status === 'checked-in' && appointment.ticketId !== null) {
    const ticket = context.tickets.byId(appointment.ticketId);
    if (ticket && (ticket.status === 'waiting' || ticket.status === 'called')) return result(context, appointment, ticket.id);
    throw invalidState(`The appointment was checked in and its ticket ${ticket?.number ?? ''} is ${ticket?.status ?? 'gone'}.`);
  }
  if (appointment.status === 'no-show') throw tooLate(context, appointment);
  if (appointment.status !== 'booked') throw invalidState(`The appointment is ${appointment.status}.`);
  const now = context.clock.now();
  const window = checkInWindow(context, appointment);
  if (now < window.opensAt) throw tooEarly(context, appointment);
  if (now > window.closesAt) throw tooLate(context, appointment);
  const ticket = issueTicket(context, { serviceId: appointment.serviceId, lang: lang ?? appointment.lang, appointmentAt: appointment.startAt });
  context.appointments.update(appointment.id, { status: 'checked-in', checkedInAt: now, ticketId: ticket.id, changedAt: now });
  context.record({
    type: 'appointment.checked-in',
    ticket: context.tickets.byId(ticket.id)!,
    details: {
      serviceId: appointment.serviceId,
      start: iso(appointment.startAt),
      minutesEarly: Math.round((appointment.startAt - now) / 60_000),
      ticketId: ticket.id,
      code: appointment.code,
    },
  });
  return result(context, appointment, ticket.id);
}

/** Check-in with the booking code (typed on the keypad, or the confirmation's QR code scanned). */
export function checkInByCode(context: AppointmentContext, code: string, lang: string | undefined): CheckInResult {
  return context.transaction(() => checkInAppointment(context, requireAppointment(context, code), lang));
}

/**
 * Check-in with the health card: today's appointments of the CPR number, found through its keyed
 * hash. The one whose check-in is open is taken; else the answer says why none can be.
 */
export function checkInByCpr(context: AppointmentContext, scanned: string, lang: string | undefined): CheckInResult {
  return context.transaction(() => {
    const digits = cprFromScan(scanned);
    const date = localToday(context);
    // Booked here before the centre joined the city (its own key), or at the hub (the city's key).
    const keys = context.city?.cityCprKey ? [context.cprKey, context.city.cityCprKey] : [context.cprKey];
    const hashes = digits === null ? [] : keys.map((key) => cprHash(key, digits)).filter((hash) => hash !== null);
    const today = hashes
      .flatMap((hash) => context.appointments.ofCprOnDate(hash, date))
      .sort((first, second) => first.startAt - second.startAt || first.id - second.id);
    const now = context.clock.now();
    const open = today.find((appointment) => {
      const window = checkInWindow(context, appointment);
      return appointment.status === 'booked' && now >= window.opensAt && now <= window.closesAt;
    });
    const again = today.find((appointment) => {
      const ticket = appointment.ticketId === null ? undefined : context.tickets.byId(appointment.ticketId);
      return appointment.status === 'checked-in' && (ticket?.status === 'waiting' || ticket?.status === 'called');
    });
    const later = today.find((appointment) => appointment.status === 'booked' && now < checkInWindow(context, appointment).opensAt);
    const missed = today.find((appointment) => appointment.status === 'no-show' || (appointment.status === 'booked' && now > checkInWindow(context, appointment).closesAt));
    const chosen = open ?? again ?? later ?? missed;
    if (!chosen) throw new DomainError(404, 'not-found', 'No appointment today for this health card.');
    return checkInAppointment(context, chosen, lang);
  });
}
