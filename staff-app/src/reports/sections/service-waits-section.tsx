import type { StatsReport } from '@dintur/shared';
import { RangeBars } from '../charts/range-bars.js';
import { DataTable } from '../data-table.js';
import { describeServiceWaits } from '../describe.js';
import { formatShare } from '../format.js';
import { reportStrings } from '../report-strings.js';
import { figureColumns, type TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type ServiceRow = StatsReport['byService'][number];
type Named = { label: string; unit: string } & StatsReport['total'];

/** Rows of services that had visitors, then the total. */
export function serviceRows(report: StatsReport): Named[] {
  const unitName = (unitId: string | null) => report.units.find((unit) => unit.id === unitId)?.name.da ?? reportStrings.removedService;
  const active = report.byService.filter((row: ServiceRow) => row.issued + row.transferredIn > 0);
  return [
    ...active.map((row) => ({ ...row, label: row.name.da, unit: unitName(row.unitId) })),
    { ...report.total, label: reportStrings.total, unit: '' },
  ];
}

/** How long each service's citizens waited, against the centre's target. */
export function ServiceWaitsSection({ report, mode, fileParts }: SectionProps) {
  const target = report.waitTargetMinutes;
  const rows = serviceRows(report);
  const table: TableModel<Named> = {
    name: reportStrings.tables.services,
    columns: [
      { header: reportStrings.columns.service, kind: 'text', value: (row) => row.label },
      { header: reportStrings.columns.unit, kind: 'text', value: (row) => row.unit },
      ...figureColumns<Named>(target, mode === 'print'),
    ],
    rows: rows.length > 1 ? rows : [],
  };
  return (
    <ReportSection id="service-waits" title={reportStrings.sections.serviceWaits}>
      <RangeBars
        id="service-waits"
        title={reportStrings.charts.serviceWaits(target)}
        description={describeServiceWaits(report)}
        unit={reportStrings.charts.minutes}
        target={{ value: target, label: reportStrings.charts.target(target) }}
        labels={{ median: reportStrings.charts.median, p90: reportStrings.charts.p90 }}
        rows={rows
          .filter((row) => row.waits.count > 0)
          .map((row) => ({
            label: row.label,
            median: row.waits.median,
            p90: row.waits.p90,
            note: `${formatShare(row.waits.withinTargetShare)} ≤ ${target} min`,
          }))}
      />
      <DataTable model={table} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
    </ReportSection>
  );
}
