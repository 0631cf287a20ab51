import { useEffect } from 'react';
import { requestFromSearch } from './date-range.js';
import { formatInstant, formatPeriod } from './format.js';
import { fileParts } from './report-file-parts.js';
import { reportStrings } from './report-strings.js';
import { ReportSections } from './sections/all-sections.js';
import { reportQuery } from './stats-client.js';
import { useReport } from './use-report.js';
import './reports.css';

/**
 * The evaluation report of a period for the council (`/staff/report?from=…&to=…&unitId=…`): a
 * clean A4 page without the app around it, headline figures, charts and tables, section by
 * section on pages of their own, and a button that prints it or saves it as a PDF.
 */
export function PrintableReport() {
  const request = requestFromSearch(new URLSearchParams(window.location.search));
  const { state, reload } = useReport(request);
  const report = state.status === 'ready' ? state.report : null;

  useEffect(() => {
    // The title is the suggested file name when the page is saved as a PDF.
    if (report) document.title = `${reportStrings.printTitle} – ${report.centreName} – ${report.from} til ${report.to}`;
  }, [report]);

  if (!request) {
    return (
      <main className="report-print">
        <h1>{reportStrings.printTitle}</h1>
        <p role="alert">{reportStrings.errors.missingRange}</p>
      </main>
    );
  }
  const unitName = report?.units.find((unit) => unit.id === report.filter.unitId)?.name.da ?? reportStrings.filters.allUnits;

  return (
    <main className="report-print">
      <nav className="report-print-actions" aria-label={reportStrings.print}>
        <button type="button" className="button primary" onClick={() => window.print()} disabled={!report}>
          {reportStrings.print}
        </button>
        <a href={`/staff/reports?${reportQuery(request)}`}>{reportStrings.backToReports}</a>
      </nav>
      <header className="report-print-header">
        <p className="report-print-centre">{report?.centreName ?? ''}</p>
        <h1>{reportStrings.printTitle}</h1>
        <dl className="report-print-facts">
          <div>
            <dt>{reportStrings.period}</dt>
            <dd>{formatPeriod(request.from, request.to)}</dd>
          </div>
          <div>
            <dt>{reportStrings.unit}</dt>
            <dd>{unitName}</dd>
          </div>
          {report && (
            <div>
              <dt>{reportStrings.generated}</dt>
              <dd>{formatInstant(report.generatedAt, report.timeZone)}</dd>
            </div>
          )}
        </dl>
        <p className="report-print-intro">{reportStrings.intro}</p>
      </header>
      <p className="report-status" aria-live="polite" data-testid="report-status" data-status={state.status}>
        {state.status === 'loading' && reportStrings.loading}
      </p>
      {state.status === 'failed' && (
        <div className="report-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={reload}>
            {reportStrings.retry}
          </button>
        </div>
      )}
      {report && <ReportSections report={report} mode="print" fileParts={fileParts(report)} />}
    </main>
  );
}
