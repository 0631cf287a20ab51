import { pageAddresses, withBase } from '@dintur/shared';
import { placeOf, smsText } from '@dintur/shared/sms';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import type { AppointmentContext } from './appointment-context.js';

export type AppointmentSmsKind = 'booked' | 'moved' | 'cancelled' | 'reminder';

/**
 * The message's idempotency key: one confirmation and one cancellation per booking, one message
 * per move (a booking moved twice is told twice), one reminder per booked time (a booking moved to
 * another day gets a reminder for its new time, never two for one time).
 */
export function appointmentSmsId(appointment: AppointmentRecord, kind: AppointmentSmsKind): string {
  switch (kind) {
    case 'booked':
    case 'cancelled':
      return `${kind}:${appointment.code}`;
    case 'moved':
      return `moved:${appointment.code}:${appointment.changedAt}`;
    case 'reminder':
      return `reminder:${appointment.code}:${appointment.startAt}`;
  }
}

/**
 * Queues the SMS about an appointment, in the caller's transaction, when the server sends SMS and
 * the citizen gave a phone number. Not for a booking the city hub owns (the hub tells the citizen)
 * nor once the personal data are purged. The text names only the centre for a sensitive service,
 * and gives the link to move or cancel (to book anew, for a cancellation) when the public address
 * is known. A message not sent by the appointment's time is given up. Returns whether it was queued.
 */
export function queueAppointmentSms(context: AppointmentContext, appointment: AppointmentRecord, kind: AppointmentSmsKind, publicUrl: string | null): boolean {
  if (!context.sms.enabled || appointment.phone === null || appointment.name === null || appointment.cityRevision !== null) return false;
  const config = context.index().config;
  const link = publicUrl === null ? null : withBase(publicUrl, kind === 'cancelled' ? pageAddresses.booking() : pageAddresses.appointment(appointment.code));
  const text = smsText(
    { kind, place: placeOf(config, appointment.serviceId, appointment.lang), start: appointment.startAt, timeZone: config.centre.timeZone, link, code: appointment.code },
    appointment.lang,
  );
  return context.sms.enqueue({
    id: appointmentSmsId(appointment, kind),
    kind,
    to: appointment.phone,
    text,
    lang: appointment.lang,
    appointmentCode: appointment.code,
    expiresAt: appointment.startAt,
  });
}
