/**
 * The synthetic city of `npm run bench:city`: simulated days on the real engine, tiled over a
 * year. Running the engine through a whole year of eight centres would take far too long, so each
 * centre gets a set of distinct seeded days (`simulateHistory`, the real queue engine on an
 * in-memory SQLite), and every weekday of the year is made of a few of them laid over each other:
 * their times shifted to that date (same local clock time), their ticket ids and event ids
 * offset so they stay unique, their events merged in time order. Visits never span days, so each
 * tiled day holds whole visits, and the number of days laid over each other is chosen so the
 * city has the planned number of visits in the year.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fromLocal, openMemoryDatabase } from '@dintur/server';
import { CentreConfig, shippableDetails, type ShippedEvent } from '@dintur/shared';
import { openEveryWeekday, simulateHistory, weekdaysBetween, RandomStream, loadScenario, type Scenario } from '@dintur/server/simulation';

const scenarioDir = path.join(import.meta.dirname, '../../simulation/scenarios');

/** The city's centres: ids, names, and which simulated weekday each is like. */
export const cityCentres = [
  { id: 'valby', name: 'Borgercenter Valby', scenario: 'valby-thursday-peak' },
  { id: 'norrebro', name: 'Borgerservice Nørrebro', scenario: 'valby-thursday' },
  { id: 'amager', name: 'Borgerservice Amager', scenario: 'valby-thursday-peak' },
  { id: 'osterbro', name: 'Borgerservice Østerbro', scenario: 'valby-thursday' },
  { id: 'vesterbro', name: 'Borgerservice Vesterbro', scenario: 'valby-thursday-peak' },
  { id: 'bispebjerg', name: 'Borgerservice Bispebjerg', scenario: 'valby-thursday' },
  { id: 'vanlose', name: 'Borgerservice Vanløse', scenario: 'valby-thursday-peak' },
  { id: 'bronshoj', name: 'Borgerservice Brønshøj', scenario: 'valby-thursday' },
] as const;

/** One simulated day: its events in log order (details already stripped as a centre ships them). */
export type SourceDay = {
  date: string;
  events: ShippedEvent[];
  /** Tickets taken that day, and the range of their ids. */
  tickets: number;
  firstTicketId: number;
  lastTicketId: number;
};

/** A centre's simulated days and the configuration it runs with. */
export type CentreSource = {
  index: number;
  scenario: string;
  timeZone: string;
  waitTargetMinutes: number;
  config: CentreConfig;
  configVersion: string;
  days: SourceDay[];
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function localDateOf(at: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) dateFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(at);
}

type Row = { id: number; at: number; type: string; ticketId: number | null; counterId: string | null; staffId: number | null; details: string };

/**
 * Plays `days` seeded weekdays of the centre's scenario on the real engine (in-memory SQLite) and
 * splits its log into days. An event of a ticket belongs to the day the ticket was taken; the
 * nightly `day.reset` events are left out (the tiling writes its own).
 */
export async function simulateSource(index: number, days: number): Promise<CentreSource> {
  const centre = cityCentres[index % cityCentres.length]!;
  const scenario: Scenario = loadScenario(path.join(scenarioDir, `${centre.scenario}.json`));
  const db = openMemoryDatabase();
  const dates = weekdaysBetween('2025-09-01', '2026-06-30').slice(0, days);
  await simulateHistory({ db, scenario, dates, seed: 9_000 + 1_000 * index });
  const rows = db.prepare('SELECT id, at, type, ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, details FROM events ORDER BY id').all() as Row[];
  db.close();

  const timeZone = scenario.centre.centre.timeZone;
  const byDate = new Map(dates.map((date) => [date, [] as ShippedEvent[]]));
  const dayOfTicket = new Map<number, string>();
  for (const row of rows) {
    if (row.type === 'day.reset') continue;
    const event: ShippedEvent = { ...row, details: shippableDetails(row.type, JSON.parse(row.details) as Record<string, unknown>) };
    let date = row.ticketId === null ? undefined : dayOfTicket.get(row.ticketId);
    if (date === undefined) date = localDateOf(row.at, timeZone);
    if (row.type === 'ticket.issued' && row.ticketId !== null) dayOfTicket.set(row.ticketId, date);
    byDate.get(date)?.push(event);
  }
  const config = CentreConfig.parse({ ...openEveryWeekday(scenario).centre, centre: { ...scenario.centre.centre, id: centre.id, name: centre.name } });
  return {
    index,
    scenario: centre.scenario,
    timeZone,
    waitTargetMinutes: config.statistics.waitTargetMinutes,
    config,
    configVersion: createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16),
    days: [...byDate].map(([date, events]) => {
      const ticketIds = events.filter((event) => event.type === 'ticket.issued').map((event) => event.ticketId!);
      return { date, events, tickets: ticketIds.length, firstTicketId: Math.min(...ticketIds), lastTicketId: Math.max(...ticketIds) };
    }),
  };
}

