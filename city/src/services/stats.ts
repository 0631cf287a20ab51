import { firstContactResolutionGoal, type CityEvaluationRow, type CityStatsQuery, type CityStatsReport, type StatsFigures } from '@dintur/shared';
import { share } from '@dintur/shared/statistics';
import type { CentresRepository } from '../data/centres-repository.js';
import type { DailySums, Spread, StatsRepository } from '../data/stats-repository.js';
import { notFound } from './errors.js';

type Sums = Omit<DailySums, 'centreId'> & Spread;

const noFigures: Sums = {
  issued: 0,
  transferredIn: 0,
  transferredOut: 0,
  served: 0,
  noShows: 0,
  cancelled: 0,
  unfinished: 0,
  resolved: 0,
  referred: 0,
  needsAppointment: 0,
  selfService: 0,
  notResolved: 0,
  waitCount: 0,
  waitSum: 0,
  waitMedian: null,
  waitP90: null,
  waitMax: null,
  withinTarget: 0,
  serviceCount: 0,
  serviceSum: 0,
  serviceMedian: null,
  serviceP90: null,
  serviceMax: null,
};

/** Day sums and spread in the shape of a centre's report (`StatsFigures`): a mean is its sum over its count. */
export function toFigures(row: Sums): StatsFigures {
  return {
    issued: row.issued,
    transferredIn: row.transferredIn,
    transferredOut: row.transferredOut,
    served: row.served,
    noShows: row.noShows,
    cancelled: row.cancelled,
    unfinished: row.unfinished,
    waits: {
      count: row.waitCount,
      mean: row.waitCount === 0 ? null : row.waitSum / row.waitCount,
      median: row.waitMedian,
      p90: row.waitP90,
      max: row.waitMax,
      withinTarget: row.withinTarget,
      withinTargetShare: share(row.withinTarget, row.waitCount),
    },
    serviceTimes: { count: row.serviceCount, mean: row.serviceCount === 0 ? null : row.serviceSum / row.serviceCount, median: row.serviceMedian, p90: row.serviceP90, max: row.serviceMax },
    outcomes: {
      resolved: row.resolved,
      referred: row.referred,
      'needs-appointment': row.needsAppointment,
      'self-service': row.selfService,
      'not-resolved': row.notResolved,
    },
    firstContactResolution: share(row.resolved, row.served),
  };
}

/**
 * City statistics of a period: the figures of every centre and of the whole city, worked out in
 * PostgreSQL from the stays the shipped logs gave (the same figures as each centre's own report),
 * and the evaluation the politicians asked for, per centre and month.
 */
export function createCityStatistics(stats: StatsRepository, centres: CentresRepository, now: () => number) {
  return {
    async report(query: CityStatsQuery): Promise<CityStatsReport> {
      const all = await centres.list();
      if (query.centreId !== undefined && !all.some((centre) => centre.id === query.centreId)) throw notFound('centre', query.centreId);
      const shown = all.filter((centre) => query.centreId === undefined || centre.id === query.centreId);
      // The day sums, each centre's spread and the city's, and the evaluation, side by side: the
      // server runs them on as many cores as it has.
      const [sums, spreads, citySpread, evaluation, choices] = await Promise.all([
        stats.dailySums(query.from, query.to, query.centreId),
        Promise.all(shown.map((centre) => stats.spread(query.from, query.to, centre.id))),
        query.centreId === undefined ? stats.spread(query.from, query.to, null) : undefined,
        stats.evaluation(query.from, query.to, query.centreId),
        stats.kioskChoices(query.from, query.to, query.centreId),
      ]);
      const figuresOf = (centreId: string | null, spread: Spread | undefined) => {
        const row = sums.find((entry) => entry.centreId === centreId);
        return toFigures(row && spread ? { ...row, ...spread } : noFigures);
      };
      return {
        from: query.from,
        to: query.to,
        generatedAt: new Date(now()).toISOString(),
        firstContactGoal: firstContactResolutionGoal,
        total: query.centreId === undefined ? figuresOf(null, citySpread) : figuresOf(query.centreId, spreads[0]),
        byCentre: shown.map((centre, index) => ({
          centreId: centre.id,
          name: centre.name,
          waitTargetMinutes: centre.waitTargetMinutes,
          lastEventAt: centre.lastEventAt === null ? null : new Date(centre.lastEventAt).toISOString(),
          ...figuresOf(centre.id, spreads[index]),
        })),
        evaluation: evaluationRows(evaluation, choices),
      };
    },
  };
}

function evaluationRows(
  rows: Awaited<ReturnType<StatsRepository['evaluation']>>,
  choices: Awaited<ReturnType<StatsRepository['kioskChoices']>>,
): CityEvaluationRow[] {
  const keyed = new Map<string, CityEvaluationRow>();
  const rowOf = (centreId: string, month: string) => {
    const key = `${centreId}|${month}`;
    let row = keyed.get(key);
    if (!row) {
      row = {
        centreId,
        month,
        ticketsByChannel: { kiosk: 0, web: 0, appointment: 0, unknown: 0 },
        kioskSelfService: 0,
        kioskTicketAnyway: 0,
        appointments: 0,
        walkIns: 0,
        served: 0,
        resolved: 0,
        firstContactResolution: null,
        waits: 0,
        waitsWithinTarget: 0,
        withinTargetShare: null,
      };
      keyed.set(key, row);
    }
    return row;
  };
  for (const source of rows) {
    const row = rowOf(source.centreId, source.month);
    row.ticketsByChannel = { kiosk: source.kiosk, web: source.web, appointment: source.appointment, unknown: source.unknown };
    row.appointments = source.appointment;
    row.walkIns = source.issued - source.appointment;
    row.served = source.served;
    row.resolved = source.resolved;
    row.firstContactResolution = share(source.resolved, source.served);
    row.waits = source.waits;
    row.waitsWithinTarget = source.waitsWithinTarget;
    row.withinTargetShare = share(source.waitsWithinTarget, source.waits);
  }
  for (const choice of choices) {
    const row = rowOf(choice.centreId, choice.month);
    row.kioskSelfService = choice.selfService;
    row.kioskTicketAnyway = choice.ticket;
  }
  return [...keyed.values()].sort((left, right) => left.centreId.localeCompare(right.centreId) || left.month.localeCompare(right.month));
}
