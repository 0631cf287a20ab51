import type { BookAppointmentBody } from '@dintur/shared';
import type { Engine } from '../engine.js';

/** An instant of the test day (Tuesday 24 November 2026, Copenhagen, UTC+1) as ISO: `at('11:15')`. */
export const at = (time: string, date = '2026-11-24') => new Date(`${date}T${time}:00+01:00`).toISOString();

/** A booking request with a name and phone number; `overrides` change any field. */
export function bookingRequest(overrides: Partial<BookAppointmentBody> = {}): BookAppointmentBody {
  return { serviceId: 'passport', start: at('11:30'), name: 'Anna Hansen', phone: '+45 12 34 56 78', lang: 'da', ...overrides };
}

/** Books through the engine as a citizen online and returns the code. */
export function bookAs(engine: Engine, overrides: Partial<BookAppointmentBody> = {}): string {
  return engine.appointments.book(bookingRequest(overrides), null).appointment.code;
}
