import { appointmentOnTimeMinutes } from '@dintur/shared';
import { DataTable } from '../data-table.js';
import { reportStrings } from '../report-strings.js';
import type { ColumnKind, TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type Row = { label: string; kind: ColumnKind; value: number | null };

/** Appointments booked online or by the contact centre, and whether citizens came and were called on time. */
export function AppointmentsSection({ report, mode, fileParts }: SectionProps) {
  const figures = report.appointments;
  const text = reportStrings.appointments;
  const table: TableModel<Row> = {
    name: reportStrings.tables.appointments,
    columns: [
      { header: reportStrings.columns.figure, kind: 'text', value: (row) => row.label },
      { header: reportStrings.columns.value, kind: 'count', kindOf: (row) => row.kind, value: (row) => row.value },
    ],
    rows: [
      { label: text.bookedOnline, kind: 'count', value: figures.bookedOnline },
      { label: text.bookedByAgent, kind: 'count', value: figures.bookedByAgent },
      { label: text.moved, kind: 'count', value: figures.moved },
      { label: text.cancelledByCitizen, kind: 'count', value: figures.cancelledByCitizen },
      { label: text.cancelledByAgent, kind: 'count', value: figures.cancelledByAgent },
      { label: text.checkedIn, kind: 'count', value: figures.checkedIn },
      { label: text.checkedInLate, kind: 'count', value: figures.checkedInLate },
      { label: text.noShows, kind: 'count', value: figures.noShows },
      { label: text.keptShare, kind: 'share', value: figures.keptShare },
      { label: text.calledMedian, kind: 'minutes', value: figures.calledAfterBookedTime.median },
      { label: text.calledP90, kind: 'minutes', value: figures.calledAfterBookedTime.p90 },
      { label: text.onTimeShare(appointmentOnTimeMinutes), kind: 'share', value: figures.calledAfterBookedTime.onTimeShare },
    ],
  };
  return (
    <ReportSection id="appointments" title={reportStrings.sections.appointments} summary={text.explanation}>
      <DataTable model={table} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
    </ReportSection>
  );
}
