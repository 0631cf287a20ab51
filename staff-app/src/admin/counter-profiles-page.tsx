import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Counter } from '@dintur/shared';
import { asApiError, useAction, useAnnounce, type ApiError } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { parseWeight } from './form-rules.js';
import { neverGivenAt, unitNeverGets } from '../counter/never-given.js';
import '../counter/never-given.css';
import { NameWarnings } from './name-warnings.js';

/** One row of the form: whether the counter calls the service, and with which weight (as typed). */
type Row = { calls: boolean; weight: string };

/**
 * Counter profiles: which services each counter calls, with which weight. Saved one counter at
 * a time through `PUT /api/counters/{id}/services` (managers and admins), so an edit here never
 * overwrites another part of the configuration someone else changed meanwhile.
 */
export function AdminCounterProfilesPage() {
  const live = useLive();
  const { api } = useSession();
  const announce = useAnnounce();
  const centre = live.centre;
  const [counterId, setCounterId] = useState<string | null>(null);
  const [profile, setProfile] = useState<Counter | null>(null);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Saving: a refusal is shown above the button and said at once.
  const save = useAction((counterId: string, services: { serviceId: string; weight: number }[]) => api.call('setCounterServices', { params: { counterId }, body: { services } }), { announceError: true });
  const { clearError } = save;
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const selectedId = counterId ?? centre?.counters[0]?.id ?? null;

  useEffect(() => {
    if (!selectedId) return;
    let cancelled = false;
    setProfile(null);
    setLoadError(null);
    clearError();
    setProblem(null);
    setSavedFor(null);
    api
      .call('getCounterServices', { params: { counterId: selectedId } })
      .then((loaded) => {
        if (cancelled) return;
        setProfile(loaded);
        setRows(Object.fromEntries(loaded.services.map((entry) => [entry.serviceId, { calls: true, weight: String(entry.weight) }])));
      })
      .catch((caught: unknown) => !cancelled && setLoadError(asApiError(caught)));
    return () => {
      cancelled = true;
    };
  }, [api, selectedId, clearError]);

  if (!centre) return <p className="page-loading">{strings.loading}</p>;
  const unitName = (unitId: string) => centre.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  const selected = centre.counters.find((counter) => counter.id === selectedId);

  const rowOf = (serviceId: string): Row => rows[serviceId] ?? { calls: false, weight: '1' };
  // The unit rule for whoever signs in here, as ticked (saved or not): the counter's own unit first.
  const ticked = centre.services.filter((service) => rowOf(service.id).calls).map((service) => service.id);
  const neverGiven = selected
    ? [...centre.units]
        .sort((first, second) => Number(second.id === selected.unitId) - Number(first.id === selected.unitId))
        .map((unit) => ({ unit: unit.name.da, items: neverGivenAt(ticked, unit.id, centre) }))
        .filter((entry) => entry.items.length > 0)
    : [];
  const setRow = (serviceId: string, changes: Partial<Row>) => {
    setRows((current) => ({ ...current, [serviceId]: { ...(current[serviceId] ?? { calls: false, weight: '1' }), ...changes } }));
    setSavedFor(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!profile || !selected) return;
    // Services already on the profile keep their order; new ones follow in the configuration's.
    const order = [...profile.services.map((entry) => entry.serviceId), ...centre.services.map((service) => service.id)];
    const chosen = [...new Set(order)].filter((serviceId) => rowOf(serviceId).calls);
    if (chosen.length === 0) {
      setProblem(strings.profiles.atLeastOne);
      announce(strings.profiles.atLeastOne, { assertive: true });
      return;
    }
    const services = chosen.map((serviceId) => ({ serviceId, weight: parseWeight(rowOf(serviceId).weight) }));
    const bad = services.find((entry) => entry.weight === null);
    if (bad) {
      setProblem(strings.profiles.badWeight);
      announce(strings.profiles.badWeight, { assertive: true });
      document.getElementById(`weight-${bad.serviceId}`)?.focus();
      return;
    }
    setProblem(null);
    const saved = await save.run(
      selected.id,
      services.map((entry) => ({ serviceId: entry.serviceId, weight: entry.weight ?? 1 })),
    );
    if (!saved) return;
    setProfile(saved);
    setSavedFor(selected.name);
    announce(strings.profiles.savedFor(selected.name));
  };

  return (
    <div className="profiles">
      <h1 tabIndex={-1} className="page-title">
        {strings.pageTitles.counterProfiles}
      </h1>
      <p className="lead">{strings.profiles.intro}</p>
      <NameWarnings centre={centre} />
      <div className="profiles-grid">
        <nav aria-label={strings.profiles.chooseCounter} className="counter-list">
          {centre.units.map((unit) => (
            <div key={unit.id}>
              <h2 className="small-heading">{unit.name.da}</h2>
              <ul>
                {centre.counters
                  .filter((counter) => counter.unitId === unit.id)
                  .map((counter) => (
                    <li key={counter.id}>
                      <button
                        type="button"
                        className="list-button"
                        aria-current={counter.id === selectedId ? 'true' : undefined}
                        data-counter={counter.id}
                        onClick={() => {
                          setCounterId(counter.id);
                          formHeading.current?.focus();
                        }}
                      >
                        {counter.name}
                      </button>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </nav>

        <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate data-testid="profile-form" aria-busy={!profile}>
          <h2 ref={formHeading} tabIndex={-1}>
            {selected ? strings.profiles.services(selected.name) : ''}
          </h2>
          {!profile && !loadError && <p>{strings.loading}</p>}
          <div className={profile && neverGiven.length > 0 ? 'never-given-notice' : undefined} aria-live="polite" data-testid="never-given">
            {profile && neverGiven.map((entry) => <p key={entry.unit}>{unitNeverGets(entry.unit, entry.items)}</p>)}
          </div>
          {profile && (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{strings.profiles.calls}</th>
                  <th scope="col">{strings.overview.service}</th>
                  <th scope="col">{strings.profiles.authority}</th>
                  <th scope="col">{strings.profiles.weight}</th>
                </tr>
              </thead>
              {centre.units.map((unit) => (
                <tbody key={unit.id}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={4}>
                      {unitName(unit.id)}
                    </th>
                  </tr>
                  {centre.services
                    .filter((service) => service.unitId === unit.id)
                    .map((service) => {
                      const row = rowOf(service.id);
                      return (
                        <tr key={service.id} data-service={service.id}>
                          <td>
                            <input
                              type="checkbox"
                              id={`calls-${service.id}`}
                              checked={row.calls}
                              onChange={(event) => setRow(service.id, { calls: event.target.checked })}
                              aria-label={strings.profiles.callsService(selected?.name ?? '', service.name.da)}
                            />
                          </td>
                          <td>
                            <label htmlFor={`calls-${service.id}`}>{service.name.da}</label>
                          </td>
                          <td className="subtle">{strings.authority[service.authority]}</td>
                          <td>
                            <input
                              id={`weight-${service.id}`}
                              className="weight"
                              inputMode="decimal"
                              value={row.weight}
                              disabled={!row.calls}
                              aria-label={strings.profiles.weightOf(service.name.da)}
                              onChange={(event) => setRow(service.id, { weight: event.target.value })}
                            />
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              ))}
            </table>
          )}
          {problem && <p className="field-error">{problem}</p>}
          <ErrorText error={loadError ?? save.error} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={!profile || save.busy}>
              {strings.save}
            </button>
            {savedFor && <p className="saved">{strings.profiles.savedFor(savedFor)}</p>}
          </div>
        </form>
      </div>
    </div>
  );
}
