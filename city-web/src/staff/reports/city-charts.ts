import { ticketChannels, type CityStatsReport, type TicketChannel } from '@dintur/shared';
import { strings } from '../strings.js';
import type { BarChartModel, BarRow, BarSeries } from './charts/bar-chart.js';
import { palette, type FillPattern } from './charts/palette.js';
import { formatCount, formatMonth, formatShare } from './format.js';

/**
 * The reports' charts, each with its description in words: every figure of the chart, and
 * what it means against the goal, so a screen reader says all a sighted reader sees. The same
 * figures are in the tables under the charts.
 */

const text = strings.reports;
const words = text.charts;

/** One blue series; the whole city's bar is drawn in ink. */
const shareSeries = (label: string): BarSeries[] => [{ key: 'share', label, colour: palette.blue, pattern: 'solid' }];

const channelLooks: Record<TicketChannel, { colour: string; pattern: FillPattern }> = {
  kiosk: { colour: palette.blue, pattern: 'solid' },
  web: { colour: palette.vermillion, pattern: 'stripes' },
  appointment: { colour: palette.green, pattern: 'dots' },
  unknown: { colour: palette.grey, pattern: 'crosses' },
};

/** Parts joined with semicolons into one sentence, ending in a full stop (once). */
function sentence(parts: readonly string[]): string {
  const joined = parts.join('; ');
  return joined.endsWith('.') ? joined : `${joined}.`;
}

/** The first letter in upper case, to start a sentence ("i oktober …" → "I oktober …"). */
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

const judged = (share: number, goal: number) => (share >= goal ? text.aboveGoal : text.belowGoal);

type Place = { key: string; name: string; city: boolean };

/** The whole city first, then each centre in the report's order. */
function places(report: CityStatsReport): (Place & { figures: CityStatsReport['total']; waitTargetMinutes: number | null })[] {
  return [
    { key: 'city', name: text.city, city: true, figures: report.total, waitTargetMinutes: null },
    ...report.byCentre.map((centre) => ({ key: centre.centreId, name: centre.name, city: false, figures: centre, waitTargetMinutes: centre.waitTargetMinutes })),
  ];
}

/** First-contact resolution of the city and each centre against the national goal. */
export function firstContactChart(report: CityStatsReport): BarChartModel {
  const goal = report.firstContactGoal;
  const rows = places(report).map((place): BarRow & { spoken: string } => {
    const share = place.figures.firstContactResolution;
    return {
      key: place.key,
      label: place.name,
      emphasised: place.city,
      values: share === null ? null : { share },
      note: share === null ? words.noServed : `${formatShare(share)} (${judged(share, goal)})`,
      spoken: share === null ? `${place.name}: ${words.noServed}` : `${place.name} ${formatShare(share)}, ${judged(share, goal)}`,
    };
  });
  const measured = report.byCentre.flatMap((centre) => (centre.firstContactResolution === null ? [] : [centre.firstContactResolution]));
  const meeting = measured.filter((share) => share >= goal).length;
  return {
    id: 'first-contact',
    title: words.firstContact,
    description: rows.every((row) => row.values === null)
      ? words.noData
      : `${words.goalIs(formatShare(goal))} ${sentence(rows.map((row) => row.spoken))} ${words.meetingGoal(meeting, measured.length)}`,
    series: shareSeries(text.columns.firstContact),
    rows,
    goal: { share: goal, label: words.goalLine(formatShare(goal)) },
  };
}

/** The share of waits within each centre's own wait target, and the whole city's. */
export function withinTargetChart(report: CityStatsReport): BarChartModel {
  const rows = places(report).map((place): BarRow & { spoken: string } => {
    const share = place.figures.waits.withinTargetShare;
    const figure = share === null ? words.noWaits : place.waitTargetMinutes === null ? formatShare(share) : words.withinTargetOf(formatShare(share), place.waitTargetMinutes);
    return {
      key: place.key,
      label: place.name,
      emphasised: place.city,
      values: share === null ? null : { share },
      note: figure,
      spoken: share === null ? `${place.name}: ${figure}` : `${place.name} ${figure}`,
    };
  });
  return {
    id: 'within-target',
    title: words.withinTarget,
    description: rows.every((row) => row.values === null) ? words.noData : `${words.withinTargetIntro} ${sentence(rows.map((row) => row.spoken))}`,
    series: shareSeries(text.columns.withinTarget),
    rows,
  };
}

