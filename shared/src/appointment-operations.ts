import { z } from 'zod';
import type { Operation } from './operations.js';
import {
  Appointment,
  AppointmentCodeParams,
  AppointmentSearchQuery,
  BookAppointmentBody,
  BookingOptions,
  CheckInBody,
  CheckInResult,
  CprCheckInBody,
  FreeSlotsQuery,
  MoveAppointmentBody,
  ServiceDaySlots,
  Slot,
  SlotsQuery,
} from './appointments.js';
import { ServiceIdParams } from './schemas.js';
import { bookingDeskRoles } from './domain.js';

const bookingDesk = bookingDeskRoles;

/**
 * Appointments: slots, booking, moving, cancelling, checking in (spread into the shared
 * operation map). Booking, reading, moving and cancelling by code are public: the code is the
 * citizen's key. The same operations called with an agent's session book on the `agent` channel.
 */
export const appointmentOperations = {
  bookingOptions: {
    method: 'get',
    path: '/api/appointment-services',
    summary: 'The services that take appointments, and the dates that can be booked',
    access: 'public',
    status: 200,
    response: BookingOptions,
  },
  serviceSlots: {
    method: 'get',
    path: '/api/services/{id}/slots',
    summary: 'A service’s slots on one local date that have not begun, with the places still free',
    access: 'public',
    params: ServiceIdParams,
    query: SlotsQuery,
    status: 200,
    response: z.array(Slot),
  },
  freeSlots: {
    method: 'get',
    path: '/api/slots',
    summary: 'Free slots across services and days, for the booking desk',
    access: bookingDesk,
    query: FreeSlotsQuery,
    status: 200,
    response: z.array(ServiceDaySlots),
  },
  bookAppointment: {
    method: 'post',
    path: '/api/appointments',
    summary: 'Book a slot (409 when it is full); with an agent’s session, booked for a caller',
    access: 'public',
    body: BookAppointmentBody,
    status: 201,
    response: Appointment,
  },
  searchAppointments: {
    method: 'get',
    path: '/api/appointments',
    summary: 'Find appointments by code, name or phone number, or all of one date',
    access: bookingDesk,
    query: AppointmentSearchQuery,
    status: 200,
    response: z.array(Appointment),
  },
  checkInByCpr: {
    method: 'post',
    path: '/api/appointments/check-in-by-cpr',
    summary: 'Check in with the health card: today’s appointment of that CPR number → its ticket',
    access: 'public',
    body: CprCheckInBody,
    status: 201,
    response: CheckInResult,
  },
  getAppointment: {
    method: 'get',
    path: '/api/appointments/{code}',
    summary: 'One appointment by its booking code',
    access: 'public',
    params: AppointmentCodeParams,
    status: 200,
    response: Appointment,
  },
  cancelAppointment: {
    method: 'delete',
    path: '/api/appointments/{code}',
    summary: 'Cancel an appointment: its place is free again at once',
    access: 'public',
    params: AppointmentCodeParams,
    status: 200,
    response: Appointment,
  },
  moveAppointment: {
    method: 'post',
    path: '/api/appointments/{code}/move',
    summary: 'Move an appointment to another slot of its service, keeping its code',
    access: 'public',
    params: AppointmentCodeParams,
    body: MoveAppointmentBody,
    status: 200,
    response: Appointment,
  },
  checkIn: {
    method: 'post',
    path: '/api/appointments/{code}/check-in',
    summary: 'Check in at the centre: the ticket, placed in the queue at the booked time',
    access: 'public',
    params: AppointmentCodeParams,
    body: CheckInBody,
    status: 201,
    response: CheckInResult,
  },
} as const satisfies Record<string, Operation>;
