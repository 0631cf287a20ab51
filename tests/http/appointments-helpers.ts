import { operations, type Appointment } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { expectSuccess } from './helpers.js';

/**
 * An instant of the test servers' day (Tuesday 24 November 2026 in Copenhagen, UTC+1), as ISO:
 * `at('11:30')`. The servers start at 11:00.
 */
export const at = (time: string, date = '2026-11-24') => new Date(`${date}T${time}:00+01:00`).toISOString();

export type BookingInput = { serviceId?: string; start?: string; name?: string; phone?: string; email?: string; cpr?: string; lang?: string };

/** `POST /api/appointments` with a name and phone number unless told otherwise; the raw answer. */
export function requestBooking(server: TestServer, input: BookingInput = {}, token?: string) {
  const body = { serviceId: 'passport', start: at('11:30'), name: 'Anna Hansen', phone: '+45 12 34 56 78', ...input };
  return server.request('POST', '/api/appointments', { body, ...(token && { token }) });
}

/** Books and asserts the 201. */
export async function book(server: TestServer, input: BookingInput = {}, token?: string): Promise<Appointment> {
  return expectSuccess(await requestBooking(server, input, token), operations.bookAppointment);
}

/** The free places of a service's slot, from `GET /api/services/{id}/slots`. */
export async function placesLeft(server: TestServer, serviceId: string, start: string): Promise<number | undefined> {
  const date = new Date(new Date(start).getTime() + 60 * 60_000).toISOString().slice(0, 10);
  const slots = expectSuccess(await server.request('GET', `/api/services/${serviceId}/slots?date=${date}`), operations.serviceSlots);
  return slots.find((slot) => slot.start === start)?.available;
}

/** The appointment events of the log as exported to a manager (the statistics' input). */
export async function appointmentEvents(server: TestServer) {
  const response = await server.request('GET', '/api/events/export?from=2026-11-01&to=2027-12-31', { token: server.adminToken });
  const text = typeof response.body === 'string' ? response.body : response.body === undefined ? '' : JSON.stringify(response.body);
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { type: string; details: Record<string, unknown> })
    .filter((event) => event.type.startsWith('appointment.'));
}