/** Each centre's numbers of the period by channel, from the evaluation's months. */
export function channelTotals(report: CityStatsReport): Map<string, Record<TicketChannel, number>> {
  const totals = new Map(report.byCentre.map((centre) => [centre.centreId, Object.fromEntries(ticketChannels.map((channel) => [channel, 0])) as Record<TicketChannel, number>]));
  for (const row of report.evaluation) {
    const total = totals.get(row.centreId);
    if (total) for (const channel of ticketChannels) total[channel] += row.ticketsByChannel[channel];
  }
  return totals;
}

/** How each centre's numbers were taken (kiosk, web, appointment, unknown), as shares of its numbers. */
export function channelsChart(report: CityStatsReport): BarChartModel {
  const totals = channelTotals(report);
  const rows = report.byCentre.map((centre): BarRow & { spoken: string } => {
    const counts = totals.get(centre.centreId)!;
    const all = ticketChannels.reduce((sum, channel) => sum + counts[channel], 0);
    const tickets = words.tickets(formatCount(all), all);
    const used = ticketChannels.filter((channel) => counts[channel] > 0);
    return {
      key: centre.centreId,
      label: centre.name,
      values: all === 0 ? null : Object.fromEntries(ticketChannels.map((channel) => [channel, counts[channel] / all])),
      note: all === 0 ? words.noTickets : tickets,
      spoken:
        all === 0
          ? `${centre.name}: ${words.noTickets}.`
          : `${centre.name}: ${tickets}, ${used.map((channel) => `${words.channelNames[channel]} ${formatCount(counts[channel])} (${formatShare(counts[channel] / all)})`).join(', ')}.`,
    };
  });
  return {
    id: 'channels',
    title: words.channels,
    description: rows.every((row) => row.values === null) ? words.noData : `${words.channelsIntro} ${rows.map((row) => row.spoken).join(' ')}`,
    series: ticketChannels.map((channel) => ({ key: channel, label: text.columns[channel], ...channelLooks[channel] })),
    rows,
    partLabels: true,
  };
}

/** The months a period touches, "YYYY-MM", in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * First-contact resolution month by month against the goal: a small chart for each centre, on
 * the same scale, so a year of several centres stays readable and each prints whole; none when
 * the period lies within one month.
 */
export function firstContactByMonthCharts(report: CityStatsReport): BarChartModel[] | null {
  const months = monthsOf(report.from, report.to);
  if (months.length < 2) return null;
  const goal = report.firstContactGoal;
  const evaluation = new Map(report.evaluation.map((row) => [`${row.centreId}:${row.month}`, row]));
  return report.byCentre.map((centre) => {
    const rows = months.map((month): BarRow & { spoken: string } => {
      const share = evaluation.get(`${centre.centreId}:${month}`)?.firstContactResolution ?? null;
      const name = formatMonth(month);
      return {
        key: month,
        label: name,
        values: share === null ? null : { share },
        note: share === null ? words.noServed : `${formatShare(share)} (${judged(share, goal)})`,
        spoken: words.inMonth(name, share === null ? words.noServed : `${formatShare(share)}, ${judged(share, goal)}`),
      };
    });
    return {
      id: `first-contact-by-month-${centre.centreId}`,
      title: words.firstContactByMonthOf(centre.name),
      caption: centre.name,
      description: rows.every((row) => row.values === null) ? words.noData : `${words.goalIs(formatShare(goal))} ${capitalised(sentence(rows.map((row) => row.spoken)))}`,
      series: shareSeries(text.columns.firstContact),
      rows,
      goal: { share: goal, label: words.goalLine(formatShare(goal)) },
    };
  });
}
