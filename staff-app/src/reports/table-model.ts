import type { StatsFigures } from '@dintur/shared';
import { toCsv, type CsvCell } from './csv.js';
import { formatCount, formatHours, formatMinutes, formatShare, noValue } from './format.js';
import { reportStrings } from './report-strings.js';

/**
 * A table of the reports, defined once for both the page and its CSV file, so the download is
 * exactly the table on the screen (at full precision).
 */
export type ColumnKind = 'text' | 'count' | 'minutes' | 'share' | 'hours';

export type Column<Row> = {
  header: string;
  kind: ColumnKind;
  /** For a column whose rows hold different kinds of figure (a count, then a share). */
  kindOf?: (row: Row) => ColumnKind;
  /** Minutes for `minutes` and `hours`, 0–1 for `share`; null for no data. */
  value: (row: Row) => number | string | null;
};

export type TableModel<Row> = {
  /** The caption, and the first words of the CSV file's name. */
  name: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
};

/** A cell as the page shows it. */
export function displayCell(kind: ColumnKind, value: number | string | null): string {
  if (value === null) return noValue;
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'minutes':
      return formatMinutes(value);
    case 'share':
      return formatShare(value);
    case 'hours':
      return formatHours(value);
    case 'text':
      return String(value);
  }
}

/** A cell as the CSV file holds it: shares as percentages with one decimal, hours from minutes. */
export function csvCell(kind: ColumnKind, value: number | string | null): CsvCell {
  if (value === null || typeof value === 'string') return value;
  switch (kind) {
    case 'share':
      return Number((value * 100).toFixed(1));
    case 'hours':
      return value / 60;
    default:
      return value;
  }
}

/** The kind of figure a column holds in a row. */
export const kindIn = <Row>(column: Column<Row>, row: Row): ColumnKind => column.kindOf?.(row) ?? column.kind;

/** The table as a CSV file's text. */
export function tableCsv<Row>(model: TableModel<Row>): string {
  return toCsv(
    model.columns.map((column) => column.header),
    model.rows.map((row) => model.columns.map((column) => csvCell(kindIn(column, row), column.value(row)))),
  );
}

/**
 * The usual columns of a group's figures (after the column that names the group). `compact`
 * keeps the ones a printed A4 page has room for; the CSV on screen has them all.
 */
export function figureColumns<Row extends StatsFigures>(waitTargetMinutes: number, compact = false): Column<Row>[] {
  const names = reportStrings.columns;
  const all: (Column<Row> & { compact: boolean })[] = [
    { header: names.issued, kind: 'count', value: (row) => row.issued, compact: true },
    { header: names.transferredIn, kind: 'count', value: (row) => row.transferredIn, compact: true },
    { header: names.transferredOut, kind: 'count', value: (row) => row.transferredOut, compact: false },
    { header: names.served, kind: 'count', value: (row) => row.served, compact: true },
    { header: names.noShows, kind: 'count', value: (row) => row.noShows, compact: true },
    { header: names.cancelled, kind: 'count', value: (row) => row.cancelled, compact: false },
    { header: names.unfinished, kind: 'count', value: (row) => row.unfinished, compact: false },
    { header: names.waitMean, kind: 'minutes', value: (row) => row.waits.mean, compact: false },
    { header: names.waitMedian, kind: 'minutes', value: (row) => row.waits.median, compact: true },
    { header: names.waitP90, kind: 'minutes', value: (row) => row.waits.p90, compact: true },
    { header: names.waitMax, kind: 'minutes', value: (row) => row.waits.max, compact: false },
    { header: names.withinTarget(waitTargetMinutes), kind: 'share', value: (row) => row.waits.withinTargetShare, compact: true },
    { header: names.serviceMedian, kind: 'minutes', value: (row) => row.serviceTimes.median, compact: true },
    { header: names.firstContact, kind: 'share', value: (row) => row.firstContactResolution, compact: true },
  ];
  return all.filter((column) => !compact || column.compact).map(({ compact: _compact, ...column }) => column);
}
