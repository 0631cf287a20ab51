import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlanView } from '@dintur/shared';
import { addDays, asApiError, useAnnounce, type ApiError } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { ErrorText, errorSentence } from '../ui/error-text.js';
import { AddStretchForm } from './add-stretch-form.js';
import { ForecastProgressBar } from './forecast-progress.js';
import { ForecastView } from './forecast-view.js';
import { HistoryPanel } from './history-panel.js';
import { unitRuleOf } from './plan-editor.js';
import { PlanEditor } from './plan-editor.js';
import { draftProblems, draftsOf, planOf, refusedRows, samePlan, type StretchDraft, type StretchProblems } from './plan-draft.js';
import { planStrings as text } from './plan-strings.js';
import { useForecast } from './use-forecast.js';
import './plan.css';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

type Loaded = { status: 'loading' } | { status: 'ready'; view: PlanView } | { status: 'failed'; error: ApiError };

/**
 * Planning the day (`/staff/plan`, managers and admins): a day (tomorrow unless the address says
 * otherwise), its usual plan as editable rows, what the forecast rests on, then "Beregn prognose"
 * with its progress and the forecast; an edited plan is forecast beside the usual one. A past day
 * shows the forecast beside what happened.
 */
export function PlanPage() {
  const { api } = useSession();
  const live = useLive();
  const announce = useAnnounce();
  const centre = live.centre;
  const today = centre?.today.date ?? new Date().toISOString().slice(0, 10);
  const [date, setDate] = useState(() => {
    const asked = new URLSearchParams(window.location.search).get('date');
    return asked && datePattern.test(asked) ? asked : '';
  });
  const shownDate = date || addDays(today, 1);
  const [draftDate, setDraftDate] = useState(shownDate);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [drafts, setDrafts] = useState<StretchDraft[]>([]);
  const [serverProblems, setServerProblems] = useState<{ rows: Map<string, StretchProblems>; general: string[] }>({ rows: new Map(), general: [] });
  const [reload, setReload] = useState(0);
  const forecast = useForecast(api, shownDate);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the page has drawn what just arrived: the results, or the first refused row.
  const [focusTarget, setFocusTarget] = useState<{ to: 'results' | 'refusal'; at: number } | null>(null);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?date=${shownDate}`);
    let cancelled = false;
    setLoaded({ status: 'loading' });
    setServerProblems({ rows: new Map(), general: [] });
    api
      .call('getPlan', { query: { date: shownDate } })
      .then((view) => {
        if (cancelled) return;
        setLoaded({ status: 'ready', view });
        setDrafts(draftsOf(view.plan));
      })
      .catch((caught: unknown) => !cancelled && setLoaded({ status: 'failed', error: asApiError(caught) }));
    return () => {
      cancelled = true;
    };
  }, [api, shownDate, reload]);

  // The results (or the refused row) take focus when the forecast is done, after they are drawn,
  // so a keyboard or screen reader user lands on them rather than on a button that was disabled.
  useEffect(() => {
    if (focusTarget?.to === 'results') resultsHeading.current?.focus();
    if (focusTarget?.to === 'refusal') {
      // The refusal's words in the middle of the screen, not scrolled off by the focused control.
      refusedControl()?.focus({ preventScroll: true });
      document.querySelector('[data-testid="stretch-problem"]')?.scrollIntoView({ block: 'center' });
    }
  }, [focusTarget]);

  // A refusal of the leader's plan is said at the rows concerned (and announced).
  const failure = forecast.run.status === 'failed' ? forecast.run.error : null;
  useRefusal(failure, drafts, centre, setServerProblems, announce, () => setFocusTarget({ to: 'refusal', at: Date.now() }));

  if (!centre) return <p className="page-loading">{strings.loading}</p>;
  const view = loaded.status === 'ready' ? loaded.view : null;
  const localProblems = draftProblems(drafts, view?.hours ?? null);
  const problems = new Map(localProblems);
  for (const [key, found] of serverProblems.rows) problems.set(key, { ...found, ...problems.get(key) });
  const running = forecast.run.status === 'running';
  const past = shownDate < today;

  const changeDrafts = (next: StretchDraft[]) => {
    // A row the leader changed loses the server's refusal; the others keep theirs.
    const unchanged = new Set(next.filter((draft) => drafts.includes(draft)).map((draft) => draft.key));
    setServerProblems((current) => ({ rows: new Map([...current.rows].filter(([key]) => unchanged.has(key))), general: [] }));
    setDrafts(next);
  };

  const chooseDay = (event: FormEvent) => {
    event.preventDefault();
    if (datePattern.test(draftDate)) setDate(draftDate);
  };

  const runForecast = async () => {
    if (!view) return;
    if (localProblems.size > 0 || drafts.length === 0) {
      announce(text.problems.fixFirst(Math.max(localProblems.size, 1)), { assertive: true });
      document.querySelector<HTMLElement>('tr[data-invalid] input, tr[data-invalid] select')?.focus();
      return;
    }
    const plan = planOf(drafts);
    const edited = !samePlan(plan, view.plan);
    announce(forecast.usual || !edited ? text.forecast.started : `${text.forecast.started} ${text.forecast.usualFirst}`);
    setServerProblems({ rows: new Map(), general: [] });
    const outcome = await forecast.start(edited ? plan : null);
    if (outcome === 'failed' || outcome === 'stale') return;
    setFocusTarget({ to: 'results', at: Date.now() });
    announce(text.forecast.ready(outcome.seconds));
  };

  return (
    <div className="plan-page">
      <h1 tabIndex={-1} className="page-title">
        {text.title}
      </h1>
      <p className="lead">{text.intro}</p>

      <form className="plan-day" onSubmit={chooseDay} aria-label={text.chooseDay}>
        <div>
          <label htmlFor="plan-date">{text.dateLabel}</label>
          <input id="plan-date" type="date" required value={draftDate} onChange={(event) => setDraftDate(event.target.value)} />
        </div>
        <button type="submit" className="button" disabled={running}>
          {text.showDay}
        </button>
      </form>

      {loaded.status === 'loading' && <p aria-live="polite">{text.loading}</p>}
      {loaded.status === 'failed' && (
        <div role="alert">
          <ErrorText error={loaded.error} />
          <button type="button" className="button" onClick={() => setReload((count) => count + 1)}>
            {text.retry}
          </button>
        </div>
      )}
      {view && (
        <>
          {past && <p className="notice">{text.pastDay}</p>}
          <HistoryPanel view={view} />
          {view.hours === null ? (
            <p className="notice">{text.closedDay}</p>
          ) : (
            <section aria-labelledby="plan-heading" className="plan-section">
              <h2 id="plan-heading">{text.plan.heading}</h2>
              <p className="subtle">
                {text.hours(view.hours.open, view.hours.close)}. {text.planSource[view.planSource]}
              </p>
              <PlanEditor drafts={drafts} onChange={changeDrafts} centre={centre} problems={problems} disabled={running} />
              <div className="plan-actions">
                <AddStretchForm centre={centre} disabled={running} onAdd={(draft) => changeDrafts([...drafts, draft])} />
                <button
                  type="button"
                  className="button quiet"
                  disabled={running}
                  onClick={() => {
                    changeDrafts(draftsOf(view.plan));
                    announce(text.plan.resetDone);
                  }}
                >
                  {text.plan.reset}
                </button>
              </div>
              {serverProblems.general.map((message) => (
                <p key={message} className="field-error">
                  {message}
                </p>
              ))}
              <div className="plan-run">
                <button type="button" className="button primary" disabled={running} onClick={() => void runForecast()} data-action="forecast">
                  {running ? text.forecast.running : text.forecast.run}
                </button>
                {forecast.run.status === 'running' && <ForecastProgressBar run={forecast.run} />}
                {failure && failure.code !== 'validation-failed' && <ErrorText error={failure} />}
                {failure && failure.code === 'validation-failed' && <p className="field-error">{text.problems.refusedPlan}</p>}
              </div>
            </section>
          )}
          {forecast.usual && <ForecastView usual={forecast.usual} yours={forecast.yours} centre={centre} headingRef={resultsHeading} />}
        </>
      )}
    </div>
  );
}

/** The control a refusal is about: the services' disclosure, or the refused field, or the row's first control. */
function refusedControl(): HTMLElement | null {
  const problem = document.querySelector<HTMLElement>('[data-testid="stretch-problem"]');
  if (!problem) return null;
  const cell = problem.closest('td');
  const inCell = problem.dataset['field'] === 'services' ? cell?.querySelector<HTMLElement>('summary') : cell?.querySelector<HTMLElement>('input, select');
  return inCell ?? problem.closest('tr')?.querySelector<HTMLElement>('input, select') ?? null;
}

function useRefusal(
  failure: ApiError | null,
  drafts: StretchDraft[],
  centre: ReturnType<typeof useLive>['centre'],
  setServerProblems: (problems: { rows: Map<string, StretchProblems>; general: string[] }) => void,
  announce: ReturnType<typeof useAnnounce>,
  focusRefusal: () => void,
) {
  const seen = useRef<ApiError | null>(null);
  useEffect(() => {
    if (!failure || !centre || seen.current === failure) return;
    seen.current = failure;
    if (failure.code !== 'validation-failed') {
      announce(errorSentence(failure), { assertive: true });
      return;
    }
    const refused = refusedRows(failure.issues, drafts, (draft) => unitRuleOf(draft, centre));
    setServerProblems(refused);
    const first = [...refused.rows.values()][0];
    announce(first ? (Object.values(first)[0] ?? text.problems.refusedPlan) : (refused.general[0] ?? text.problems.refusedPlan), { assertive: true });
    focusRefusal();
  }, [failure, drafts, centre, setServerProblems, announce, focusRefusal]);
}
