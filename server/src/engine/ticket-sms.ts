import { finalTicketStatuses, maskPhone, type Tracking, type TrackingSms } from '@dintur/shared';
import { internationalPhone, smsText, waitingPlaceOf, type SmsMessage } from '@dintur/shared/sms';
import type { TicketRecord } from '../data/ticket-repository.js';
import type { TicketSmsRecord } from '../data/ticket-sms-repository.js';
import { requireTicketByCode, track } from './centre-view.js';
import type { EngineContext, PublishedEvent } from './context.js';
import { DomainError, invalidState, invalidInput } from './errors.js';
import { placeInQueue } from './views.js';

/** Numbers one ticket may be given in all (the same number again does not count): one ticket cannot text many people. */
export const maxNumbersPerTicket = 3;
/** Tickets of a day one number may follow (a parent with a few matters): a stranger's number cannot be signed up to many. */
export const maxTicketsPerNumber = 3;
/** A call told later than this would send the citizen to a counter long after it called them: given up unsent. */
const callWorthMs = 10 * 60_000;
/** A "near" or "sent on" message later than this no longer says where the ticket is. */
const placeWorthMs = 30 * 60_000;

/**
 * The walk-in's SMS, asked for on the tracking page: "3 ahead of you" once per queue the ticket
 * waits in, "your turn: go to Skranke 7" on every call and once more on its first recall, and
 * "sent on: wait at Borgerservice" on a transfer. Driven by the engine's published events (after
 * their commit), so calling.ts and visits.ts know nothing of it; the messages go into the SMS
 * outbox in a transaction of their own under ids made of the ticket and the event, so none is
 * queued twice, and the sender hands them to the gateway beside the requests, never in their way.
 * A sensitive service is never named: the place is only the centre (waitingPlaceOf). The number
 * is deleted on opting out and when the business day ends, and never enters the event log.
 */