/** One weekday of the tiled year at one centre. */
export type TiledDay = { date: string; events: ShippedEvent[]; visits: number; layers: number };

export type TilingPlan = {
  /** The dates to fill (weekdays of the year). */
  dates: readonly string[];
  /** Visits the centre should have over all of them. */
  visits: number;
  /** First ticket id and first event id of the centre (offset per centre, so ids are unique city-wide too). */
  ticketBase: number;
  eventBase: number;
  seed: number;
};

export const idBasesOf = (index: number) => ({ ticketBase: index * 10_000_000, eventBase: index * 100_000_000 });

/** The weekdays of a calendar year. */
export const weekdaysOfYear = (year: number) => weekdaysBetween(`${year}-01-01`, `${year}-12-31`);

/**
 * The tiled days of a centre, one weekday at a time (generated as they are read, so a year of
 * events never has to be held at once). Deterministic: the same source and plan give the same
 * events, so a phase can generate a centre's year again to check the hub against it.
 */
export function* tiledDays(source: CentreSource, plan: TilingPlan): Generator<TiledDay> {
  const random = new RandomStream(plan.seed);
  const zone = source.timeZone;
  let ticketCursor = plan.ticketBase;
  let eventId = plan.eventBase;
  let visitsSoFar = 0;
  let previousDate: string | null = null;
  const order = source.days.map((_, index) => index);
  for (const [dayIndex, date] of plan.dates.entries()) {
    // A fresh draw of the simulated days each date: as many laid over each other as keep the
    // running total on course for the planned visits.
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random.next() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    const due = Math.round((plan.visits * (dayIndex + 1)) / plan.dates.length) - visitsSoFar;
    const layers: SourceDay[] = [];
    let visits = 0;
    for (const sourceIndex of order) {
      if (layers.length > 0 && visits + source.days[sourceIndex]!.tickets / 2 > due) break;
      layers.push(source.days[sourceIndex]!);
      visits += source.days[sourceIndex]!.tickets;
    }
    visitsSoFar += visits;

    // Shift each layer to the date (same local clock time), its tickets to ids of their own.
    const targetMidnight = fromLocal(date, 0, zone);
    const shifted = layers.map((layer) => {
      const delta = targetMidnight - fromLocal(layer.date, 0, zone);
      const ticketOffset = ticketCursor - layer.firstTicketId + 1;
      ticketCursor += layer.lastTicketId - layer.firstTicketId + 1;
      return layer.events.map((event) => ({
        ...event,
        at: event.at + delta,
        ticketId: event.ticketId === null ? null : event.ticketId + ticketOffset,
        details: typeof event.details.appointmentAt === 'number' ? { ...event.details, appointmentAt: event.details.appointmentAt + delta } : event.details,
      }));
    });

    // The nightly reset, then the layers merged in time order (each layer keeps its own order).
    const events: ShippedEvent[] = [];
    if (previousDate !== null) {
      events.push({ id: 0, at: fromLocal(date, 180, zone), type: 'day.reset', ticketId: null, counterId: null, staffId: null, details: { from: previousDate, to: date, endedTickets: 0 } });
    }
    const heads = shifted.map(() => 0);
    for (;;) {
      let best = -1;
      for (let layer = 0; layer < shifted.length; layer += 1) {
        const candidate = shifted[layer]![heads[layer]!];
        if (candidate && (best < 0 || candidate.at < shifted[best]![heads[best]!]!.at)) best = layer;
      }
      if (best < 0) break;
      events.push(shifted[best]![heads[best]!]!);
      heads[best]! += 1;
    }
    for (const event of events) event.id = ++eventId;
    previousDate = date;
    yield { date, events, visits, layers: layers.length };
  }
}

/** Consecutive batches of `size` events from tiled days (the last may be shorter). */
export function* batchesOf(days: Iterable<TiledDay>, size: number): Generator<ShippedEvent[]> {
  let batch: ShippedEvent[] = [];
  for (const day of days) {
    for (const event of day.events) {
      batch.push(event);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
