import { z } from 'zod';
import type { Role } from './domain.js';
import type { ErrorCode } from './errors.js';
import { CentreConfig } from './config.js';
import { NameWarning } from './local-name.js';
import {
  CallNextResult,
  CallTicketBody,
  Centre,
  CounterIdParams,
  CounterState,
  CreateStaffBody,
  DisplayCall,
  DisplayQuery,
  EventExportQuery,
  Empty,
  FinishBody,
  Health,
  IssueTicketBody,
  LoginBody,
  LoginResult,
  PauseBody,
  ServiceIdParams,
  StaffAccount,
  StaffIdParams,
  StaffTicket,
  Ticket,
  TicketIdParams,
  TicketListQuery,
  TicketWithHistory,
  Tracking,
  TrackingCodeParams,
  TransferBody,
  UpdateStaffBody,
} from './schemas.js';
import { appointmentOperations } from './appointment-operations.js';
import { kioskOperations } from './kiosk-operations.js';
import { deviceOperations } from './device-operations.js';
import { staffOperations } from './staff-operations.js';
import { statsOperations } from './stats-operations.js';
import { cityLinkOperations } from './city/centre-link.js';
import { ticketSmsOperations } from './ticket-sms-operations.js';
import { planOperations } from './plan-operations.js';

/** Who may call an operation: anyone, anyone signed in, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path: `/api/tickets/{id}/recall`. */
  path: string;
  summary: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * For a body that is a document of its own (the configuration): the error code a bad body is
   * answered with, its problems named by their paths in the document (no `body.` prefix).
   */
  invalidBody?: ErrorCode;
  /** Success status; 204 operations answer without a body. */
  status: 200 | 201 | 204;
  response?: z.ZodType;
};

/**
 * The configuration as saved, with what the admin should still do: each unit or service name
 * missing in a kiosk language (saved all the same: the kiosk shows English there). A document
 * re-imported with its `warnings` is read without them.
 */
const ConfigWithWarnings = z.intersection(CentreConfig, z.object({ warnings: z.array(NameWarning) }));

const counterStaff = ['staff', 'manager', 'admin'] as const;
const leaders = ['manager', 'admin'] as const;
const admins = ['admin'] as const;

/**
 * Every HTTP operation of the API in one typed map: the server registers its routes from it,
 * and the OpenAPI document at `/api/openapi.json` is generated from it.
 */
