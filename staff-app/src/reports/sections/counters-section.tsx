import type { StatsReport } from '@dintur/shared';
import { ColumnChart } from '../charts/column-chart.js';
import { palette } from '../charts/palette.js';
import { DataTable } from '../data-table.js';
import { activeHours, describeCounters } from '../describe.js';
import { hourLabel } from '../format.js';
import { reportStrings } from '../report-strings.js';
import type { Column, TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type Times = StatsReport['counters']['total'];
type CounterRow = { label: string } & Times;
type HourRow = { hour: number } & Times;

function timeColumns<Row extends Times>(): Column<Row>[] {
  const names = reportStrings.columns;
  return [
    { header: names.signedIn, kind: 'hours', value: (row) => row.signedInMinutes },
    { header: names.paused, kind: 'hours', value: (row) => row.pausedMinutes },
    { header: names.busy, kind: 'hours', value: (row) => row.busyMinutes },
    { header: names.utilisation, kind: 'share', value: (row) => row.utilisation },
  ];
}

/** How many counters were staffed hour by hour, and how much of that time they had a citizen. */
export function CountersSection({ report, mode, fileParts }: SectionProps) {
  const { counters } = report;
  const shown = new Set(activeHours(report).map((row) => row.hour));
  const hours: HourRow[] = counters.byHour.filter((row) => shown.has(row.hour));
  const byCounter: TableModel<CounterRow> = {
    name: reportStrings.tables.counters,
    columns: [{ header: reportStrings.columns.counter, kind: 'text', value: (row) => row.label }, ...timeColumns<CounterRow>()],
    rows: [
      ...counters.byCounter.filter((row) => row.signedInMinutes > 0).map((row) => ({ ...row, label: row.name })),
      ...(counters.total.signedInMinutes > 0 ? [{ ...counters.total, label: reportStrings.total }] : []),
    ],
  };
  const byHour: TableModel<HourRow> = {
    name: reportStrings.tables.counterHours,
    columns: [{ header: reportStrings.columns.hour, kind: 'text', value: (row) => hourLabel(row.hour) }, ...timeColumns<HourRow>()],
    rows: hours,
  };
  return (
    <ReportSection id="counters" title={reportStrings.sections.counters}>
      <ColumnChart
        id="counter-hours"
        title={reportStrings.charts.counters}
        description={describeCounters(report)}
        categories={hours.map((row) => String(row.hour).padStart(2, '0'))}
        unit={reportStrings.charts.hours}
        series={[
          { label: reportStrings.charts.signedIn, colour: palette.blue, style: 'outline', values: hours.map((row) => row.signedInMinutes / 60) },
          { label: reportStrings.charts.busy, colour: palette.blue, style: 'bar', values: hours.map((row) => row.busyMinutes / 60) },
        ]}
      />
      <DataTable model={byCounter} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
      <DataTable model={byHour} fileParts={fileParts} mode={mode} rowKey={(row) => String(row.hour)} />
    </ReportSection>
  );
}
