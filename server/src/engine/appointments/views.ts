import { maskEmail, maskPhone, pageAddresses, type Appointment, type AppointmentMessage } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import { iso } from '../views.js';
import { appointmentSettingsOf, minutes, type AppointmentContext } from './appointment-context.js';

/** Check-in defaults for an appointment whose service no longer takes appointments. */
const fallbackWindow = { checkInOpensMinutesBefore: 30, graceMinutes: 10 };

/** When an appointment can be checked in: from some minutes before its time to the grace after. */
export function checkInWindow(context: AppointmentContext, appointment: Pick<AppointmentRecord, 'serviceId' | 'startAt'>): { opensAt: number; closesAt: number } {
  const settings = appointmentSettingsOf(context.index(), appointment.serviceId) ?? fallbackWindow;
  return {
    opensAt: appointment.startAt - minutes(settings.checkInOpensMinutesBefore),
    closesAt: appointment.startAt + minutes(settings.graceMinutes),
  };
}

/** The SMS about an appointment as the booking desk sees them: kind, state and when, no number or text. */
function appointmentMessages(context: AppointmentContext, code: string): AppointmentMessage[] {
  return context.sms
    .ofAppointment(code)
    .filter((message): message is typeof message & { kind: AppointmentMessage['kind'] } => ['booked', 'reminder', 'moved', 'cancelled'].includes(message.kind))
    .map((message) => ({ kind: message.kind, state: message.state, at: iso(message.at) }));
}

/**
 * An appointment for the API. `full` (the booking desk) shows the contact details as given; the
 * public view, reached with the code alone, hides most of the phone number and e-mail address.
 */
export function appointmentView(context: AppointmentContext, appointment: AppointmentRecord, options: { full: boolean }): Appointment {
  const index = context.index();
  const service = index.services.get(appointment.serviceId);
  const unit = service ? index.units.get(service.unitId) : undefined;
  const window = checkInWindow(context, appointment);
  const ticket = appointment.ticketId === null ? undefined : context.tickets.byId(appointment.ticketId);
  const { phone, email } = appointment;
  return {
    code: appointment.code,
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
    checkInOpensAt: iso(window.opensAt),
    checkInClosesAt: iso(window.closesAt),
    ticket: ticket ? { number: ticket.number, trackingCode: ticket.trackingCode, trackingUrl: pageAddresses.tracking(ticket.trackingCode) } : null,
    ...(options.full && { messages: appointmentMessages(context, appointment.code) }),
  };
}
