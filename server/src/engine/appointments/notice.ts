import { localName } from '@dintur/shared';
import type { AppointmentRecord } from '../../data/appointment-repository.js';
import type { AppointmentNotice } from '../../notify/notifier.js';
import { appointmentSettingsOf, type AppointmentContext } from './appointment-context.js';

/** What the citizen is sent about a booked, moved or cancelled appointment (null once purged). */
export function noticeOf(context: AppointmentContext, appointment: AppointmentRecord, kind: AppointmentNotice['kind']): AppointmentNotice | null {
  if (appointment.name === null || (appointment.email === null && appointment.phone === null)) return null;
  const index = context.index();
  const service = index.services.get(appointment.serviceId);
  const unit = service ? index.units.get(service.unitId) : undefined;
  const lang = appointment.lang === 'da' ? 'da' : 'en';
  const settings = appointmentSettingsOf(index, appointment.serviceId);
  return {
    kind,
    code: appointment.code,
    lang,
    to: { name: appointment.name, email: appointment.email, phone: appointment.phone },
    centreName: index.config.centre.name,
    unitName: unit ? localName(unit.name, lang) : '',
    serviceName: service ? localName(service.name, lang) : appointment.serviceId,
    start: appointment.startAt,
    end: appointment.endAt,
    timeZone: index.config.centre.timeZone,
    healthCardCheckIn: appointment.cprHash !== null,
    checkInOpensMinutesBefore: settings?.checkInOpensMinutesBefore ?? 30,
    graceMinutes: settings?.graceMinutes ?? 10,
  };
}
