import type { StatsReport } from '@dintur/shared';
import { ColumnChart } from '../charts/column-chart.js';
import { palette } from '../charts/palette.js';
import { DataTable } from '../data-table.js';
import { describeDays } from '../describe.js';
import { formatShortDate, weekdayName } from '../format.js';
import { reportStrings } from '../report-strings.js';
import { figureColumns, type TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type DateRow = StatsReport['byDate'][number];
type WeekdayRow = StatsReport['byWeekday'][number];

/** Day by day and weekday by weekday; shown when the period has more than one day. */
export function DaysSection({ report, mode, fileParts }: SectionProps) {
  const target = report.waitTargetMinutes;
  const dates: TableModel<DateRow> = {
    name: reportStrings.tables.dates,
    columns: [{ header: reportStrings.columns.date, kind: 'text', value: (row) => row.date }, ...figureColumns<DateRow>(target, mode === 'print')],
    rows: report.byDate,
  };
  const weekdays: TableModel<WeekdayRow> = {
    name: reportStrings.tables.weekdays,
    columns: [{ header: reportStrings.columns.weekday, kind: 'text', value: (row) => weekdayName(row.weekday) }, ...figureColumns<WeekdayRow>(target, mode === 'print')],
    rows: report.byWeekday,
  };
  return (
    <ReportSection id="days" title={reportStrings.sections.days}>
      <ColumnChart
        id="days"
        title={reportStrings.charts.days}
        description={describeDays(report)}
        categories={report.byDate.map((row) => formatShortDate(row.date))}
        unit={reportStrings.charts.count}
        whole
        series={[{ label: reportStrings.columns.issued, colour: palette.blue, style: 'bar', values: report.byDate.map((row) => row.issued) }]}
      />
      {/* On paper a long period's days would fill pages; the chart shows them, the screen's CSV holds them. */}
      {(mode === 'screen' || report.byDate.length <= 31) && <DataTable model={dates} fileParts={fileParts} mode={mode} rowKey={(row) => row.date} />}
      <DataTable model={weekdays} fileParts={fileParts} mode={mode} rowKey={(row) => row.weekday} />
    </ReportSection>
  );
}
