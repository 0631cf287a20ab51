import type { Centre } from '@dintur/shared';
import { neverGivenAt, unitNeverGets } from '../counter/never-given.js';
import { useAnnounce } from '@dintur/web';
import { minutesOf } from '@dintur/shared/calendar';
import type { StretchDraft, StretchField, StretchProblems } from './plan-draft.js';
import { planStrings } from './plan-strings.js';
import { ServicesCell } from './services-cell.js';

const text = planStrings.plan;

/** The services a stretch calls: its own choice, or the counter's profile. */
export function servicesOfStretch(draft: StretchDraft, centre: Centre): string[] {
  return draft.services ? draft.services.map((service) => service.serviceId) : (centre.counters.find((counter) => counter.id === draft.counterId)?.services ?? []);
}

/** "Medarbejdere i Borgerservice får aldrig: Pension (…)" for a stretch, or null when its unit may take everything it calls. */
export function unitRuleOf(draft: StretchDraft, centre: Centre): string | null {
  const items = neverGivenAt(servicesOfStretch(draft, centre), draft.staffUnitId, centre);
  const unit = centre.units.find((entry) => entry.id === draft.staffUnitId)?.name.da ?? draft.staffUnitId;
  return items.length > 0 ? unitNeverGets(unit, items) : null;
}

/** The name a row's controls are labelled with: "Skranke 3", "Skranke 3 (2. vagt)" when the counter has several. */
function rowNames(drafts: readonly StretchDraft[], centre: Centre): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const draft of drafts) {
    const counter = centre.counters.find((entry) => entry.id === draft.counterId)?.name ?? draft.counterId;
    const count = (seen.get(draft.counterId) ?? 0) + 1;
    seen.set(draft.counterId, count);
    names.set(draft.key, count === 1 ? counter : `${counter} (${count}. vagt)`);
  }
  return names;
}

type Props = {
  drafts: StretchDraft[];
  onChange: (drafts: StretchDraft[]) => void;
  centre: Centre;
  problems: Map<string, StretchProblems>;
  disabled: boolean;
};

