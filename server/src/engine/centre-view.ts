import type { Centre, CentreService, DisplayCall, ServerEventPayload, Tracking } from '@dintur/shared';
import type { TicketRecord } from '../data/ticket-repository.js';
import type { EngineContext } from './context.js';
import { fromLocal, issuingStatus, minutesOf } from '@dintur/shared/calendar';
import { forbidden, notFound } from './errors.js';
import { isLeader, type Actor } from './permissions.js';
import { counterState, iso, placeInQueue, publicTicket, queueSummary } from './views.js';

function serviceView(context: EngineContext, serviceId: string, issuing: ReturnType<typeof issuingStatus>): CentreService {
  const service = context.index().service(serviceId);
  const closedByStaff = context.closedServices().has(serviceId);
  const queue = queueSummary(context, serviceId);
  return {
    id: service.id,
    unitId: service.unitId,
    name: service.name,
    prefix: service.prefix,
    authority: service.authority,
    selfServiceUrl: service.selfServiceUrl,
    open: issuing.isIssuing && !closedByStaff,
    closedByStaff,
    opensAt: closedByStaff || issuing.nextIssuingAt === null || issuing.isIssuing ? null : iso(issuing.nextIssuingAt),
    waiting: queue.waiting,
    estimatedWaitMinutes: queue.estimatedWaitMinutes,
  };
}

/** The centre as kiosks, displays and staff see it now. */
export function centreView(context: EngineContext): Centre {
  const { config } = context.index();
  const now = context.clock.now();
  const businessDay = context.businessDay();
  const issuing = issuingStatus(now, config.hours, config.centre.timeZone);
  const today = issuing.today;
  return {
    id: config.centre.id,
    name: config.centre.name,
    timeZone: config.centre.timeZone,
    displayMessage: config.centre.displayMessage,
    businessDay,
    units: config.units.map(({ id, name, dispensation }) => ({ id, name, dispensation })),
    services: config.services.map((service) => serviceView(context, service.id, issuing)),
    counters: config.counters.map((counter) => counterState(context, counter.id)),
    today: {
      date: today.date,
      open: today.interval?.open ?? null,
      close: today.interval?.close ?? null,
      isOpen: issuing.isOpen,
      issuingClosesAt: today.issuingClosesAt === null ? null : iso(today.issuingClosesAt),
      nextOpening: issuing.nextIssuingAt === null ? null : iso(issuing.nextIssuingAt),
    },
  };
}

export type DisplayFilter = { unitIds?: string[]; counterIds?: string[]; limit: number };

/** The day's most recent calls and recalls, newest first, limited to a display's zone. */
export function recentCalls(context: EngineContext, filter: DisplayFilter): DisplayCall[] {
  const index = context.index();
  const dayStart = startOfBusinessDay(context);
  const inZone = (call: DisplayCall) => {
    const counter = index.counters.get(call.counterId);
    if (filter.counterIds && !filter.counterIds.includes(call.counterId)) return false;
    if (filter.unitIds && (!counter || !filter.unitIds.includes(counter.unitId))) return false;
    return true;
  };
  const calls: DisplayCall[] = [];
  for (const event of context.events.recentCalls(dayStart, 500)) {
    const call = (event.payload as ServerEventPayload<'ticket.called'> | null)?.call;
    if (call && inZone(call)) calls.push(call);
    if (calls.length >= filter.limit) break;
  }
  return calls;
}

/** The instant the current business day began: its date at the daily reset time. */
export function startOfBusinessDay(context: EngineContext): number {
  const { config } = context.index();
  return fromLocal(context.businessDay(), minutesOf(config.hours.dailyResetTime), config.centre.timeZone);
}

export function snapshot(context: EngineContext): ServerEventPayload<'snapshot'> {
  return context.transaction(() => ({
    centre: centreView(context),
    tickets: context.tickets.activeOfDay(context.businessDay()).map(publicTicket),
    recentCalls: recentCalls(context, { limit: 8 }),
    serverTime: iso(context.clock.now()),
  }));
}

/** The ticket a tracking code belongs to, or 404. */
export function requireTicketByCode(context: EngineContext, code: string): TicketRecord {
  const ticket = context.tickets.byTrackingCode(code);
  if (!ticket) throw notFound('ticket with tracking code', code);
  return ticket;
}

/** What the receipt's QR code shows the citizen. */
export function track(context: EngineContext, code: string): Tracking {
  const ticket = requireTicketByCode(context, code);
  const index = context.index();
  const service = index.services.get(ticket.serviceId);
  const unit = service ? index.units.get(service.unitId) : undefined;
  const counter = ticket.counterId ? index.counters.get(ticket.counterId) : undefined;
  return {
    number: ticket.number,
    serviceId: ticket.serviceId,
    serviceName: service?.name ?? { da: ticket.serviceId, en: ticket.serviceId },
    unitName: unit?.name ?? { da: index.config.centre.name, en: index.config.centre.name },
    timeZone: index.config.centre.timeZone,
    status: ticket.status,
    lang: ticket.lang,
    ...placeInQueue(context, ticket),
    counterId: ticket.counterId,
    counterName: counter?.name ?? null,
    calledAt: ticket.calledAt === null ? null : iso(ticket.calledAt),
  };
}

/** A manager opens or closes a service for tickets now. */
export function setServiceClosed(context: EngineContext, actor: Actor, serviceId: string, closed: boolean): CentreService {
  if (!isLeader(actor)) throw forbidden('Only a manager can open or close a service.');
  return context.transaction(() => {
    context.index().service(serviceId);
    context.setServiceClosed(serviceId, closed);
    const { config } = context.index();
    const view = serviceView(context, serviceId, issuingStatus(context.clock.now(), config.hours, config.centre.timeZone));
    context.record(
      { type: 'service.changed', staffId: actor.id, details: { serviceId, closedByStaff: closed } },
      { type: 'service.changed', data: { serviceId, open: view.open, closedByStaff: closed } },
    );
    return view;
  });
}
