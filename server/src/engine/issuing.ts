import { randomBytes } from 'node:crypto';
import type { Ticket } from '@dintur/shared';
import type { EngineContext } from './context.js';
import { DomainError } from './errors.js';
import { issuingStatus } from '@dintur/shared/calendar';
import { citizenTicket, iso, publicTicket, queueSummaries } from './views.js';

/** Letters and digits that cannot be mistaken for each other when typed from a receipt. */
const trackingAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

const codeLength = 12;
let randomPool = Buffer.alloc(0);
let randomOffset = 0;

/** An unguessable code for the tracking URL (12 of 31 symbols: about 59 bits). */
function trackingCode(): string {
  if (randomOffset + codeLength > randomPool.length) {
    randomPool = randomBytes(codeLength * 256);
    randomOffset = 0;
  }
  let code = '';
  for (let index = 0; index < codeLength; index += 1) {
    code += trackingAlphabet[randomPool[randomOffset + index]! % trackingAlphabet.length];
  }
  randomOffset += codeLength;
  return code;
}

export type IssueRequest = {
  serviceId: string;
  lang: string;
  /** For a checked-in appointment: the booked time, which also decides its place. */
  appointmentAt?: number;
  /** How a walk-in's number was taken, and at which kiosk (channel statistics). */
  channel?: 'kiosk' | 'web' | undefined;
  kioskId?: string | undefined;
};

/**
 * Takes a number: the next of the service's prefix for the business day, given inside the
 * transaction so two kiosks can never get the same one.
 */
export function issueTicket(context: EngineContext, request: IssueRequest): Ticket {
  return context.transaction(() => {
    const index = context.index();
    const service = index.service(request.serviceId);
    const now = context.clock.now();
    const status = issuingStatus(now, index.config.hours, index.config.centre.timeZone);
    if (!status.isIssuing && request.appointmentAt === undefined) {
      const opensAt = status.nextIssuingAt === null ? null : iso(status.nextIssuingAt);
      throw new DomainError(409, 'centre-closed', `The centre is not issuing tickets now${opensAt ? `; it opens ${opensAt}` : ''}.`, {
        opensAt,
      });
    }
    // A booked citizen is served like one already waiting: closing a service stops walk-ins only.
    if (context.closedServices().has(service.id) && request.appointmentAt === undefined) {
      throw new DomainError(409, 'service-closed', `${service.name.en} is closed for today.`, { opensAt: null });
    }
    // A flood of numbers must not bury the queue: past its cap a walk-in comes back later (a
    // checked-in appointment still joins, as it was promised its time).
    if (request.appointmentAt === undefined && context.tickets.queueSummary(service.id).waiting >= service.maxWaiting) {
      throw new DomainError(409, 'queue-full', `The queue for ${service.name.en} is full (${service.maxWaiting} waiting); come back later.`, {
        maxWaiting: service.maxWaiting,
      });
    }
    const businessDay = context.businessDay();
    const number = `${service.prefix}${context.tickets.nextNumber(businessDay, service.prefix)}`;
    const id = context.tickets.insert({
      businessDay,
      number,
      serviceId: service.id,
      lang: request.lang,
      trackingCode: trackingCode(),
      issuedAt: now,
      queuedAt: request.appointmentAt ?? now,
      appointmentAt: request.appointmentAt ?? null,
    });
    const ticket = context.tickets.byId(id)!;
    // The estimate the citizen is given is kept in the log, so statistics can judge it against the wait.
    const issued = citizenTicket(context, ticket);
    context.record(
      {
        type: 'ticket.issued',
        ticket,
        details: {
          lang: request.lang,
          appointmentAt: request.appointmentAt ?? null,
          estimatedWaitMinutes: issued.estimatedWaitMinutes,
          // A checked-in appointment's ticket is the appointment channel's (statistics count channels).
          ...(request.appointmentAt !== undefined ? { channel: 'appointment' } : request.channel && { channel: request.channel }),
          ...(request.kioskId && { kioskId: request.kioskId }),
        },
      },
      { type: 'ticket.issued', data: { ticket: publicTicket(ticket), queues: queueSummaries(context, [service.id]) } },
    );
    return issued;
  });
}
