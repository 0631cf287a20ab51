import type { StatsQuery, StatsReport } from '@dintur/shared';
import { type LoggedEvent, reconstructVisits, type Visit } from '@dintur/shared/statistics';
import { addDays, fromLocal } from '@dintur/shared/calendar';
import type { EngineContext } from '../context.js';
import { invalidInput } from '../errors.js';
import { appointmentEventTypes } from './appointments.js';
import { kioskChoicesOf, type KioskChoice } from './channels.js';
import { buildReport } from './report.js';
import { smsEventTypes } from './sms.js';

/** The events besides tickets' that statistics read. */
const otherEventTypes = ['counter.changed', 'kiosk.choice', ...appointmentEventTypes, ...smsEventTypes];

/** Lets the server answer kiosks and counters between two days of a long report. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A filter must name a unit or service the centre has, and a service of the filtered unit. */
function checkFilter(context: EngineContext, query: StatsQuery): void {
  const { units, services } = context.index();
  if (query.unitId !== undefined && !units.has(query.unitId)) {
    throw invalidInput(`No unit "${query.unitId}".`, [{ path: 'unitId', message: `unknown unit "${query.unitId}"` }]);
  }
  if (query.serviceId !== undefined) {
    const service = services.get(query.serviceId);
    if (!service) throw invalidInput(`No service "${query.serviceId}".`, [{ path: 'serviceId', message: `unknown service "${query.serviceId}"` }]);
    if (query.unitId !== undefined && service.unitId !== query.unitId) {
      throw invalidInput(`Service "${query.serviceId}" is not a service of unit "${query.unitId}".`, [
        { path: 'serviceId', message: `not a service of unit "${query.unitId}"` },
      ]);
    }
  }
}

/**
 * The figures of the local dates `query.from` to `query.to` (inclusive) in the centre's time zone.
 * The log is read a day at a time — the visits whose numbers were taken that day, and the
 * counter, kiosk and appointment events of the day — giving the event loop a turn between days,
 * so a year's report never holds up a kiosk or a counter for long. The figures are then worked
 * out by the pure steps of `buildReport`.
 */
export async function computeStatistics(context: EngineContext, query: StatsQuery): Promise<StatsReport> {
  checkFilter(context, query);
  const config = context.index().config;
  const { timeZone } = config.centre;
  const now = context.clock.now();
  const from = fromLocal(query.from, 0, timeZone);
  const to = fromLocal(addDays(query.to, 1), 0, timeZone);
  const visits: Visit[] = [];
  const kioskChoices: KioskChoice[] = [];
  const appointmentEvents: LoggedEvent[] = [];
  const counterChanges: LoggedEvent[] = [];
  const smsEvents: LoggedEvent[] = [];
  const counterStatesBefore = context.events.latestOfTypePerCounter('counter.changed', from);
  for (let date = query.from; date <= query.to; date = addDays(date, 1)) {
    const dayStart = fromLocal(date, 0, timeZone);
    if (dayStart > now) break;
    const dayEnd = fromLocal(addDays(date, 1), 0, timeZone);
    for (const visit of reconstructVisits(context.events.ofTicketsIssuedBetween(dayStart, dayEnd))) visits.push(visit);
    const others = context.events.ofTypesBetween(otherEventTypes, dayStart, dayEnd);
    for (const choice of kioskChoicesOf(others)) kioskChoices.push(choice);
    for (const event of others) {
      if (event.type === 'counter.changed') counterChanges.push(event);
      else if (event.type.startsWith('appointment.')) appointmentEvents.push(event);
      else if (event.type.startsWith('sms.')) smsEvents.push(event);
    }
    await nextTurn();
  }
  // A no-show's reminder went out the day before, maybe before the period: asked of the outbox.
  const noShowCodes = appointmentEvents.flatMap((event) => (event.type === 'appointment.no-show' && typeof event.details.code === 'string' ? [event.details.code] : []));
  const reminded = context.sms.remindedAmong(noShowCodes);
  return buildReport({ config, query, from, to, now, visits, kioskChoices, appointmentEvents, smsEvents, reminded, counterStatesBefore, counterChanges });
}