export function createTicketSms(context: EngineContext) {
  const optIns = context.ticketSms;
  const nearAhead = () => context.index().config.sms.nearAhead;
  /** How many are before a waiting ticket, as its tracking page counts them; null once called. */
  const aheadOf = (ticket: TicketRecord) => {
    const { position } = placeInQueue(context, ticket);
    return position === null ? null : position - 1;
  };
  /** A ticket that is called, or already near, is not told it is near: it just heard as much. */
  const nearNotNeeded = (ticket: TicketRecord) => {
    const ahead = aheadOf(ticket);
    return ahead === null || ahead <= nearAhead();
  };

  const queue = (ticket: TicketRecord, entry: TicketSmsRecord & { phone: string }, id: string, message: SmsMessage, worthMs: number) => {
    context.sms.enqueue({
      id,
      kind: message.kind,
      to: entry.phone,
      text: smsText(message, entry.lang),
      lang: entry.lang,
      ticketId: ticket.id,
      expiresAt: context.clock.now() + worthMs,
    });
  };
  const placeOf = (ticket: TicketRecord, lang: string) => waitingPlaceOf(context.index().config, ticket.serviceId, lang);
  const withPhone = (entry: TicketSmsRecord | undefined): entry is TicketSmsRecord & { phone: string } => entry?.phone != null;

  /** `ticket.called` / `ticket.recalled`: "your turn, go to …", once per call and once more on a recall. */
  const tellCalled = (event: Extract<PublishedEvent, { type: 'ticket.called' | 'ticket.recalled' }>) => {
    const entry = optIns.byTicket(event.data.ticket.id);
    const ticket = context.tickets.byId(event.data.ticket.id);
    // Told late (its batch published after it moved on): the citizen is at the counter already.
    if (!withPhone(entry) || !ticket || ticket.status !== 'called' || ticket.calledAt === null) return;
    if (ticket.calledAt !== Date.parse(event.data.ticket.calledAt ?? '')) return;
    // Keyed by the call (its time), so a recall repeats it once however often the counter recalls.
    const id = `${event.type === 'ticket.called' ? 'called' : 'recalled'}:${ticket.id}:${ticket.calledAt}`;
    queue(ticket, entry, id, { kind: 'called', number: ticket.number, counterName: event.data.call.counterName }, callWorthMs);
  };

  /** `ticket.transferred`: where to wait now; the "near" message is due again in the new queue. */
  const tellTransferred = (event: Extract<PublishedEvent, { type: 'ticket.transferred' }>) => {
    const entry = optIns.byTicket(event.data.ticket.id);
    const ticket = context.tickets.byId(event.data.ticket.id);
    if (!entry || !ticket) return;
    optIns.newQueue(ticket.id, event.id, nearNotNeeded(ticket));
    if (!withPhone(entry) || ticket.status !== 'waiting' || ticket.serviceId !== event.data.ticket.serviceId) return;
    queue(ticket, entry, `transferred:${ticket.id}:${event.id}`, { kind: 'transferred', number: ticket.number, place: placeOf(ticket, entry.lang) }, placeWorthMs);
  };

  /**
   * A ticket event moves up the others of the queues it changed (the services in its `queues`; a
   * place counts only its own queue): tells each opted-in ticket there that has come near, once
   * per queue.
   */
  const tellNear = (pending: TicketSmsRecord[], changed: ReadonlySet<string>) => {
    const limit = nearAhead();
    for (const entry of pending) {
      const ticket = context.tickets.byId(entry.ticketId);
      if (!withPhone(entry) || !ticket || ticket.status !== 'waiting' || !changed.has(ticket.serviceId)) continue;
      const ahead = aheadOf(ticket);
      if (ahead === null || ahead > limit) continue;
      const message: SmsMessage = { kind: 'near', ahead, number: ticket.number, place: placeOf(ticket, entry.lang) };
      queue(ticket, entry, `near:${ticket.id}:${entry.queueKey}`, message, placeWorthMs);
      optIns.markNearDone(ticket.id, entry.queueKey);
    }
  };

  const react = (event: PublishedEvent) => {
    if (event.type === 'day.reset') {
      context.transaction(() => {
        optIns.deleteBefore(event.data.businessDay);
        context.sms.purgeTicketMessages();
      });
      return;
    }
    // Without a gateway no number is taken: nothing to look up on every ticket event.
    if (!event.type.startsWith('ticket.') || !context.sms.enabled) return;
    // Cheap checks first: most events concern no ticket that asked for an SMS.
    if (event.type === 'ticket.called' || event.type === 'ticket.recalled') {
      if (withPhone(optIns.byTicket(event.data.ticket.id))) context.transaction(() => tellCalled(event));
    } else if (event.type === 'ticket.transferred') {
      if (optIns.byTicket(event.data.ticket.id)) context.transaction(() => tellTransferred(event));
    }
    const changed = new Set<string>('queues' in event.data ? event.data.queues.map((queue) => queue.serviceId) : []);
    if (changed.size === 0) return;
    const pending = optIns.nearPending();
    if (pending.length > 0) context.transaction(() => tellNear(pending, changed));
  };
  context.onPublish((event) => {
    try {
      react(event);
    } catch (error) {
      // The change itself stands (it committed before this ran); only its SMS is lost. No number here.
      console.error(`dintur: an SMS about a ticket could not be queued (${error instanceof Error ? error.message : String(error)})`);
    }
  });
  // Numbers of days that ended while the server was stopped, or before a crash cut the reset short.
  const today = context.centre.getMeta('business_day');
  if (today !== undefined) context.transaction(() => optIns.deleteBefore(today));

  /** With a number: whether its "near" message is still to come; without: whether it would come if asked now. */
  const smsOf = (ticket: TicketRecord): TrackingSms => {
    const entry = optIns.byTicket(ticket.id);
    const phone = entry?.phone ?? null;
    const nearToCome = ticket.status === 'waiting' && (phone === null ? !nearNotNeeded(ticket) : entry?.nearDone === false);
    return { available: context.sms.enabled, phone: phone === null ? null : maskPhone(phone), nearAhead: nearToCome ? nearAhead() : null };
  };
  const trackWithSms = (code: string): Tracking => ({ ...track(context, code), sms: smsOf(requireTicketByCode(context, code)) });

  return {
    /** `GET /api/track/{code}` with the ticket's SMS: whether the centre sends any, and to whom (masked). */
    track: (code: string): Tracking => context.transaction(() => trackWithSms(code)),

    /**
     * The citizen asks for SMS about the ticket (or gives another number): 409 `sms-off` without a
     * gateway, 409 `invalid-state` once the ticket has ended, 409 `sms-limit` past the caps.
     */
    optIn(code: string, request: { phone: string; lang?: string | undefined }): Tracking {
      return context.transaction(() => {
        const ticket = requireTicketByCode(context, code);
        if (!context.sms.enabled) throw new DomainError(409, 'sms-off', 'This centre sends no SMS.');
        if (finalTicketStatuses.includes(ticket.status)) {
          throw invalidState(`Ticket ${ticket.number} has ended (${ticket.status}); there is nothing left to tell by SMS.`);
        }
        const phone = internationalPhone(request.phone);
        if (phone === null) throw invalidInput('Not a phone number an SMS can be sent to.', [{ path: 'phone', message: 'a Danish phone number of 8 digits, or one in international form' }]);
        const existing = optIns.byTicket(ticket.id);
        if (existing?.phone !== phone) {
          if (existing && existing.timesSet >= maxNumbersPerTicket) {
            throw new DomainError(409, 'sms-limit', `A number has been given ${maxNumbersPerTicket} times for ticket ${ticket.number}; no other can be given.`, {
              limit: 'numbers-per-ticket',
              max: maxNumbersPerTicket,
            });
          }
          if (optIns.otherTicketsOf(phone, ticket.businessDay, ticket.id) >= maxTicketsPerNumber) {
            throw new DomainError(409, 'sms-limit', `That number already follows ${maxTicketsPerNumber} tickets today.`, { limit: 'tickets-per-number', max: maxTicketsPerNumber });
          }
        }
        const lang = request.lang ?? existing?.lang ?? ticket.lang;
        optIns.save({ ticketId: ticket.id, businessDay: ticket.businessDay, phone, lang, nearDone: nearNotNeeded(ticket), now: context.clock.now() });
        return trackWithSms(code);
      });
    },

    /** No more SMS: the number is deleted at once, and with it every message not yet sent. */
    optOut(code: string): Tracking {
      return context.transaction(() => {
        const ticket = requireTicketByCode(context, code);
        optIns.forgetPhone(ticket.id, context.clock.now());
        context.sms.withdrawOfTicket(ticket.id);
        return trackWithSms(code);
      });
    },
  };
}

export type TicketSms = ReturnType<typeof createTicketSms>;
