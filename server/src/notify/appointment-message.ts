import { formatBookingCode, pageAddresses, withBase } from '@dintur/shared';
import type { AppointmentNotice } from './notifier.js';

export type Message = { subject: string; text: string };

const strings = {
  da: {
    subject: { booked: 'Din tid er booket', moved: 'Din tid er flyttet', cancelled: 'Din tid er aflyst' },
    greeting: (name: string) => `Kære ${name}`,
    lead: {
      booked: 'Tak for din booking. Du har tid til:',
      moved: 'Din tid er flyttet. Du har nu tid til:',
      cancelled: 'Din tid er aflyst, og pladsen er givet fri:',
    },
    when: 'Tid',
    where: 'Sted',
    code: 'Bookingkode',
    checkIn: (before: number, grace: number, card: boolean) =>
      `Tjek ind ved skærmen i indgangen med bookingkoden${card ? ', QR-koden eller dit gule sundhedskort' : ' eller QR-koden'}. ` +
      `Du kan tjekke ind fra ${before} minutter før din tid og indtil ${grace} minutter efter. Kommer du senere, kan du trække et almindeligt nummer.`,
    manage: 'Flyt eller aflys tiden',
    rebook: 'Du kan booke en ny tid',
    closing: 'Venlig hilsen',
  },
  en: {
    subject: { booked: 'Your appointment is booked', moved: 'Your appointment has been moved', cancelled: 'Your appointment is cancelled' },
    greeting: (name: string) => `Dear ${name}`,
    lead: {
      booked: 'Thank you for booking. Your appointment:',
      moved: 'Your appointment has been moved. It is now:',
      cancelled: 'Your appointment is cancelled and its place given up:',
    },
    when: 'Time',
    where: 'Place',
    code: 'Booking code',
    checkIn: (before: number, grace: number, card: boolean) =>
      `Check in at the screen by the entrance with the booking code${card ? ', the QR code or your yellow health card' : ' or the QR code'}. ` +
      `Check-in opens ${before} minutes before your time and closes ${grace} minutes after it. If you come later, you can take an ordinary number.`,
    manage: 'Move or cancel the appointment',
    rebook: 'You can book a new time',
    closing: 'Kind regards',
  },
} as const;

/** "tirsdag den 24. november 2026 kl. 11.30" / "Tuesday, 24 November 2026 at 11:30", in the centre's time zone. */
export function formatAppointmentTime(start: number, lang: 'da' | 'en', timeZone: string): string {
  const date = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start);
  const time = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start);
  return lang === 'da' ? `${date} kl. ${time}` : `${date} at ${time}`;
}

/**
 * The e-mail about a booked, moved or cancelled appointment, in Danish or English: time, place,
 * the booking code, how to check in, and (when the server knows its public address) the link to
 * move or cancel. Plain text: it reads the same in every mail program and screen reader.
 */
export function appointmentMessage(notice: AppointmentNotice, publicUrl: string | null): Message {
  const lang = notice.lang === 'da' ? 'da' : 'en';
  const text = strings[lang];
  const link = publicUrl === null ? null : withBase(publicUrl, pageAddresses.appointment(notice.code));
  const lines = [
    `${text.greeting(notice.to.name)}`,
    '',
    text.lead[notice.kind],
    '',
    `${text.when}: ${formatAppointmentTime(notice.start, lang, notice.timeZone)}`,
    `${text.where}: ${notice.centreName}, ${notice.unitName} – ${notice.serviceName}`,
    `${text.code}: ${formatBookingCode(notice.code)}`,
    '',
  ];
  if (notice.kind !== 'cancelled') {
    lines.push(text.checkIn(notice.checkInOpensMinutesBefore, notice.graceMinutes, notice.healthCardCheckIn), '');
    if (link) lines.push(`${text.manage}: ${link}`, '');
  } else if (publicUrl !== null) {
    lines.push(`${text.rebook}: ${publicUrl.replace(/\/+$/, '')}/book`, '');
  }
  lines.push(text.closing, notice.centreName);
  return { subject: `${text.subject[notice.kind]}: ${notice.serviceName}, ${formatAppointmentTime(notice.start, lang, notice.timeZone)}`, text: lines.join('\n') };
}
