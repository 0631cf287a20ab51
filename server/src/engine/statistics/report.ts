import { weekdays, type CentreConfig, type LocalizedName, type StatsQuery, type StatsReport } from '@dintur/shared';
import { type LoggedEvent, figuresBy, figuresOf, staysOf, firstContact, type Visit } from '@dintur/shared/statistics';
import { addDays } from '@dintur/shared/calendar';
import { appointmentFigures } from './appointments.js';
import { channelFigures, type KioskChoice } from './channels.js';
import { counterFigures } from './counters.js';
import { estimateFigures, estimatePairs } from './estimates.js';
import { createLocalCalendar } from './local-time.js';
import { smsFigures } from './sms.js';
import { countTransfers } from './transfers.js';

/** Everything a report is made of, read from the event log of the period. */
export type ReportInput = {
  config: CentreConfig;
  query: StatsQuery;
  /** The period as instants: local midnight of `query.from` to local midnight after `query.to`. */
  from: number;
  to: number;
  now: number;
  /** The visits whose numbers were taken in the period. */
  visits: readonly Visit[];
  kioskChoices: readonly KioskChoice[];
  appointmentEvents: readonly LoggedEvent[];
  /** The period's `sms.sent` and `sms.failed`, and the booking codes among its no-shows whose reminder was sent. */
  smsEvents?: readonly LoggedEvent[];
  reminded?: ReadonlySet<string>;
  /** Each counter's latest `counter.changed` before the period, and those within it. */
  counterStatesBefore: readonly LoggedEvent[];
  counterChanges: readonly LoggedEvent[];
};

const hours = Array.from({ length: 24 }, (_, hour) => hour);

function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * The report of a period, from its events: one pass of pure steps (visits → stays → figures per
 * group, transfers, channels, appointments, counter hours, estimates). A unit or service filter
 * keeps the stays in its services; transfers are kept when they leave or enter them.
 */
export function buildReport(input: ReportInput): StatsReport {
  const { config, query } = input;
  const target = config.statistics.waitTargetMinutes;
  const calendar = createLocalCalendar(config.centre.timeZone);
  const services = new Map(config.services.map((service) => [service.id, service]));
  const unitOf = (serviceId: string) => services.get(serviceId)?.unitId ?? null;
  const include = (serviceId: string) =>
    query.serviceId !== undefined ? serviceId === query.serviceId : query.unitId === undefined || unitOf(serviceId) === query.unitId;

  const stays = staysOf(input.visits, include);
  const slot = (enteredAt: number) => calendar.slotOf(enteredAt);

  // Configured services of the filter, then any service no longer configured that still has visits.
  const serviceRows: { serviceId: string; unitId: string | null; name: LocalizedName }[] = config.services
    .filter((service) => include(service.id))
    .map((service) => ({ serviceId: service.id, unitId: service.unitId, name: service.name }));
  for (const { stay } of stays) {
    if (!serviceRows.some((row) => row.serviceId === stay.serviceId)) serviceRows.push({ serviceId: stay.serviceId, unitId: null, name: { da: stay.serviceId, en: stay.serviceId } });
  }
  const unitIds = new Set(serviceRows.map((row) => row.unitId));
  const units = config.units.filter((unit) => (query.unitId ?? query.serviceId) === undefined || unitIds.has(unit.id));

  const pairs = estimatePairs(stays);
  const counters = config.counters.filter((counter) =>
    query.serviceId !== undefined
      ? counter.services.some((entry) => entry.serviceId === query.serviceId)
      : query.unitId === undefined || counter.unitId === query.unitId,
  );

  return {
    from: query.from,
    to: query.to,
    timeZone: config.centre.timeZone,
    generatedAt: new Date(input.now).toISOString(),
    filter: { unitId: query.unitId ?? null, serviceId: query.serviceId ?? null },
    centreName: config.centre.name,
    waitTargetMinutes: target,
    units: config.units.map((unit) => ({ id: unit.id, name: unit.name })),
    total: figuresOf(stays, target),
    byUnit: figuresBy(stays, units, ({ stay }) => units.find((unit) => unit.id === unitOf(stay.serviceId)) ?? null, target).map(
      ({ key, figures }) => ({ unitId: key.id, name: key.name, ...figures }),
    ),
    byService: figuresBy(stays, serviceRows, ({ stay }) => serviceRows.find((row) => row.serviceId === stay.serviceId) ?? null, target).map(
      ({ key, figures }) => ({ ...key, ...figures }),
    ),
    byWeekday: figuresBy(stays, weekdays, ({ stay }) => slot(stay.enteredAt).weekday, target).map(({ key, figures }) => ({ weekday: key, ...figures })),
    byHour: figuresBy(stays, hours, ({ stay }) => slot(stay.enteredAt).hour, target).map(({ key, figures }) => ({ hour: key, ...figures })),
    byDate: figuresBy(stays, datesOf(query.from, query.to), ({ stay }) => slot(stay.enteredAt).date, target).map(({ key, figures }) => ({
      date: key,
      ...figures,
    })),
    firstContact: firstContact(stays, (serviceId) => {
      const authority = services.get(serviceId)?.authority;
      return authority === 'information' || authority === 'simple-authority';
    }),
    unitTransfers: countTransfers(input.visits, unitOf, (from, to) => include(from) || include(to)),
    serviceTransfers: countTransfers(input.visits, (serviceId) => serviceId, (from, to) => include(from) || include(to)),
    channels: channelFigures(input.visits, input.kioskChoices, serviceRows, include),
    appointments: appointmentFigures(input.appointmentEvents, input.visits, include),
    sms: smsFigures(
      input.smsEvents ?? [],
      input.appointmentEvents.filter((event) => event.type === 'appointment.no-show'),
      input.reminded ?? new Set(),
      include,
      query.unitId !== undefined || query.serviceId !== undefined,
    ),
    counters: counterFigures({
      counters: counters.map((counter) => ({ counterId: counter.id, unitId: counter.unitId, name: counter.name })),
      before: input.counterStatesBefore,
      changes: input.counterChanges,
      visits: input.visits,
      from: input.from,
      to: input.to,
      now: input.now,
      calendar,
    }),
    estimates: {
      total: estimateFigures(pairs),
      byService: serviceRows
        .map(({ serviceId, name }) => ({ serviceId, name, ...estimateFigures(pairs.filter((pair) => pair.serviceId === serviceId)) }))
        .filter((row) => row.count > 0),
    },
  };
}
