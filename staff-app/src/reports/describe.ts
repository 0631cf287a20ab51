import { outcomes, type StatsReport } from '@dintur/shared';
import { formatCount, formatMinutesWithUnit, formatShare, formatShortDate, formatHours, spokenHour } from './format.js';
import { reportStrings } from './report-strings.js';

/**
 * The charts in words: each function says what its chart shows — the total, the peak, what
 * stands out — for the chart's description (read by screen readers) and as a line under it.
 */

type Hour = StatsReport['byHour'][number];

/** The hours worth showing: from the first to the last with visitors or a staffed counter. */
export function activeHours(report: StatsReport): Hour[] {
  const active = report.byHour.filter(
    (row) => row.issued + row.transferredIn > 0 || (report.counters.byHour[row.hour]?.signedInMinutes ?? 0) > 0,
  );
  if (active.length === 0) return [];
  const first = active[0]!.hour;
  const last = active.at(-1)!.hour;
  return report.byHour.filter((row) => row.hour >= first && row.hour <= last);
}

function largest<Row>(rows: readonly Row[], value: (row: Row) => number | null): Row | undefined {
  let best: Row | undefined;
  for (const row of rows) {
    const current = value(row);
    if (current !== null && (best === undefined || current > (value(best) ?? -Infinity))) best = row;
  }
  return best;
}

export function describeArrivals(report: StatsReport): string {
  const hours = activeHours(report);
  const busiest = largest(hours, (row) => row.issued);
  if (!busiest || report.total.issued === 0) return reportStrings.noData;
  return `I alt ${formatCount(report.total.issued)} numre. Flest ${spokenHour(busiest.hour)}: ${formatCount(busiest.issued)}.`;
}

export function describeWaitsByHour(report: StatsReport): string {
  const hours = activeHours(report).filter((row) => row.waits.count > 0);
  const longest = largest(hours, (row) => row.waits.median);
  if (!longest) return reportStrings.noData;
  const over = hours.filter((row) => (row.waits.median ?? 0) > report.waitTargetMinutes).length;
  return (
    `Længst median ventetid ${spokenHour(longest.hour)}: ${formatMinutesWithUnit(longest.waits.median)} ` +
    `(90 % ventede højst ${formatMinutesWithUnit(longest.waits.p90)}). ` +
    `${over === 0 ? 'Ingen timer' : over === 1 ? 'Én time' : `${over} timer`} med median over målet på ${report.waitTargetMinutes} min.`
  );
}

export function describeServiceWaits(report: StatsReport): string {
  const rows = report.byService.filter((row) => row.waits.count > 0);
  const longest = largest(rows, (row) => row.waits.median);
  const worst = largest(rows, (row) => (row.waits.withinTargetShare === null ? null : 1 - row.waits.withinTargetShare));
  if (!longest || !worst) return reportStrings.noData;
  return (
    `I alt blev ${formatShare(report.total.waits.withinTargetShare)} kaldt inden for ${report.waitTargetMinutes} min. ` +
    `Længst median: ${longest.name.da} (${formatMinutesWithUnit(longest.waits.median)}). ` +
    `Lavest andel inden for målet: ${worst.name.da} (${formatShare(worst.waits.withinTargetShare)}).`
  );
}

export function describeOutcomes(report: StatsReport): string {
  const { total, firstContact } = report;
  if (total.served === 0) return reportStrings.noData;
  const parts = outcomes
    .filter((outcome) => total.outcomes[outcome] > 0)
    .map((outcome) => `${reportStrings.outcomes[outcome].toLowerCase()} ${formatShare(total.outcomes[outcome] / total.served)}`);
  return (
    `${formatCount(total.served)} betjente besøg: ${parts.join(', ')}. ` +
    `Løst ved første kontakt: ${formatShare(firstContact.share)}; ukomplicerede sager ${formatShare(firstContact.uncomplicated.share)} ` +
    `mod målet på ${formatShare(firstContact.goal)}.`
  );
}

export function describeKioskChoices(report: StatsReport): string {
  const { kioskChoices, kioskChoicesByService } = report.channels;
  const offered = kioskChoices.selfService + kioskChoices.ticket;
  if (offered === 0) return reportStrings.noData;
  const most = largest(kioskChoicesByService, (row) => row.selfService);
  return (
    `Af ${formatCount(offered)} borgere, der fik tilbudt selvbetjening ved kiosken, valgte ${formatCount(kioskChoices.selfService)} ` +
    `(${formatShare(kioskChoices.selfServiceShare)}) den frem for et nummer.` +
    (most && most.selfService > 0 ? ` Flest for ${most.name.da}: ${formatCount(most.selfService)}.` : '')
  );
}

export function describeTransfers(report: StatsReport): string {
  const transfers = report.unitTransfers;
  const total = transfers.reduce((sum, entry) => sum + entry.count, 0);
  const top = transfers[0];
  if (!top) return reportStrings.noData;
  const name = (unitId: string) => report.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  return `${formatCount(total)} ${total === 1 ? 'omstilling' : 'omstillinger'}. Flest fra ${name(top.from)} til ${name(top.to)}: ${formatCount(top.count)}.`;
}

export function describeCounters(report: StatsReport): string {
  const { total } = report.counters;
  if (total.signedInMinutes === 0) return reportStrings.noData;
  const busiest = largest(report.counters.byHour, (row) => row.busyMinutes);
  return (
    `Skrankerne var bemandet ${formatHours(total.signedInMinutes)} timer og optaget med borgere ${formatHours(total.busyMinutes)} timer ` +
    `(${formatShare(total.utilisation)}).` +
    (busiest && busiest.busyMinutes > 0 ? ` Travlest ${spokenHour(busiest.hour)}: ${formatHours(busiest.busyMinutes)} timer optaget.` : '')
  );
}

export function describeDays(report: StatsReport): string {
  const busiest = largest(report.byDate, (row) => row.issued);
  if (!busiest || report.total.issued === 0) return reportStrings.noData;
  return `I alt ${formatCount(report.total.issued)} numre over ${report.byDate.length} dage. Flest ${formatShortDate(busiest.date)}: ${formatCount(busiest.issued)}.`;
}
