import { maskEmail, maskPhone, type BookingChange, type CityAppointment } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointments-repository.js';
import type { SmsDelivery } from '../../data/sms-repository.js';
import type { CentreCalendar } from './calendars.js';

const iso = (time: number) => new Date(time).toISOString();
const minutes = (count: number) => count * 60_000;

/** Check-in defaults for an appointment whose service no longer takes appointments (as at a centre). */
const fallbackWindow = { checkInOpensMinutesBefore: 30, graceMinutes: 10 };


/**
 * An appointment for the API, as a centre answers it (server/src/engine/appointments/views.ts)
 * plus where: `full` (the booking desk) shows the contact details as given; the public view,
 * reached with the code alone, hides most of the phone number and e-mail address. The hub issues
 * no tickets: `ticket` is the centre's to tell once the citizen checks in there. `messages` (the
 * desk's views only) says what became of the booking's SMS.
 */
export function cityAppointmentView(
  appointment: AppointmentRecord,
  calendar: CentreCalendar | undefined,
  options: { full: boolean },
  messages?: readonly SmsDelivery[],
): CityAppointment {
  const config = calendar?.config;
  const service = config?.services.find((candidate) => candidate.id === appointment.serviceId);
  const unit = service ? config?.units.find((candidate) => candidate.id === service.unitId) : undefined;
  const window = config?.appointments.services[appointment.serviceId] ?? fallbackWindow;
  const { phone, email } = appointment;
  return {
    code: appointment.code,
    centreId: appointment.centreId,
    centreName: calendar?.centreName ?? appointment.centreId,
    serviceId: appointment.serviceId,
    serviceName: service?.name ?? { da: appointment.serviceId, en: appointment.serviceId },
    unitId: service?.unitId ?? '',
    unitName: unit?.name ?? { da: '', en: '' },
    start: iso(appointment.startAt),
    end: iso(appointment.endAt),
    status: appointment.status,
    channel: appointment.channel,
    lang: appointment.lang,
    name: appointment.name,
    phone: phone === null || options.full ? phone : maskPhone(phone),
    email: email === null || options.full ? email : maskEmail(email),
    healthCardCheckIn: appointment.cprHash !== null,
    bookedAt: iso(appointment.bookedAt),
    checkInOpensAt: iso(appointment.startAt - minutes(window.checkInOpensMinutesBefore)),
    checkInClosesAt: iso(appointment.startAt + minutes(window.graceMinutes)),
    ticket: null,
    ...(messages && { messages: messages.map((message) => ({ kind: message.kind, state: message.state, at: iso(message.at) })) }),
  };
}

/** A booking as its centre's change feed carries it: its whole latest state. */
export function bookingChange(appointment: AppointmentRecord): BookingChange {
  return {
    revision: appointment.revision,
    code: appointment.code,
    serviceId: appointment.serviceId,
    start: iso(appointment.startAt),
    end: iso(appointment.endAt),
    localDate: appointment.localDate,
    status: appointment.status,
    channel: appointment.channel,
    lang: appointment.lang,
    name: appointment.name,
    phone: appointment.phone,
    email: appointment.email,
    cprHash: appointment.cprHash,
    bookedAt: iso(appointment.bookedAt),
    changedAt: iso(appointment.changedAt),
  };
}
