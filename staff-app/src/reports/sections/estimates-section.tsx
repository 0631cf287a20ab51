import type { StatsReport } from '@dintur/shared';
import { DataTable } from '../data-table.js';
import { formatMinutesWithUnit, formatShare } from '../format.js';
import { reportStrings } from '../report-strings.js';
import type { TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type Row = { label: string } & StatsReport['estimates']['total'];

/** How good the waiting-time estimates on the receipts and the displays were. */
export function EstimatesSection({ report, mode, fileParts }: SectionProps) {
  const { total, byService } = report.estimates;
  const names = reportStrings.columns;
  const table: TableModel<Row> = {
    name: reportStrings.tables.estimates,
    columns: [
      { header: names.service, kind: 'text', value: (row) => row.label },
      { header: names.estimates, kind: 'count', value: (row) => row.count },
      { header: names.meanAbsoluteError, kind: 'minutes', value: (row) => row.meanAbsoluteError },
      { header: names.bias, kind: 'minutes', value: (row) => row.bias },
      { header: names.underestimated, kind: 'share', value: (row) => row.underestimatedShare },
    ],
    rows: total.count === 0 ? [] : [...byService.map((row) => ({ ...row, label: row.name.da })), { ...total, label: reportStrings.total }],
  };
  const summary = total.count === 0 ? undefined : estimateSummary(total);
  return (
    <ReportSection id="estimates" title={reportStrings.sections.estimates} summary={summary}>
      <DataTable model={table} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
    </ReportSection>
  );
}

/** The estimates in a sentence: how far off, in which direction, and how many waited longer than told. */
function estimateSummary(total: StatsReport['estimates']['total']): string {
  const bias = total.bias ?? 0;
  const direction =
    Math.abs(bias) < 0.5
      ? 'uden skævhed af betydning'
      : `i gennemsnit ${formatMinutesWithUnit(Math.abs(bias))} for ${bias > 0 ? 'højt (borgerne ventede kortere end skønnet)' : 'lavt (borgerne ventede længere end skønnet)'}`;
  return (
    `Skønnet ved udleveringen ramte i gennemsnit ${formatMinutesWithUnit(total.meanAbsoluteError)} ved siden af, ${direction}. ` +
    `${formatShare(total.underestimatedShare)} ventede længere end skønnet.`
  );
}
