import { operations } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import { perClientRateLimit } from '../rate-limit.js';
import type { RouteContext } from './route-context.js';

/**
 * The tracking page's SMS opt-in: anyone holding a ticket's tracking code may give a number or
 * take it back. Each address is limited like taking numbers, and the engine caps the numbers per
 * ticket and the tickets per number (ticket-sms.ts).
 */
export function registerTicketSmsRoutes(context: RouteContext, options: { limitPerMinute: number }): void {
  const { engine } = context;
  const limit = perClientRateLimit(options.limitPerMinute, engine.clock, 'SMS requests');
  defineRoute(context, operations.optInToTicketSms, ({ params, body }) => engine.ticketSms.optIn(params.trackingCode, body), limit);
  defineRoute(context, operations.optOutOfTicketSms, ({ params }) => engine.ticketSms.optOut(params.trackingCode), limit);
}
