import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { bookingDeskRoles } from '../domain.js';
import { Empty } from '../schemas.js';
import {
  CentreIdParams,
  CentreWithKey,
  CityAccount,
  CityCentre,
  CityHealth,
  CityLoginBody,
  CityLoginResult,
  CityStatsQuery,
  CityStatsReport,
  CityWaits,
  CreateCentreBody,
  CreateCityAccountBody,
  type CityRole,
} from './city-schemas.js';
import {
  BookingFeed,
  BookingFeedQuery,
  CentreEarliest,
  CityAppointment,
  CityAppointmentCodeParams,
  CityAppointmentSearchQuery,
  CityBookBody,
  CityBookingOptions,
  CityCprKey,
  CityFreeSlotsQuery,
  CityMoveBody,
  CityServiceDaySlots,
  CityServiceParams,
  CitySlot,
  CitySlotsQuery,
  EarliestQuery,
} from './city-booking.js';
import { BatchReceipt, CentreStatus, EventBatch, ShippingCursor } from './shipping.js';

/** Who may call a hub operation: anyone, any signed-in account, the listed roles, or a centre by its key. */
export type CityAccess = 'public' | 'signed-in' | 'centre' | readonly CityRole[];

export type CityOperation = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  access: CityAccess;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  invalidBody?: ErrorCode;
  status: 200 | 201 | 204;
  response?: z.ZodType;
};

const admins = ['admin'] as const;
const leaders = ['manager', 'admin'] as const;
/** Contact-centre agents book for callers; city leaders may too (the same rule as at a centre). */
const bookingDesk = bookingDeskRoles;

