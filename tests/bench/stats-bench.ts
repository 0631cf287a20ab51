/**
 * Benchmark phase "statistics": how long a report of a whole year takes to work out, and so how
 * long it holds up the server's one thread. `computeStatistics` reads the log a day at a time and
 * gives the event loop a turn between days; the figures are then worked out in one go by the pure
 * steps of `buildReport`, which is what this times (with rebuilding the visits from the events,
 * for scale). A synthetic year of the demo centre: 480 visits a day, each issued, called,
 * started and finished, for 365 days (175,200 visits, 700,800 events).
 */
import { performance } from 'node:perf_hooks';
import { CentreConfig, type StatsQuery } from '@dintur/shared';
import { buildReport, demoConfig } from '@dintur/server';
import { reconstructVisits, type LoggedEvent } from '@dintur/shared/statistics';

export const statsRows = [
  { key: 'stats.yearReportMs', label: 'statistics: a year’s report (175,200 visits)', unit: 'ms' },
  { key: 'stats.yearVisitsMs', label: 'statistics: rebuilding a year’s visits', unit: 'ms' },
];

const visitsPerDay = 480;
const days = 365;

function syntheticYear(config: CentreConfig): LoggedEvent[] {
  const events: LoggedEvent[] = [];
  const firstMorning = Date.parse('2026-01-01T09:00:00+01:00');
  const add = (at: number, type: string, ticketId: number, details: Record<string, unknown>, counterId: string | null) =>
    events.push({ id: events.length + 1, at, type, ticketId, counterId, staffId: null, details });
  for (let day = 0; day < days; day += 1) {
    for (let index = 0; index < visitsPerDay; index += 1) {
      const ticketId = day * visitsPerDay + index + 1;
      const service = config.services[index % config.services.length]!;
      const issuedAt = firstMorning + day * 86_400_000 + index * 60_000;
      const waited = ((index * 7) % 40) * 60_000;
      add(issuedAt, 'ticket.issued', ticketId, { serviceId: service.id, lang: 'da', estimatedWaitMinutes: 10, channel: 'kiosk' }, null);
      add(issuedAt + waited, 'ticket.called', ticketId, { waitedMs: waited }, 'bs-1');
      add(issuedAt + waited + 60_000, 'ticket.started', ticketId, {}, 'bs-1');
      add(issuedAt + waited + 600_000, 'ticket.finished', ticketId, { outcome: index % 5 === 0 ? 'referred' : 'resolved' }, 'bs-1');
    }
  }
  return events;
}

/** Times rebuilding the visits and working out the report of the synthetic year (best of three). */
export function measureStatistics(progress: (message: string) => void): Record<string, number> {
  progress(`statistics: a synthetic year of ${(days * visitsPerDay).toLocaleString('en-GB')} visits`);
  const config = CentreConfig.parse(demoConfig);
  const events = syntheticYear(config);
  const query = { from: '2026-01-01', to: '2026-12-31' } as StatsQuery;
  const from = Date.parse('2026-01-01T00:00:00+01:00');
  const to = Date.parse('2027-01-01T00:00:00+01:00');
  let visitsMs = Infinity;
  let reportMs = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    const visits = reconstructVisits(events);
    const rebuilt = performance.now();
    const report = buildReport({ config, query, from, to, now: to, visits, kioskChoices: [], appointmentEvents: [], counterStatesBefore: [], counterChanges: [] });
    const done = performance.now();
    if (report.total.issued !== days * visitsPerDay) throw new Error(`the report counted ${report.total.issued} visits`);
    visitsMs = Math.min(visitsMs, rebuilt - started);
    reportMs = Math.min(reportMs, done - rebuilt);
  }
  return { 'stats.yearReportMs': reportMs, 'stats.yearVisitsMs': visitsMs };
}
