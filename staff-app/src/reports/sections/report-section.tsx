import type { ReactNode } from 'react';
import type { StatsReport } from '@dintur/shared';
import type { ReportMode } from '../data-table.js';

/** What every section of the report is drawn from. */
export type SectionProps = {
  report: StatsReport;
  mode: ReportMode;
  /** The period and unit, for the names of CSV files. */
  fileParts: readonly string[];
};

/** A titled part of the report; on paper each starts a new page (reports.css). */
export function ReportSection({ id, title, summary, children }: { id: string; title: string; summary?: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {summary && <p className="report-summary">{summary}</p>}
      {children}
    </section>
  );
}

/** Charts side by side on a wide screen, one under the other on a narrow one or on paper. */
export function ChartRow({ children }: { children: ReactNode }) {
  return <div className="report-chart-row">{children}</div>;
}