export const operations = {
  health: { method: 'get', path: '/api/health', summary: 'Liveness', access: 'public', status: 200, response: Health },
  getCentre: {
    method: 'get',
    path: '/api/centre',
    summary: 'The centre: units, services with waits, counters, today’s hours',
    access: 'public',
    status: 200,
    response: Centre,
  },
  getConfig: {
    method: 'get',
    path: '/api/config',
    summary: 'Export the whole centre configuration (with `warnings`: names missing in a kiosk language)',
    access: admins,
    status: 200,
    response: ConfigWithWarnings,
  },
  putConfig: {
    method: 'put',
    path: '/api/config',
    summary: 'Import (replace) the whole centre configuration; answers it with `warnings`',
    access: admins,
    body: CentreConfig,
    invalidBody: 'invalid-config',
    status: 200,
    response: ConfigWithWarnings,
  },
  ...staffOperations,
  issueTicket: {
    method: 'post',
    path: '/api/tickets',
    summary: 'Take a number',
    access: 'public',
    body: IssueTicketBody,
    status: 201,
    response: Ticket,
  },
  listTickets: {
    method: 'get',
    path: '/api/tickets',
    summary: 'Today’s tickets (default: those not yet finished)',
    access: 'signed-in',
    query: TicketListQuery,
    status: 200,
    response: z.array(StaffTicket),
  },
  getTicket: {
    method: 'get',
    path: '/api/tickets/{id}',
    summary: 'One ticket with its whole history',
    access: 'signed-in',
    params: TicketIdParams,
    status: 200,
    response: TicketWithHistory,
  },
  track: {
    method: 'get',
    path: '/api/track/{trackingCode}',
    summary: 'Follow a ticket (the receipt’s QR code)',
    access: 'public',
    params: TrackingCodeParams,
    status: 200,
    response: Tracking,
  },
  cancelByCitizen: {
    method: 'post',
    path: '/api/track/{trackingCode}/cancel',
    summary: 'The citizen gives up their place',
    access: 'public',
    params: TrackingCodeParams,
    status: 200,
    response: Tracking,
  },
  display: {
    method: 'get',
    path: '/api/display',
    summary: 'Recent calls for a wall display, newest first',
    access: 'public',
    query: DisplayQuery,
    status: 200,
    response: z.array(DisplayCall),
  },
  openCounter: {
    method: 'post',
    path: '/api/counters/{counterId}/open',
    summary: 'Sign in to a counter',
    access: counterStaff,
    params: CounterIdParams,
    status: 200,
    response: CounterState,
  },
  closeCounter: {
    method: 'post',
    path: '/api/counters/{counterId}/close',
    summary: 'Sign out of a counter',
    access: counterStaff,
    params: CounterIdParams,
    status: 200,
    response: CounterState,
  },
  pauseCounter: {
    method: 'post',
    path: '/api/counters/{counterId}/pause',
    summary: 'Pause the counter with a reason',
    access: counterStaff,
    params: CounterIdParams,
    body: PauseBody,
    status: 200,
    response: CounterState,
  },
  resumeCounter: {
    method: 'post',
    path: '/api/counters/{counterId}/resume',
    summary: 'End a pause',
    access: counterStaff,
    params: CounterIdParams,
    status: 200,
    response: CounterState,
  },
  callNext: {
    method: 'post',
    path: '/api/counters/{counterId}/call-next',
    summary: 'Finish the current visit as resolved and call the next ticket; 204 when none waits',
    access: counterStaff,
    params: CounterIdParams,
    status: 200,
    response: CallNextResult,
  },
  callTicket: {
    method: 'post',
    path: '/api/tickets/{id}/call',
    summary: 'Call one waiting ticket out of order',
    access: counterStaff,
    params: TicketIdParams,
    body: CallTicketBody,
    status: 200,
    response: StaffTicket,
  },
  recall: {
    method: 'post',
    path: '/api/tickets/{id}/recall',
    summary: 'Call the same ticket again',
    access: counterStaff,
    params: TicketIdParams,
    status: 200,
    response: StaffTicket,
  },
  start: {
    method: 'post',
    path: '/api/tickets/{id}/start',
    summary: 'The citizen has arrived at the counter',
    access: counterStaff,
    params: TicketIdParams,
    status: 200,
    response: StaffTicket,
  },
  noShow: {
    method: 'post',
    path: '/api/tickets/{id}/no-show',
    summary: 'The citizen did not come',
    access: counterStaff,
    params: TicketIdParams,
    status: 200,
    response: StaffTicket,
  },
  finish: {
    method: 'post',
    path: '/api/tickets/{id}/finish',
    summary: 'Finish the visit with an outcome',
    access: counterStaff,
    params: TicketIdParams,
    body: FinishBody,
    status: 200,
    response: StaffTicket,
  },
  transfer: {
    method: 'post',
    path: '/api/tickets/{id}/transfer',
    summary: 'Send the visit to another service’s queue, keeping its number',
    access: counterStaff,
    params: TicketIdParams,
    body: TransferBody,
    status: 200,
    response: StaffTicket,
  },
  cancel: {
    method: 'post',
    path: '/api/tickets/{id}/cancel',
    summary: 'Cancel a waiting ticket',
    access: counterStaff,
    params: TicketIdParams,
    status: 200,
    response: StaffTicket,
  },
  openService: {
    method: 'post',
    path: '/api/services/{id}/open',
    summary: 'Let a service take tickets again',
    access: leaders,
    params: ServiceIdParams,
    status: 200,
    response: Centre.shape.services.element,
  },
  closeService: {
    method: 'post',
    path: '/api/services/{id}/close',
    summary: 'Stop a service taking tickets now (waiting tickets are still served)',
    access: leaders,
    params: ServiceIdParams,
    status: 200,
    response: Centre.shape.services.element,
  },
  login: {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in: a bearer token and a session cookie',
    access: 'public',
    body: LoginBody,
    status: 200,
    response: LoginResult,
  },
  logout: { method: 'post', path: '/api/auth/logout', summary: 'Sign out', access: 'signed-in', status: 204 },
  me: { method: 'get', path: '/api/auth/me', summary: 'Who is signed in', access: 'signed-in', status: 200, response: StaffAccount },
  listStaff: {
    method: 'get',
    path: '/api/staff',
    summary: 'Staff accounts',
    access: leaders,
    status: 200,
    response: z.array(StaffAccount),
  },
  createStaff: {
    method: 'post',
    path: '/api/staff',
    summary: 'Create a staff account',
    access: admins,
    body: CreateStaffBody,
    status: 201,
    response: StaffAccount,
  },
  updateStaff: {
    method: 'patch',
    path: '/api/staff/{id}',
    summary: 'Change a staff account (role, unit, password, disabled)',
    access: admins,
    params: StaffIdParams,
    body: UpdateStaffBody,
    status: 200,
    response: StaffAccount,
  },
  exportEvents: {
    method: 'get',
    path: '/api/events/export',
    summary: 'The append-only event log between two local dates (inclusive), as NDJSON',
    access: leaders,
    query: EventExportQuery,
    status: 200,
  },
  ...kioskOperations,
  ...deviceOperations,
  ...appointmentOperations,
  ...statsOperations,
  ...cityLinkOperations,
  ...ticketSmsOperations,
  ...planOperations,
} as const satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export { Empty };
