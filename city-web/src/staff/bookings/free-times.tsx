import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CityBookableService, CityBookingOptions, CityServiceDaySlots, CitySlot } from '@dintur/shared';
import { asApiError, useAnnounce, useLatest, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatClockIn, formatDay } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { groupFreeTimes, serviceUnits, type DeskCentre, type ServiceTimes } from './desk-model.js';

type FreeSlotsQuery = { serviceIds?: string; centreIds?: string; from: string; days: number };

/** Free times shown at once per service, centre and day; the rest behind "more". */
const shownAtOnce = 12;
const dayChoices = [1, 3, 7, 14];

/** A free time the agent chose: which service, at which centre, when. */
export type ChosenSlot = { service: CityBookableService; centre: DeskCentre; lengthMinutes: number; slot: CitySlot };

type FreeTimesProps = {
  options: CityBookingOptions;
  centres: DeskCentre[];
  onChoose(chosen: ChosenSlot): void;
  /** Changes after a booking, move or cancellation: the shown results are fetched again. */
  version: number;
};

/** Free times across centres, services and days: a search form, then the times by day and centre. */
export function FreeTimes({ options, centres, onChoose, version }: FreeTimesProps) {
  const city = useCity();
  const announce = useAnnounce();
  const id = useId();
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [centreIds, setCentreIds] = useState<string[]>([]);
  const [from, setFrom] = useState(options.today);
  const [days, setDays] = useState(7);
  const [results, setResults] = useState<CityServiceDaySlots[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [searching, setSearching] = useState(false);
  const lastQuery = useRef<FreeSlotsQuery | null>(null);
  const resultsArea = useRef<HTMLDivElement>(null);
  const [shownFor, setShownFor] = useState(0);

  // After a search the agent asked for, the times are brought into view (the form above is tall).
  useEffect(() => {
    if (shownFor > 0) resultsArea.current?.scrollIntoView({ block: 'nearest' });
  }, [shownFor]);

  const run = async (query: FreeSlotsQuery, quiet = false) => {
    lastQuery.current = query;
    setSearching(true);
    setError(null);
    try {
      const entries = await city.call('cityFreeSlots', { query });
      // An answer to an older search is not shown over a newer one.
      if (lastQuery.current !== query) return;
      setResults(entries);
      const view = groupFreeTimes(entries, options);
      if (!quiet) {
        announce(text.foundAtCentres(view.times, view.days.length, view.centres));
        setShownFor((value) => value + 1);
      }
    } catch (failure) {
      if (lastQuery.current === query) setError(asApiError(failure));
    } finally {
      if (lastQuery.current === query) setSearching(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({
      ...(serviceIds.length > 0 && { serviceIds: serviceIds.join(',') }),
      ...(centreIds.length > 0 && { centreIds: centreIds.join(',') }),
      from,
      days,
    });
  };

  // A booking, move or cancellation changed what is free: the shown results are fetched again.
  // Only `version` says when; `run` reads the current state itself.
  const searchAgain = useLatest(() => {
    if (lastQuery.current) void run(lastQuery.current, true);
  });
  useEffect(() => searchAgain.current(), [searchAgain, version]);

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((other) => other !== value));

  return (
    <section className="booking-panel" aria-labelledby={`${id}-title`} data-testid="free-times">
      <h2 id={`${id}-title`}>{text.freeTitle}</h2>
      <form className="free-search" onSubmit={submit}>
        <fieldset className="choices service-choices" aria-describedby={`${id}-services-hint`}>
          <legend>{text.services}</legend>
          <p className="booking-hint" id={`${id}-services-hint`}>
            {text.servicesHint}
          </p>
          {serviceUnits(options).map((unit) => (
            <div key={unit.name} className="choice-group">
              <p className="choice-group-name" aria-hidden="true">
                {unit.name}
              </p>
              {unit.services.map((service) => (
                <label key={service.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="service"
                    value={service.id}
                    checked={serviceIds.includes(service.id)}
                    onChange={(event) => setServiceIds((current) => toggle(current, service.id, event.target.checked))}
                  />
                  {service.name.da}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <fieldset className="choices centre-choices" aria-describedby={`${id}-centres-hint`}>
          <legend>{text.centres}</legend>
          <p className="booking-hint" id={`${id}-centres-hint`}>
            {text.centresHint}
          </p>
          <div className="choice-group">
            {centres.map((centre) => (
              <label key={centre.id} className="checkbox">
                <input
                  type="checkbox"
                  name="centre"
                  value={centre.id}
                  checked={centreIds.includes(centre.id)}
                  onChange={(event) => setCentreIds((current) => toggle(current, centre.id, event.target.checked))}
                />
                {centre.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="free-search-when">
          <div className="booking-field">
            <label htmlFor={`${id}-from`}>{text.from}</label>
            <input id={`${id}-from`} name="from" type="date" value={from} min={options.today} onChange={(event) => event.target.value && setFrom(event.target.value)} />
          </div>
          <div className="booking-field">
            <label htmlFor={`${id}-days`}>{text.days}</label>
            <select id={`${id}-days`} name="days" value={days} onChange={(event) => setDays(Number(event.target.value))}>
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
      <div ref={resultsArea}>{results && <FreeTimesResults entries={results} options={options} onChoose={onChoose} />}</div>
    </section>
  );
}

function FreeTimesResults({ entries, options, onChoose }: { entries: CityServiceDaySlots[]; options: CityBookingOptions; onChoose(chosen: ChosenSlot): void }) {
  const view = groupFreeTimes(entries, options);
  return (
    <div className="free-results" data-testid="free-results">
      <h3 className="visually-hidden">{text.resultsTitle}</h3>
      <p className="subtle" data-testid="free-summary">
        {text.foundAtCentres(view.times, view.days.length, view.centres)}
      </p>
      {view.days.map((day) => (
        <section key={day.date} className="free-day" aria-label={formatDay(day.date)} data-date={day.date}>
          <h4>{formatDay(day.date)}</h4>
          {day.centres.map((centreTimes) => (
            <div key={centreTimes.centre.id} className="centre-times" data-centre={centreTimes.centre.id}>
              <h5>{centreTimes.centre.name}</h5>
              {centreTimes.services.map((times) => (
                <ServiceSlots key={times.service.id} times={times} centre={centreTimes.centre} date={day.date} timeZone={options.timeZone} onChoose={onChoose} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

type ServiceSlotsProps = { times: ServiceTimes; centre: DeskCentre; date: string; timeZone: string; onChoose(chosen: ChosenSlot): void };

function ServiceSlots({ times, centre, date, timeZone, onChoose }: ServiceSlotsProps) {
  const [all, setAll] = useState(false);
  const id = useId();
  const { service, lengthMinutes, slots } = times;
  const shown = all ? slots : slots.slice(0, shownAtOnce);
  return (
    <div className="service-times" role="group" aria-labelledby={`${id}-name`} data-service={service.id}>
      <p className="service-times-name" id={`${id}-name`}>
        {service.name.da} <span className="subtle">{text.minutes(lengthMinutes)}</span>
      </p>
      <ul className="slot-buttons">
        {shown.map((slot) => (
          <li key={slot.start}>
            <button type="button" className="button small slot-button" data-start={slot.start} onClick={() => onChoose({ service, centre, lengthMinutes, slot })}>
              {formatClockIn(slot.start, timeZone)}
              <span className="visually-hidden">{text.timeContext(service.name.da, centre.name, formatDay(date))}</span>
            </button>
          </li>
        ))}
        {slots.length > shownAtOnce && (
          <li>
            <button type="button" className="button small quiet" aria-expanded={all} onClick={() => setAll((value) => !value)}>
              {all ? text.fewerTimes : text.moreTimes(slots.length - shownAtOnce)}
              <span className="visually-hidden">{text.timeContext(service.name.da, centre.name, formatDay(date))}</span>
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
