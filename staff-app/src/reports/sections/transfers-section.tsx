import { TransferMatrix } from '../charts/transfer-matrix.js';
import { DataTable } from '../data-table.js';
import { describeTransfers } from '../describe.js';
import { reportStrings } from '../report-strings.js';
import type { TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type Row = { from: string; to: string; count: number };

/** Where visits were sent on to: from which unit to which, and between services. */
export function TransfersSection({ report, mode, fileParts }: SectionProps) {
  const unitName = (unitId: string) => report.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  const serviceName = (serviceId: string) => report.byService.find((row) => row.serviceId === serviceId)?.name.da ?? serviceId;
  const columns = (name: (id: string) => string): TableModel<Row>['columns'] => [
    { header: reportStrings.columns.from, kind: 'text', value: (row) => name(row.from) },
    { header: reportStrings.columns.to, kind: 'text', value: (row) => name(row.to) },
    { header: reportStrings.columns.count, kind: 'count', value: (row) => row.count },
  ];
  // Every unit a transfer touched, in the configuration's order.
  const touched = new Set(report.unitTransfers.flatMap((entry) => [entry.from, entry.to]));
  const places = report.units.filter((unit) => touched.has(unit.id) || report.filter.unitId === null).map((unit) => ({ id: unit.id, label: unit.name.da }));
  return (
    <ReportSection id="transfers" title={reportStrings.sections.transfers}>
      <TransferMatrix
        id="transfers"
        title={reportStrings.charts.transfers}
        description={describeTransfers(report)}
        places={places}
        counts={new Map(report.unitTransfers.map((entry) => [`${entry.from}\u0000${entry.to}`, entry.count]))}
        fromLabel={reportStrings.columns.from}
        toLabel={reportStrings.columns.to}
      />
      <DataTable
        model={{ name: reportStrings.tables.unitTransfers, columns: columns(unitName), rows: report.unitTransfers }}
        fileParts={fileParts}
        mode={mode}
        rowKey={(row) => `${row.from}→${row.to}`}
      />
      <DataTable
        model={{ name: reportStrings.tables.serviceTransfers, columns: columns(serviceName), rows: report.serviceTransfers }}
        fileParts={fileParts}
        mode={mode}
        rowKey={(row) => `${row.from}→${row.to}`}
      />
    </ReportSection>
  );
}
