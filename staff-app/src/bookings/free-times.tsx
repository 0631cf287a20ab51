import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { BookableService, BookingOptions, ServiceDaySlots, Slot } from '@dintur/shared';
import { asApiError, clockTime, useAnnounce, useLatest, type ApiError } from '@dintur/web';
import { useSession } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatDay } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';

type FreeSlotsQuery = { serviceIds?: string; from: string; days: number };

/** Free times shown at once per service and day; the rest behind "more". */
const shownAtOnce = 12;
const dayChoices = [1, 3, 7, 14];

export type ChosenSlot = { service: BookableService; slot: Slot };

type FreeTimesProps = {
  options: BookingOptions;
  onChoose(chosen: ChosenSlot): void;
  /** Changes after a booking, move or cancellation elsewhere: the results are fetched again. */
  version: number;
};

/** Free times across services and days: a search form, then the times grouped by day and service. */
export function FreeTimes({ options, onChoose, version }: FreeTimesProps) {
  const { api } = useSession();
  const announce = useAnnounce();
  const id = useId();
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [from, setFrom] = useState(options.today);
  const [days, setDays] = useState(7);
  const [results, setResults] = useState<ServiceDaySlots[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [searching, setSearching] = useState(false);
  /** Counts the searches asked for here: each brings its results into view. */
  const [searches, setSearches] = useState(0);
  const lastQuery = useRef<FreeSlotsQuery | null>(null);
  const resultsArea = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const run = async (query: FreeSlotsQuery, quiet = false) => {
    lastQuery.current = query;
    setSearching(true);
    setError(null);
    try {
      const entries = await api.call('freeSlots', { query });
      setResults(entries);
      const times = entries.reduce((sum, entry) => sum + entry.slots.length, 0);
      if (!quiet) {
        setSearches((count) => count + 1);
        announce(text.found(times, new Set(entries.map((entry) => entry.date)).size));
      }
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setSearching(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ ...(serviceIds.length > 0 && { serviceIds: serviceIds.join(',') }), from, days });
  };

  // A booking, move or cancellation changed what is free: the shown results are fetched again.
  // Only `version` says when; `run` reads the current state itself.
  const searchAgain = useLatest(() => {
    if (lastQuery.current) void run(lastQuery.current, true);
  });
  useEffect(() => searchAgain.current(), [searchAgain, version]);
  // The times start below the list of services, below the screen's edge: scrolled just into view
  // and their heading focused.
  useEffect(() => {
    if (searches === 0) return;
    resultsHeading.current?.focus({ preventScroll: true });
    resultsArea.current?.scrollIntoView({ block: 'nearest' });
  }, [searches]);

  const units = new Map<string, { name: string; services: BookableService[] }>();
  for (const service of options.services) {
    const unit = units.get(service.unitId) ?? { name: service.unitName.da, services: [] };
    unit.services.push(service);
    units.set(service.unitId, unit);
  }
  const toggle = (serviceId: string, on: boolean) => setServiceIds((current) => (on ? [...current, serviceId] : current.filter((other) => other !== serviceId)));

  return (
    <section className="booking-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.freeTitle}</h2>
      <form className="free-search" onSubmit={submit}>
        <fieldset className="service-choices" aria-describedby={`${id}-services-hint`}>
          <legend>{text.services}</legend>
          <p className="booking-hint" id={`${id}-services-hint`}>
            {text.servicesHint}
          </p>
          {[...units.entries()].map(([unitId, unit]) => (
            <div key={unitId} className="service-unit">
              <p className="service-unit-name" aria-hidden="true">
                {unit.name}
              </p>
              {unit.services.map((service) => (
                <label key={service.id} className="checkbox">
                  <input type="checkbox" name="service" value={service.id} checked={serviceIds.includes(service.id)} onChange={(event) => toggle(service.id, event.target.checked)} />
                  {service.name.da} <span className="subtle">({unit.name})</span>
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <div className="free-search-when">
          <div className="booking-field">
            <label htmlFor={`${id}-from`}>{text.from}</label>
            <input id={`${id}-from`} type="date" value={from} min={options.today} onChange={(event) => event.target.value && setFrom(event.target.value)} />
          </div>
          <div className="booking-field">
            <label htmlFor={`${id}-days`}>{text.days}</label>
            <select id={`${id}-days`} value={days} onChange={(event) => setDays(Number(event.target.value))}>
              {dayChoices.map((count) => (
                <option key={count} value={count}>
                  {text.dayCount(count)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button primary" disabled={searching}>
            {searching ? text.searching : text.search}
          </button>
        </div>
      </form>
      {error && <ErrorText error={error} />}
      {results && (
        <div ref={resultsArea}>
          <FreeTimesResults entries={results} options={options} onChoose={onChoose} headingRef={resultsHeading} />
        </div>
      )}
    </section>
  );
}

function FreeTimesResults({
  entries,
  options,
  onChoose,
  headingRef,
}: {
  entries: ServiceDaySlots[];
  options: BookingOptions;
  onChoose(chosen: ChosenSlot): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const dates = [...new Set(entries.map((entry) => entry.date))];
  const times = entries.reduce((sum, entry) => sum + entry.slots.length, 0);
  return (
    <>
      <h3 className="results-heading" ref={headingRef} tabIndex={-1}>
        {text.resultsTitle}
      </h3>
      <p className="subtle">{text.found(times, dates.length)}</p>
      <div className="free-results" data-testid="free-results">
        {dates.map((date) => (
          <section key={date} className="free-day" aria-label={formatDay(date)}>
            <h4>{formatDay(date)}</h4>
            {entries
              .filter((entry) => entry.date === date)
              .map((entry) => {
                const service = options.services.find((candidate) => candidate.id === entry.serviceId);
                return service ? <ServiceTimes key={entry.serviceId} service={service} date={date} slots={entry.slots} timeZone={options.timeZone} onChoose={onChoose} /> : null;
              })}
          </section>
        ))}
      </div>
    </>
  );
}

function ServiceTimes({ service, date, slots, timeZone, onChoose }: { service: BookableService; date: string; slots: Slot[]; timeZone: string; onChoose(chosen: ChosenSlot): void }) {
  const [all, setAll] = useState(false);
  const id = useId();
  const shown = all ? slots : slots.slice(0, shownAtOnce);
  return (
    <div className="service-times" role="group" aria-labelledby={`${id}-name`} data-service={service.id}>
      <p className="service-times-name" id={`${id}-name`}>
        {service.name.da} <span className="subtle">{text.minutes(service.lengthMinutes)}</span>
      </p>
      <ul className="slot-buttons">
        {shown.map((slot) => (
          <li key={slot.start}>
            <button type="button" className="button small slot-button" data-start={slot.start} onClick={() => onChoose({ service, slot })}>
              {clockTime(slot.start, timeZone)}
              <span className="visually-hidden">{text.timeContext(service.name.da, formatDay(date))}</span>
            </button>
          </li>
        ))}
        {slots.length > shownAtOnce && (
          <li>
            <button type="button" className="button small quiet" aria-expanded={all} onClick={() => setAll((value) => !value)}>
              {all ? text.fewerTimes : text.moreTimes(slots.length - shownAtOnce)}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
