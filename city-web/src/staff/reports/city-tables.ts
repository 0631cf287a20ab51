import type { CityStatsReport, StatsFigures } from '@dintur/shared';
import { formatDayClock } from '../../format/clock.js';
import { strings } from '../strings.js';
import { toCsv, type CsvCell } from './csv.js';
import { formatCount, formatMinutes, formatMonth, formatShare, noValue } from './format.js';

/**
 * The reports' tables, each defined once for the page and its CSV file, so the download is
 * exactly the table on the screen (at full precision).
 */
export type ColumnKind = 'text' | 'count' | 'minutes' | 'share';

export type Column<Row> = {
  header: string;
  /** A heading over several columns (the evaluation's "Numre efter kanal"). */
  group?: string;
  kind: ColumnKind;
  /** Names the row (a `th` with scope "row"). */
  rowHeader?: boolean;
  /** Minutes for `minutes`, 0–1 for `share`; null for no data. */
  value: (row: Row) => number | string | null;
  /** Words after the figure on the page only ("under målet"). */
  note?: (row: Row) => string | null;
};

export type TableModel<Row> = {
  /** The caption. */
  name: string;
  /** The first words of the CSV file's name. */
  fileName: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows drawn apart (the whole city). */
  emphasised?: (row: Row) => boolean;
};

/** A cell as the page shows it. */
export function displayCell<Row>(column: Column<Row>, row: Row): string {
  const value = column.value(row);
  if (value === null) return noValue;
  if (typeof value === 'string') return value;
  const figure = column.kind === 'count' ? formatCount(value) : column.kind === 'minutes' ? formatMinutes(value) : column.kind === 'share' ? formatShare(value) : String(value);
  const note = column.note?.(row);
  return note ? `${figure} (${note})` : figure;
}

/** A cell as the CSV file holds it: shares as percentages with one decimal. */
function csvCell<Row>(column: Column<Row>, row: Row): CsvCell {
  const value = column.value(row);
  if (value === null || typeof value === 'string') return value;
  return column.kind === 'share' ? Number((value * 100).toFixed(1)) : value;
}

/** The table as a CSV file's text; a grouped column's header names its group too. */
export function tableCsv<Row>(model: TableModel<Row>): string {
  return toCsv(
    model.columns.map((column) => (column.group ? `${column.group}: ${column.header}` : column.header)),
    model.rows.map((row) => model.columns.map((column) => csvCell(column, row))),
  );
}

/** A row of the comparison: the whole city, or one centre. */
export type ComparisonRow = StatsFigures & { key: string; name: string; waitTargetMinutes: number | null; lastEventAt: string | null; city: boolean };

const names = strings.reports.columns;

/** The whole city and each centre side by side: volumes, waits, service times, first contact against the goal. */
export function comparisonTable(report: CityStatsReport, period: string): TableModel<ComparisonRow> {
  const goal = report.firstContactGoal;
  const text = strings.reports;
  const rows: ComparisonRow[] = [
    { ...report.total, key: 'city', name: text.city, waitTargetMinutes: null, lastEventAt: null, city: true },
    ...report.byCentre.map((centre) => ({ ...centre, key: centre.centreId, city: false })),
  ];
  return {
    name: text.comparisonCaption(period),
    fileName: text.fileComparison,
    rowKey: (row) => row.key,
    emphasised: (row) => row.city,
    rows,
    columns: [
      { header: names.centre, kind: 'text', rowHeader: true, value: (row) => row.name },
      { header: names.issued, kind: 'count', value: (row) => row.issued },
      { header: names.served, kind: 'count', value: (row) => row.served },
      { header: names.noShows, kind: 'count', value: (row) => row.noShows },
      { header: `${names.waitMedian} (min.)`, kind: 'minutes', value: (row) => row.waits.median },
      { header: `${names.waitP90} (min.)`, kind: 'minutes', value: (row) => row.waits.p90 },
      { header: `${names.waitTarget} (min.)`, kind: 'minutes', value: (row) => row.waitTargetMinutes },
      { header: names.withinTarget, kind: 'share', value: (row) => row.waits.withinTargetShare },
      { header: `${names.serviceMedian} (min.)`, kind: 'minutes', value: (row) => row.serviceTimes.median },
      { header: `${names.serviceP90} (min.)`, kind: 'minutes', value: (row) => row.serviceTimes.p90 },
      {
        header: `${names.firstContact} (mål ${Math.round(goal * 100)} %)`,
        kind: 'share',
        value: (row) => row.firstContactResolution,
        note: (row) => (row.firstContactResolution === null ? null : row.firstContactResolution >= goal ? text.aboveGoal : text.belowGoal),
      },
      {
        header: text.completeUpTo,
        kind: 'text',
        value: (row) => (row.city ? null : row.lastEventAt === null ? text.noEventsYet : formatDayClock(row.lastEventAt)),
      },
    ],
  };
}

type EvaluationRow = CityStatsReport['evaluation'][number] & { centreName: string };

/** The evaluation per centre and month, as the politicians asked for it. */
export function evaluationTable(report: CityStatsReport, period: string): TableModel<EvaluationRow> {
  const text = strings.reports;
  const groups = text.groups;
  const centreNames = new Map(report.byCentre.map((centre) => [centre.centreId, centre.name]));
  return {
    name: text.evaluationCaption(period),
    fileName: text.fileEvaluation,
    rowKey: (row) => `${row.centreId}:${row.month}`,
    rows: report.evaluation.map((row) => ({ ...row, centreName: centreNames.get(row.centreId) ?? row.centreId })),
    columns: [
      { header: names.centre, kind: 'text', rowHeader: true, value: (row) => row.centreName },
      { header: names.month, kind: 'text', rowHeader: true, value: (row) => formatMonth(row.month) },
      { header: names.kiosk, group: groups.channels, kind: 'count', value: (row) => row.ticketsByChannel.kiosk },
      { header: names.web, group: groups.channels, kind: 'count', value: (row) => row.ticketsByChannel.web },
      { header: names.appointment, group: groups.channels, kind: 'count', value: (row) => row.ticketsByChannel.appointment },
      { header: names.unknown, group: groups.channels, kind: 'count', value: (row) => row.ticketsByChannel.unknown },
      { header: names.selfService, group: groups.kioskChoice, kind: 'count', value: (row) => row.kioskSelfService },
      { header: names.ticketAnyway, group: groups.kioskChoice, kind: 'count', value: (row) => row.kioskTicketAnyway },
      { header: names.appointments, group: groups.visits, kind: 'count', value: (row) => row.appointments },
      { header: names.walkIns, group: groups.visits, kind: 'count', value: (row) => row.walkIns },
      { header: names.served, group: groups.visits, kind: 'count', value: (row) => row.served },
      { header: names.resolved, group: groups.firstContact, kind: 'count', value: (row) => row.resolved },
      { header: names.share, group: groups.firstContact, kind: 'share', value: (row) => row.firstContactResolution },
      { header: names.waits, group: groups.waits, kind: 'count', value: (row) => row.waits },
      { header: names.waitsWithinTarget, group: groups.waits, kind: 'count', value: (row) => row.waitsWithinTarget },
      { header: names.share, group: groups.waits, kind: 'share', value: (row) => row.withinTargetShare },
    ],
  };
}
