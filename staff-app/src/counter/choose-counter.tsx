import { useEffect, useRef } from 'react';
import type { CounterState } from '@dintur/shared';
import { useLive } from '../live/live-context.js';
import { useMe } from '../session/session.js';
import { strings } from '../strings.js';
import { neverGivenAt, youNeverGet } from './never-given.js';
import './never-given.css';

/** The choice of counter: the person's own unit first, each counter with who sits there and what it calls. */
export function ChooseCounter({ current, onChoose }: { current: string | null; onChoose(counterId: string): void }) {
  const live = useLive();
  const me = useMe();
  const firstButton = useRef<HTMLButtonElement>(null);
  const centre = live.centre!;
  const unitName = (unitId: string) => centre.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  const serviceName = (serviceId: string) => centre.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;
  const personName = (staffId: number | null) => live.colleagues.find((person) => person.id === staffId)?.displayName ?? '?';
  const units = [...centre.units].sort((first, second) => Number(second.id === me.unitId) - Number(first.id === me.unitId));

  useEffect(() => {
    (document.querySelector<HTMLButtonElement>('[data-current-counter="true"]') ?? firstButton.current)?.focus();
  }, []);

  const describe = (counter: CounterState) => {
    if (counter.status === 'closed') return strings.counter.free;
    if (counter.staffId === me.id) return strings.counter.youAreHere;
    return strings.counter.occupiedBy(personName(counter.staffId));
  };

  const firstCounterId = units.flatMap((unit) => centre.counters.filter((counter) => counter.unitId === unit.id))[0]?.id;
  return (
    <section className="choose-counter">
      <h1 tabIndex={-1}>{strings.counter.chooseHeading}</h1>
      <p className="lead">{strings.counter.chooseIntro}</p>
      {units.map((unit) => {
        const counters = centre.counters.filter((counter) => counter.unitId === unit.id);
        if (counters.length === 0) return null;
        return (
          <section key={unit.id} aria-labelledby={`unit-${unit.id}`} className="counter-group">
            <h2 id={`unit-${unit.id}`}>
              {unitName(unit.id)}
              {unit.id === me.unitId && <> <span className="tag">{strings.counter.yourUnit}</span></>}
            </h2>
            <ul className="counter-choices">
              {counters.map((counter) => {
                const ref = counter.id === firstCounterId ? firstButton : undefined;
                // The unit rule, said before signing in: what this counter calls that this person is never given.
                const neverGiven = neverGivenAt(counter.services, me.unitId, centre);
                return (
                  <li key={counter.id}>
                    <button
                      type="button"
                      ref={ref}
                      className={`counter-choice status-${counter.status}`}
                      data-counter={counter.id}
                      data-current-counter={counter.id === current ? 'true' : undefined}
                      aria-describedby={`counter-detail-${counter.id}`}
                      onClick={() => onChoose(counter.id)}
                    >
                      <span className="counter-choice-name">{counter.name}</span>
                      <span className="counter-choice-state">{describe(counter)}</span>
                    </button>
                    <div id={`counter-detail-${counter.id}`}>
                      <p className="counter-choice-services">
                        {strings.counter.calls} {counter.services.map(serviceName).join(', ')}
                      </p>
                      {neverGiven.length > 0 && (
                        <p className="counter-choice-never" data-testid="never-given">
                          {youNeverGet(neverGiven)}
                        </p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
