import type { CentreConfig } from '@dintur/shared';
import { internationalPhone, placeOf, smsText } from '@dintur/shared/sms';
import type { OutboxMessage, SmsKind } from '../../data/sms-repository.js';

/** What a booking message is made of: the appointment as the hub keeps it. */
export type MessageAppointment = { code: string; centreId: string; serviceId: string; startAt: number; lang: string; phone: string | null };

/** The settings the texts need: where citizens reach the hub's /book pages (null: no link). */
export type BookingMessageSettings = { publicUrl: string | null };

/** The idempotency key of a message: one confirmation and one cancellation per booking, one message per move, one reminder per booked time. */
export function messageId(kind: SmsKind, appointment: { code: string; startAt: number }, revision?: number): string {
  switch (kind) {
    case 'booked':
    case 'cancelled':
      return `${kind}:${appointment.code}`;
    case 'moved':
      return `moved:${appointment.code}:${revision ?? appointment.startAt}`;
    case 'reminder':
      return `reminder:${appointment.code}:${appointment.startAt}`;
  }
}

/**
 * The link in a message: the booking's own page at the hub (`/book/<code>`, where it is moved or
 * cancelled), or for a cancellation the start of booking. Only the code goes in it — never the
 * service, whose id could name a sensitive matter. The pages speak Danish and English.
 */
export function bookingLink(settings: BookingMessageSettings, kind: SmsKind, code: string, lang: string): string | null {
  if (settings.publicUrl === null) return null;
  const base = settings.publicUrl.replace(/\/+$/, '');
  const path = kind === 'cancelled' ? '/book' : `/book/${code}`;
  return `${base}${path}${lang === 'da' ? '' : '?lang=en'}`;
}

/**
 * The outbox message about a booking change, or undefined when the booking has no phone number
 * that can take an SMS. The text is finished here (in the citizen's language, GSM, ≤ 160
 * characters): where is the service and centre, or only the centre for a sensitive service.
 */
export function bookingMessage(
  settings: BookingMessageSettings,
  config: Pick<CentreConfig, 'centre' | 'units' | 'services'>,
  kind: SmsKind,
  appointment: MessageAppointment,
  revision?: number,
): OutboxMessage | undefined {
  const phone = appointment.phone === null ? null : internationalPhone(appointment.phone);
  if (phone === null) return undefined;
  const text = smsText(
    {
      kind,
      place: placeOf(config, appointment.serviceId, appointment.lang),
      start: appointment.startAt,
      timeZone: config.centre.timeZone,
      link: bookingLink(settings, kind, appointment.code, appointment.lang),
      code: appointment.code,
    },
    appointment.lang,
  );
  return { id: messageId(kind, appointment, revision), kind, phone, text, lang: appointment.lang, appointmentCode: appointment.code, centreId: appointment.centreId };
}