/** The day's stretches as a table of real form controls: times, staff unit, breaks, services, remove. */
export function PlanEditor({ drafts, onChange, centre, problems, disabled }: Props) {
  const announce = useAnnounce();
  const names = rowNames(drafts, centre);
  const update = (key: string, changes: Partial<StretchDraft>) => onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...changes } : draft)));
  const setBreak = (draft: StretchDraft, index: number, changes: Partial<StretchDraft['breaks'][number]>) =>
    update(draft.key, { breaks: draft.breaks.map((entry, at) => (at === index ? { ...entry, ...changes } : entry)) });
  const problemId = (key: string, field: StretchField) => `${key}-${field}-problem`;
  const problemOf = (key: string, field: StretchField) => {
    const message = problems.get(key)?.[field];
    return message ? (
      <p className="field-error" id={problemId(key, field)} data-testid="stretch-problem" data-field={field}>
        {message}
      </p>
    ) : null;
  };
  const describedBy = (key: string, field: StretchField) => (problems.get(key)?.[field] ? problemId(key, field) : undefined);
  const invalid = (key: string, field: StretchField) => (problems.get(key)?.[field] ? true : undefined);

  /** The stretch's start or end: a time field with its refusal, if any. */
  const timeCell = (draft: StretchDraft, field: 'from' | 'to', label: string, id?: string) => (
    <td>
      <input
        id={id}
        type="time"
        className="time-input"
        aria-label={label}
        value={draft[field]}
        disabled={disabled}
        aria-invalid={invalid(draft.key, field)}
        aria-describedby={describedBy(draft.key, field)}
        onChange={(event) => update(draft.key, field === 'from' ? { from: event.target.value } : { to: event.target.value })}
      />
      {problemOf(draft.key, field)}
    </td>
  );

  const remove = (draft: StretchDraft, name: string) => {
    const index = drafts.indexOf(draft);
    onChange(drafts.filter((entry) => entry.key !== draft.key));
    announce(text.removed(name, draft.from, draft.to));
    // Focus stays in the table: on the next row's remove button, or the add form.
    window.setTimeout(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('[data-action="remove-stretch"]');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('plan-add-counter'))?.focus();
    });
  };

  if (drafts.length === 0) return <p className="notice">{text.emptyPlan}</p>;

  return (
    <div className="plan-table-wrap">
      <table className="data-table plan-table" data-testid="plan-table">
        <caption className="visually-hidden">{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.counter}</th>
            <th scope="col">{text.from}</th>
            <th scope="col">{text.to}</th>
            <th scope="col">{text.staffUnit}</th>
            <th scope="col">{text.breaks}</th>
            <th scope="col">{text.services}</th>
            <th scope="col">
              <span className="visually-hidden">{text.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((draft) => {
            const name = names.get(draft.key) ?? draft.counterId;
            const rule = unitRuleOf(draft, centre);
            return (
              <tr key={draft.key} data-counter={draft.counterId} data-stretch={`${draft.counterId} ${draft.from}-${draft.to}`} data-invalid={problems.has(draft.key) || undefined}>
                <th scope="row">
                  {name}
                  {problemOf(draft.key, 'stretch')}
                  {problemOf(draft.key, 'counterId')}
                </th>
                {timeCell(draft, 'from', text.fromOf(name), `${draft.key}-from`)}
                {timeCell(draft, 'to', text.toOf(name))}
                <td>
                  <select
                    aria-label={text.staffUnitOf(name)}
                    value={draft.staffUnitId}
                    disabled={disabled}
                    aria-invalid={invalid(draft.key, 'staffUnitId')}
                    aria-describedby={describedBy(draft.key, 'staffUnitId')}
                    onChange={(event) => update(draft.key, { staffUnitId: event.target.value })}
                  >
                    {centre.units.map((unit) => (
                      <option key={unit.id} value={unit.id}>
                        {unit.name.da}
                      </option>
                    ))}
                  </select>
                  {problemOf(draft.key, 'staffUnitId')}
                </td>
                <td>
                  <ul className="plan-breaks">
                    {draft.breaks.map((pause, index) => (
                      <li key={index}>
                        <input
                          type="time"
                          className="time-input"
                          aria-label={text.breakFrom(name, index + 1)}
                          value={pause.from}
                          disabled={disabled}
                          onChange={(event) => setBreak(draft, index, { from: event.target.value })}
                        />
                        <span aria-hidden="true">–</span>
                        <input
                          type="time"
                          className="time-input"
                          aria-label={text.breakTo(name, index + 1)}
                          value={pause.to}
                          disabled={disabled}
                          onChange={(event) => setBreak(draft, index, { to: event.target.value })}
                        />
                        <button
                          type="button"
                          className="button small quiet"
                          aria-label={text.removeBreak(name, index + 1)}
                          disabled={disabled}
                          onClick={() => update(draft.key, { breaks: draft.breaks.filter((_entry, at) => at !== index) })}
                        >
                          ×
                        </button>
                      </li>
                    ))}
                  </ul>
                  {draft.breaks.length < 6 && (
                    <button type="button" className="button small" disabled={disabled} aria-label={text.addBreakAt(name, draft.from, draft.to)} onClick={() => update(draft.key, { breaks: [...draft.breaks, middleBreak(draft)] })}>
                      {text.addBreak}
                    </button>
                  )}
                  {problemOf(draft.key, 'breaks')}
                </td>
                <td>
                  {/* The refusal first, where the eye lands; then the rule is not said twice. */}
                  {problemOf(draft.key, 'services')}
                  {rule && !problems.get(draft.key)?.services && (
                    <p className="plan-unit-rule" data-testid="unit-rule">
                      {rule}
                    </p>
                  )}
                  <ServicesCell draft={draft} name={name} centre={centre} disabled={disabled} onChange={(services) => update(draft.key, { services })} />
                </td>
                <td>
                  <button type="button" className="button small" data-action="remove-stretch" disabled={disabled} aria-label={text.removeStretch(name, draft.from, draft.to)} onClick={() => remove(draft, name)}>
                    {text.remove}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A new break: half an hour in the middle of the stretch, on the half hour. */
function middleBreak(draft: StretchDraft): { from: string; to: string } {
  const middle = Math.floor((minutesOf(draft.from) + minutesOf(draft.to)) / 2 / 30) * 30;
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { from: clock(middle), to: clock(Math.min(middle + 30, 24 * 60)) };
}
