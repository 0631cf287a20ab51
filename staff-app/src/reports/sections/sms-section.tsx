import type { SmsKindFigures } from '@dintur/shared';
import { DataTable } from '../data-table.js';
import { reportStrings } from '../report-strings.js';
import type { ColumnKind, TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type KindRow = SmsKindFigures & { label: string };
type Row = { label: string; kind: ColumnKind; value: number | null };

/** SMS to citizens in the period by kind and outcome, and whether a reminder went before a no-show. Left out when nothing was sent. */
export function SmsSection({ report, mode, fileParts }: SectionProps) {
  const figures = report.sms;
  const text = reportStrings.sms;
  const messages = figures.total.sent + figures.total.failed + figures.total.limited;
  if (messages === 0 && figures.noShowsReminded === 0) return null;
  const byKind: TableModel<KindRow> = {
    name: reportStrings.tables.sms,
    columns: [
      { header: text.kind, kind: 'text', value: (row) => row.label },
      { header: text.sent, kind: 'count', value: (row) => row.sent },
      { header: text.failed, kind: 'count', value: (row) => row.failed },
      { header: text.limited, kind: 'count', value: (row) => row.limited },
    ],
    rows: [
      ...figures.byKind.map((row) => ({ ...row, label: text.kinds[row.kind] ?? row.kind })),
      { ...figures.total, label: reportStrings.total },
    ],
  };
  const noShows: TableModel<Row> = {
    name: reportStrings.tables.smsNoShows,
    columns: [
      { header: reportStrings.columns.figure, kind: 'text', value: (row) => row.label },
      { header: reportStrings.columns.value, kind: 'count', kindOf: (row) => row.kind, value: (row) => row.value },
    ],
    rows: [
      { label: text.noShowsReminded, kind: 'count', value: figures.noShowsReminded },
      { label: text.noShowsNotReminded, kind: 'count', value: figures.noShowsNotReminded },
    ],
  };
  return (
    <ReportSection id="sms" title={reportStrings.sections.sms} summary={text.explanation}>
      <DataTable model={byKind} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
      <DataTable model={noShows} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
    </ReportSection>
  );
}
