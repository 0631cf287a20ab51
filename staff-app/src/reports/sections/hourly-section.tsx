import type { StatsReport } from '@dintur/shared';
import { ColumnChart } from '../charts/column-chart.js';
import { palette } from '../charts/palette.js';
import { DataTable } from '../data-table.js';
import { activeHours, describeArrivals, describeWaitsByHour } from '../describe.js';
import { hourLabel } from '../format.js';
import { reportStrings } from '../report-strings.js';
import { figureColumns, type TableModel } from '../table-model.js';
import { ChartRow, ReportSection, type SectionProps } from './report-section.js';

type Hour = StatsReport['byHour'][number];

/** When citizens came and how long they waited, hour by hour. */
export function HourlySection({ report, mode, fileParts }: SectionProps) {
  const hours = activeHours(report);
  const categories = hours.map((row) => String(row.hour).padStart(2, '0'));
  const target = report.waitTargetMinutes;
  const table: TableModel<Hour> = {
    name: reportStrings.tables.hourly,
    columns: [{ header: reportStrings.columns.hour, kind: 'text', value: (row) => hourLabel(row.hour) }, ...figureColumns<Hour>(target, mode === 'print')],
    rows: hours,
  };
  return (
    <ReportSection id="hourly" title={reportStrings.sections.hourly}>
      <ChartRow>
        <ColumnChart
          id="arrivals"
          title={reportStrings.charts.arrivals}
          description={describeArrivals(report)}
          categories={categories}
          unit={reportStrings.charts.count}
          whole
          series={[{ label: reportStrings.columns.issued, colour: palette.blue, style: 'bar', values: hours.map((row) => row.issued) }]}
        />
        <ColumnChart
          id="waits-by-hour"
          title={reportStrings.charts.waitsByHour(target)}
          description={describeWaitsByHour(report)}
          categories={categories}
          unit={reportStrings.charts.minutes}
          reference={{ value: target, label: reportStrings.charts.target(target) }}
          series={[
            { label: reportStrings.charts.median, colour: palette.blue, style: 'bar', values: hours.map((row) => row.waits.median) },
            { label: reportStrings.charts.p90, colour: palette.vermillion, style: 'mark', values: hours.map((row) => row.waits.p90) },
          ]}
        />
      </ChartRow>
      <DataTable model={table} fileParts={fileParts} mode={mode} rowKey={(row) => String(row.hour)} />
    </ReportSection>
  );
}
