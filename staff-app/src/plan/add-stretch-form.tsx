import { useState, type FormEvent } from 'react';
import type { Centre } from '@dintur/shared';
import { useAnnounce } from '@dintur/web';
import { newStretch, type StretchDraft } from './plan-draft.js';
import { planStrings } from './plan-strings.js';

const text = planStrings.plan.add;

/**
 * "Tilføj skranke 10–12": a counter, a stretch of time and whose staff sit there (the counter's
 * own unit to begin with). The button says what will be added; focus goes to the new row's first
 * time so the leader can go on with it.
 */
export function AddStretchForm({ centre, disabled, onAdd }: { centre: Centre; disabled: boolean; onAdd: (draft: StretchDraft) => void }) {
  const announce = useAnnounce();
  const first = centre.counters[0];
  const [counterId, setCounterId] = useState(first?.id ?? '');
  const [staffUnitId, setStaffUnitId] = useState(first?.unitId ?? centre.units[0]?.id ?? '');
  const [from, setFrom] = useState('10:00');
  const [to, setTo] = useState('12:00');
  const counterName = centre.counters.find((counter) => counter.id === counterId)?.name ?? counterId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const draft = newStretch({ counterId, staffUnitId, from, to });
    onAdd(draft);
    announce(text.added(counterName, from, to));
    window.setTimeout(() => document.getElementById(`${draft.key}-from`)?.focus());
  };

  return (
    <form className="plan-add" onSubmit={submit} aria-labelledby="plan-add-heading" data-testid="add-stretch">
      <h3 id="plan-add-heading">{text.heading}</h3>
      <div className="plan-add-fields">
        <div>
          <label htmlFor="plan-add-counter">{text.counter}</label>
          <select
            id="plan-add-counter"
            value={counterId}
            disabled={disabled}
            onChange={(event) => {
              setCounterId(event.target.value);
              const unitId = centre.counters.find((counter) => counter.id === event.target.value)?.unitId;
              if (unitId) setStaffUnitId(unitId);
            }}
          >
            {centre.counters.map((counter) => (
              <option key={counter.id} value={counter.id}>
                {counter.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="plan-add-from">{text.from}</label>
          <input id="plan-add-from" type="time" className="time-input" value={from} disabled={disabled} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div>
          <label htmlFor="plan-add-to">{text.to}</label>
          <input id="plan-add-to" type="time" className="time-input" value={to} disabled={disabled} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div>
          <label htmlFor="plan-add-unit">{text.staffUnit}</label>
          <select id="plan-add-unit" value={staffUnitId} disabled={disabled} onChange={(event) => setStaffUnitId(event.target.value)}>
            {centre.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name.da}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={disabled || !counterId}>
          {text.button(counterName, from, to)}
        </button>
      </div>
    </form>
  );
}
