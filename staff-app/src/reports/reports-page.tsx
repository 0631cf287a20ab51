import { useEffect, useId, useState, type FormEvent } from 'react';
import { localToday, presetRange, rangeProblem, requestFromSearch, type PresetName } from './date-range.js';
import { formatInstant, formatPeriod } from './format.js';
import { fileParts } from './report-file-parts.js';
import { reportStrings } from './report-strings.js';
import { ReportSections } from './sections/all-sections.js';
import { reportQuery, type ReportRequest } from './stats-client.js';
import { useReport } from './use-report.js';
import './reports.css';

const presets: PresetName[] = ['today', 'last7', 'last30', 'thisMonth', 'lastMonth'];

function initialRequest(): ReportRequest {
  return requestFromSearch(new URLSearchParams(window.location.search)) ?? { ...presetRange('last7', localToday()), unitId: '' };
}

/**
 * Statistics for unit leaders (`/staff/reports`): a period and a unit, then the figures as charts
 * with their tables, each table downloadable as CSV, and a link to the printable evaluation. The
 * chosen period stays in the address, so a reload or a bookmark shows the same figures.
 */
export function ReportsPage() {
  const [request, setRequest] = useState<ReportRequest>(initialRequest);
  const [draft, setDraft] = useState<ReportRequest>(request);
  const [formError, setFormError] = useState<string | null>(null);
  const { state, reload } = useReport(request);
  const report = state.status === 'ready' ? state.report : state.previous;
  const headingId = useId();
  const formId = useId();
  const text = reportStrings.filters;

  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${reportQuery(request)}`);
  }, [request]);

  const apply = (next: ReportRequest) => {
    setFormError(null);
    setDraft(next);
    setRequest(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Said here, in Danish, before the server would refuse it.
    const problem = rangeProblem(draft);
    if (problem) setFormError(problem);
    else apply(draft);
  };
  const invalid = formError !== null || undefined;
  const describedBy = formError ? `${formId}-error` : undefined;
  const today = localToday();
  const printable = `/staff/report?${reportQuery(request)}`;

  return (
    <div className="report-page">
      <h1 id={headingId} tabIndex={-1} className="page-title">
        {reportStrings.title}
      </h1>
      <p className="lead">{reportStrings.intro}</p>

      {/* noValidate: the period is checked by rangeProblem, with a message in Danish next to it. */}
      <form className="report-filters" onSubmit={submit} aria-label={text.legend} noValidate>
        <div className="report-field">
          <label htmlFor={`${formId}-from`}>{text.from}</label>
          <input
            id={`${formId}-from`}
            type="date"
            name="from"
            required
            value={draft.from}
            max={draft.to || undefined}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </div>
        <div className="report-field">
          <label htmlFor={`${formId}-to`}>{text.to}</label>
          <input
            id={`${formId}-to`}
            type="date"
            name="to"
            required
            value={draft.to}
            min={draft.from || undefined}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        <div className="report-field">
          <label htmlFor={`${formId}-unit`}>{text.unit}</label>
          <select id={`${formId}-unit`} name="unitId" value={draft.unitId} onChange={(event) => setDraft({ ...draft, unitId: event.target.value })}>
            <option value="">{text.allUnits}</option>
            {(report?.units ?? []).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name.da}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary">
          {text.show}
        </button>
        {formError && (
          <p id={`${formId}-error`} className="field-error report-form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="report-presets" role="group" aria-label={text.presets}>
          {presets.map((name) => {
            const range = presetRange(name, today);
            const current = range.from === request.from && range.to === request.to;
            return (
              <button key={name} type="button" className="button small" aria-pressed={current} onClick={() => apply({ ...range, unitId: draft.unitId })}>
                {text[name]}
              </button>
            );
          })}
        </div>
      </form>

      <p className="report-links">
        <a href={printable} target="_blank" rel="noopener">
          {text.printable} <span className="visually-hidden">{text.printableHint}</span>
        </a>
      </p>

      <p className="report-status" aria-live="polite" data-testid="report-status" data-status={state.status}>
        {state.status === 'loading' && reportStrings.loading}
        {state.status === 'ready' &&
          `${formatPeriod(state.report.from, state.report.to)}. ${reportStrings.updated(formatInstant(state.report.generatedAt, state.report.timeZone))}`}
      </p>
      {state.status === 'failed' && (
        <div className="report-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={reload}>
            {reportStrings.retry}
          </button>
        </div>
      )}
      {report && (
        <div className="report-body" aria-busy={state.status === 'loading'}>
          <ReportSections report={report} mode="screen" fileParts={fileParts(report)} />
        </div>
      )}
    </div>
  );
}