/** Every HTTP operation of the city hub: its routes and its OpenAPI document are made from this map. */
export const cityOperations = {
  health: { method: 'get', path: '/api/health', summary: 'Liveness', access: 'public', status: 200, response: CityHealth },
  login: {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in: a bearer token and a session cookie',
    access: 'public',
    body: CityLoginBody,
    status: 200,
    response: CityLoginResult,
  },
  logout: { method: 'post', path: '/api/auth/logout', summary: 'Sign out', access: 'signed-in', status: 204 },
  me: { method: 'get', path: '/api/auth/me', summary: 'Who is signed in', access: 'signed-in', status: 200, response: CityAccount },
  listAccounts: { method: 'get', path: '/api/staff', summary: 'The hub’s accounts', access: admins, status: 200, response: z.array(CityAccount) },
  createAccount: {
    method: 'post',
    path: '/api/staff',
    summary: 'Create an account: a city leader (manager), a contact-centre agent or an admin',
    access: admins,
    body: CreateCityAccountBody,
    status: 201,
    response: CityAccount,
  },
  registerCentre: {
    method: 'post',
    path: '/api/centres',
    summary: 'Register a centre; the answer holds its key, shown this once',
    access: admins,
    body: CreateCentreBody,
    status: 201,
    response: CentreWithKey,
  },
  listCentres: {
    method: 'get',
    path: '/api/centres',
    summary: 'Every centre: linked, the last event received, lag, last seen, silent',
    access: leaders,
    status: 200,
    response: z.array(CityCentre),
  },
  renewCentreKey: {
    method: 'post',
    path: '/api/centres/{centreId}/key',
    summary: 'Give a centre a new key (the old one stops working); shown this once',
    access: admins,
    params: CentreIdParams,
    body: Empty,
    status: 200,
    response: CentreWithKey,
  },
  shippingCursor: {
    method: 'get',
    path: '/api/centres/{centreId}/cursor',
    summary: 'Centre: how far the hub has its event log',
    access: 'centre',
    params: CentreIdParams,
    status: 200,
    response: ShippingCursor,
  },
  shipEvents: {
    method: 'post',
    path: '/api/centres/{centreId}/events',
    summary: 'Centre: the next batch of its event log (idempotent; a gap is refused with 409)',
    access: 'centre',
    params: CentreIdParams,
    body: EventBatch,
    status: 200,
    response: BatchReceipt,
  },
  putStatus: {
    method: 'put',
    path: '/api/centres/{centreId}/status',
    summary: 'Centre: its live status (waits per service, counters open)',
    access: 'centre',
    params: CentreIdParams,
    body: CentreStatus,
    status: 204,
  },
  waits: { method: 'get', path: '/api/city/waits', summary: 'Live waits at every centre', access: 'public', status: 200, response: CityWaits },
  stats: {
    method: 'get',
    path: '/api/city/stats',
    summary: 'City statistics of a period: the whole city and each centre, with the centres’ own figures',
    access: leaders,
    query: CityStatsQuery,
    status: 200,
    response: CityStatsReport,
  },
  bookingOptions: {
    method: 'get',
    path: '/api/city/booking',
    summary: 'The services that take appointments somewhere in the city, and at which centres',
    access: 'public',
    status: 200,
    response: CityBookingOptions,
  },
  citySlots: {
    method: 'get',
    path: '/api/city/services/{serviceId}/slots',
    summary: 'A service’s slots on one local date at every centre (or one) that have not begun, with the places still free',
    access: 'public',
    params: CityServiceParams,
    query: CitySlotsQuery,
    status: 200,
    response: z.array(CitySlot),
  },
  earliestSlots: {
    method: 'get',
    path: '/api/city/services/{serviceId}/earliest',
    summary: 'The earliest free times of a service at each centre, the soonest centre first',
    access: 'public',
    params: CityServiceParams,
    query: EarliestQuery,
    status: 200,
    response: z.array(CentreEarliest),
  },
  cityFreeSlots: {
    method: 'get',
    path: '/api/city/slots',
    summary: 'Free slots across centres, services and days, for the booking desk',
    access: bookingDesk,
    query: CityFreeSlotsQuery,
    status: 200,
    response: z.array(CityServiceDaySlots),
  },
  cityBook: {
    method: 'post',
    path: '/api/city/appointments',
    summary: 'Book a slot at a centre (409 when it is full); with an agent’s session, booked for a caller',
    access: 'public',
    body: CityBookBody,
    status: 201,
    response: CityAppointment,
  },
  citySearchAppointments: {
    method: 'get',
    path: '/api/city/appointments',
    summary: 'Find appointments by code, name or phone number, or a centre’s day list',
    access: bookingDesk,
    query: CityAppointmentSearchQuery,
    status: 200,
    response: z.array(CityAppointment),
  },
  cityGetAppointment: {
    method: 'get',
    path: '/api/city/appointments/{code}',
    summary: 'One appointment by its booking code',
    access: 'public',
    params: CityAppointmentCodeParams,
    status: 200,
    response: CityAppointment,
  },
  cityCancelAppointment: {
    method: 'delete',
    path: '/api/city/appointments/{code}',
    summary: 'Cancel an appointment: its place is free again at once',
    access: 'public',
    params: CityAppointmentCodeParams,
    status: 200,
    response: CityAppointment,
  },
  cityMoveAppointment: {
    method: 'post',
    path: '/api/city/appointments/{code}/move',
    summary: 'Move an appointment to another slot of its service at its centre, keeping its code',
    access: 'public',
    params: CityAppointmentCodeParams,
    body: CityMoveBody,
    status: 200,
    response: CityAppointment,
  },
  bookingFeed: {
    method: 'get',
    path: '/api/centres/{centreId}/bookings',
    summary: 'Centre: its bookings changed after a revision (new, moved, cancelled), oldest change first',
    access: 'centre',
    params: CentreIdParams,
    query: BookingFeedQuery,
    status: 200,
    response: BookingFeed,
  },
  cprKey: {
    method: 'get',
    path: '/api/centres/{centreId}/cpr-key',
    summary: 'Centre: the city’s CPR-hash key, so a health card finds a booking made anywhere',
    access: 'centre',
    params: CentreIdParams,
    status: 200,
    response: CityCprKey,
  },
} as const satisfies Record<string, CityOperation>;

export type CityOperationName = keyof typeof cityOperations;
