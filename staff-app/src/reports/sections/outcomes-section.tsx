import { outcomes, type Outcome, type StatsReport } from '@dintur/shared';
import { outcomeColours } from '../charts/palette.js';
import { StackedBars } from '../charts/stacked-bars.js';
import { DataTable } from '../data-table.js';
import { describeOutcomes } from '../describe.js';
import { formatCount, formatShare } from '../format.js';
import { reportStrings } from '../report-strings.js';
import type { Column, TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type Row = { label: string } & StatsReport['total'];

/** What came of the visits, and how close the centre is to the 80 % goal. */
export function OutcomesSection({ report, mode, fileParts }: SectionProps) {
  const rows: Row[] = [...report.byUnit.map((row) => ({ ...row, label: row.name.da })), { ...report.total, label: reportStrings.total }];
  const { firstContact } = report;
  const table: TableModel<Row> = {
    name: reportStrings.tables.outcomes,
    columns: [
      { header: reportStrings.columns.unit, kind: 'text', value: (row) => row.label },
      { header: reportStrings.columns.served, kind: 'count', value: (row) => row.served },
      ...outcomes.map((outcome): Column<Row> => ({ header: reportStrings.outcomes[outcome], kind: 'count', value: (row) => row.outcomes[outcome] })),
      { header: reportStrings.columns.firstContact, kind: 'share', value: (row) => row.firstContactResolution },
    ],
    rows,
  };
  return (
    <ReportSection
      id="outcomes"
      title={reportStrings.sections.outcomes}
      summary={
        `Løst ved første kontakt: ${formatShare(firstContact.share)} af ${formatCount(firstContact.served)} betjente besøg ` +
        `(heraf ${formatCount(firstContact.resolvedAfterTransfer)} løst efter en omstilling). ` +
        `Ukomplicerede sager: ${formatShare(firstContact.uncomplicated.share)} af ${formatCount(firstContact.uncomplicated.served)} ` +
        `mod det nationale mål på ${formatShare(firstContact.goal)}.`
      }
    >
      <StackedBars
        id="outcomes"
        title={reportStrings.charts.outcomes}
        description={describeOutcomes(report)}
        normalise
        segments={outcomes.map((outcome: Outcome) => ({ key: outcome, label: reportStrings.outcomes[outcome], colour: outcomeColours[outcome] }))}
        goal={{ share: firstContact.goal, label: `${reportStrings.charts.goal} ${formatShare(firstContact.goal)} ${reportStrings.outcomes.resolved.toLowerCase()}` }}
        rows={rows.map((row) => ({ label: row.label, values: row.outcomes, note: `${formatShare(row.firstContactResolution)} løst` }))}
      />
      <DataTable model={table} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
    </ReportSection>
  );
}
