import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CityStatsReport } from '@dintur/shared';
import { asApiError, issuesByField, type ApiError } from '@dintur/web';
import { formatInstant } from '../../format/clock.js';
import { useCity } from '../session/session.js';
import { failureText, strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { PageHeading } from '../ui/page-heading.js';
import { channelsChart, firstContactByMonthCharts, firstContactChart, withinTargetChart } from './city-charts.js';
import { comparisonTable, evaluationTable } from './city-tables.js';
import { BarChart } from './charts/bar-chart.js';
import { DataTable } from './data-table.js';
import { cityToday, presetNames, presetRange, rangeFromSearch, rangeProblems, type DateRange } from './date-range.js';
import { formatPeriod, formatShare } from './format.js';

const text = strings.reports;

type ReportState =
  | { status: 'loading'; previous: CityStatsReport | null }
  | { status: 'ready'; report: CityStatsReport }
  | { status: 'failed'; error: ApiError; previous: CityStatsReport | null };

/** Fetches the city's figures of a period again whenever the period changes; late answers of an old period are dropped. */
function useCityReport(range: DateRange): { state: ReportState; reload(): void } {
  const city = useCity();
  const [state, setState] = useState<ReportState>({ status: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((before) => ({ status: 'loading', previous: before.status === 'ready' ? before.report : before.previous }));
    city.call('stats', { query: { from: range.from, to: range.to } }).then(
      (report) => current && setState({ status: 'ready', report }),
      (error: unknown) => current && setState((before) => ({ status: 'failed', error: asApiError(error), previous: before.status === 'loading' ? before.previous : null })),
    );
    return () => {
      current = false;
    };
  }, [city, range.from, range.to, attempt]);
  return { state, reload: () => setAttempt((value) => value + 1) };
}

function initialRange(): DateRange {
  return rangeFromSearch(new URLSearchParams(window.location.search)) ?? presetRange('last30', cityToday());
}

/** Numbers by channel per centre; and when the period spans several months, first contact month by month, a small chart per centre. */
function EvaluationCharts({ report }: { report: CityStatsReport }) {
  const byMonth = firstContactByMonthCharts(report);
  return (
    <>
      <div className="chart-row">
        <BarChart model={channelsChart(report)} />
      </div>
      {byMonth && (
        <section className="chart-group" aria-labelledby="first-contact-by-month-heading">
          <h3 id="first-contact-by-month-heading">{text.charts.firstContactByMonth}</h3>
          <div className="chart-row">
            {byMonth.map((model) => (
              <BarChart key={model.id} model={model} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}

/**
 * `/staff/reports?from=&to=`: the whole city and each centre side by side, and the evaluation per
 * centre and month; charts of what the politicians asked for above the tables that hold their
 * figures (`city-charts.ts`); each table downloadable as CSV, and the page prints cleanly (staff.css,
 * `@media print`). The period stays in the address, so a reload or a bookmark shows the same.
 */
export function ReportsPage() {
  const [range, setRange] = useState<DateRange>(initialRange);
  const [draft, setDraft] = useState<DateRange>(range);
  const [problems, setProblems] = useState<Partial<Record<keyof DateRange, string>> | null>(null);
  const { state, reload } = useCityReport(range);
  const report = state.status === 'ready' ? state.report : state.previous;
  const formId = useId();

  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${new URLSearchParams(range).toString()}`);
  }, [range]);

  // The hub's refusal of the period, by field, beside the fields.
  const refused = state.status === 'failed' && state.error.status === 400 ? issuesByField(state.error, ['from', 'to']) : null;
  const fieldProblem = (field: keyof DateRange) => problems?.[field] ?? refused?.byField[field]?.join(' ') ?? null;

  const apply = (next: DateRange) => {
    setProblems(null);
    setDraft(next);
    setRange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = rangeProblems(draft);
    setProblems(found);
    if (found) document.getElementById(`${formId}-${found.from ? 'from' : 'to'}`)?.focus();
    else apply(draft);
  };
  const today = cityToday();
  const period = report ? formatPeriod(report.from, report.to) : '';
  const fileParts = report ? [report.from, 'til', report.to] : [];

  const dateField = (field: keyof DateRange) => {
    const problem = fieldProblem(field);
    const id = `${formId}-${field}`;
    return (
      <div className="report-field">
        <label htmlFor={id}>{text[field]}</label>
        <input
          id={id}
          type="date"
          name={field}
          required
          value={draft[field]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-error" data-testid={`problem-${field}`}>
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="report-page">
      <PageHeading>{strings.pageTitles.reports}</PageHeading>
      <p className="lead">{text.intro}</p>

      {/* noValidate: the period is checked by rangeProblems, with a message in Danish next to the field. */}
      <form className="report-filters" onSubmit={submit} aria-label={text.filters} noValidate>
        {dateField('from')}
        {dateField('to')}
        <button type="submit" className="button primary">
          {text.show}
        </button>
        <div className="report-presets" role="group" aria-label={text.presets}>
          {presetNames.map((name) => {
            const preset = presetRange(name, today);
            return (
              <button key={name} type="button" className="button small" aria-pressed={preset.from === range.from && preset.to === range.to} onClick={() => apply(preset)}>
                {text[name]}
              </button>
            );
          })}
        </div>
        <button type="button" className="button print-button" onClick={() => window.print()} disabled={!report}>
          {text.print}
        </button>
      </form>

      <p className="report-status" aria-live="polite" data-testid="report-status" data-status={state.status}>
        {state.status === 'loading' && text.loading}
        {state.status === 'ready' && `${text.period(period)} ${text.generated(formatInstant(state.report.generatedAt))}`}
      </p>
      {state.status === 'failed' && refused === null && (
        <div className="report-error" role="alert">
          <p>{text.failed}</p>
          <ErrorText error={state.error} />
          <button type="button" className="button" onClick={reload}>
            {strings.tryAgain}
          </button>
        </div>
      )}
      {state.status === 'failed' && refused !== null && (
        <p className="visually-hidden" role="alert">
          {failureText(state.error.code)}
        </p>
      )}

      {report && (
        <div className="report-body" aria-busy={state.status === 'loading'}>
          <section aria-labelledby="comparison-heading" className="report-section">
            <h2 id="comparison-heading">{text.comparisonHeading}</h2>
            <p className="subtle">{text.goalNote(formatShare(report.firstContactGoal))}</p>
            <div className="chart-row">
              <BarChart model={firstContactChart(report)} />
              <BarChart model={withinTargetChart(report)} />
            </div>
            <DataTable model={comparisonTable(report, period)} fileParts={fileParts} testId="comparison-table" />
          </section>
          <section aria-labelledby="evaluation-heading" className="report-section">
            <h2 id="evaluation-heading">{text.evaluationHeading}</h2>
            <p className="subtle">{text.evaluationIntro}</p>
            <EvaluationCharts report={report} />
            <DataTable model={evaluationTable(report, period)} fileParts={fileParts} testId="evaluation-table" />
          </section>
        </div>
      )}
    </div>
  );
}
