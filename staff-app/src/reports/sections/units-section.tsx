import type { StatsReport } from '@dintur/shared';
import { DataTable } from '../data-table.js';
import { reportStrings } from '../report-strings.js';
import { figureColumns, type TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type Row = { label: string } & StatsReport['total'];

/** The figures of each unit, and of the whole centre. */
export function UnitsSection({ report, mode, fileParts }: SectionProps) {
  const rows: Row[] = [...report.byUnit.map((row) => ({ ...row, label: row.name.da })), { ...report.total, label: reportStrings.total }];
  const table: TableModel<Row> = {
    name: reportStrings.tables.units,
    columns: [{ header: reportStrings.columns.unit, kind: 'text', value: (row) => row.label }, ...figureColumns<Row>(report.waitTargetMinutes, mode === 'print')],
    rows,
  };
  return (
    <ReportSection id="units" title={reportStrings.sections.units}>
      <DataTable model={table} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
    </ReportSection>
  );
}
