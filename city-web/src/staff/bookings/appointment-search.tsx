import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CityAppointment, CityBookingOptions } from '@dintur/shared';
import { asApiError, useAnnounce, useLatest, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { bookingStrings as text } from './booking-strings.js';
import { AppointmentTable } from './appointment-table.js';
import type { DeskCentre } from './desk-model.js';
import { useAppointmentActions } from './use-appointment-actions.js';

type AppointmentSearchProps = {
  options: CityBookingOptions;
  centres: DeskCentre[];
  version: number;
  /** A booking was moved or cancelled here: free times and lists elsewhere change. */
  onChanged(changed: CityAppointment): void;
};

type Search = { query: string; centreId?: string };

/**
 * Finds bookings at every centre (or one) by code, name or phone number, with moving and
 * cancelling. What is typed goes to the hub only, never into the page's own address.
 */
export function AppointmentSearch({ options, centres, version, onChanged }: AppointmentSearchProps) {
  const city = useCity();
  const announce = useAnnounce();
  const id = useId();
  const [query, setQuery] = useState('');
  const [centreId, setCentreId] = useState('');
  const [found, setFound] = useState<CityAppointment[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [searching, setSearching] = useState(false);
  const lastSearch = useRef<Search | null>(null);
  const queryField = useRef<HTMLInputElement>(null);
  const actions = useAppointmentActions(options, onChanged);

  const run = async (search: Search, quiet = false) => {
    lastSearch.current = search;
    setError(null);
    setSearching(true);
    try {
      const appointments = await city.call('citySearchAppointments', { query: search });
      if (lastSearch.current !== search) return;
      setFound(appointments);
      if (!quiet) announce(appointments.length === 0 ? text.noneFound : text.foundAppointments(appointments.length));
    } catch (failure) {
      if (lastSearch.current === search) setError(asApiError(failure));
    } finally {
      if (lastSearch.current === search) setSearching(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = query.trim();
    setMissing(!typed);
    if (!typed) {
      queryField.current?.focus();
      return;
    }
    void run({ query: typed, ...(centreId && { centreId }) });
  };
  // Only `version` says when; `run` reads what it needs itself.
  const searchAgain = useLatest(() => {
    if (lastSearch.current) void run(lastSearch.current, true);
  });
  useEffect(() => searchAgain.current(), [searchAgain, version]);

  return (
    <section className="booking-panel" aria-labelledby={`${id}-title`} data-testid="appointment-search">
      <h2 id={`${id}-title`}>{text.searchTitle}</h2>
      <form className="appointment-search" onSubmit={submit} noValidate>
        <div className="booking-field grow">
          <label htmlFor={`${id}-query`}>{text.query}</label>
          <p className="booking-hint" id={`${id}-hint`}>
            {text.queryHint}
          </p>
          {missing && (
            <p className="field-error" id={`${id}-missing`}>
              {text.queryMissing}
            </p>
          )}
          <input
            id={`${id}-query`}
            ref={queryField}
            name="query"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={missing ? true : undefined}
            aria-describedby={[`${id}-hint`, missing && `${id}-missing`].filter(Boolean).join(' ')}
          />
        </div>
        <div className="booking-field">
          <label htmlFor={`${id}-centre`}>{text.inCentre}</label>
          <select id={`${id}-centre`} name="centre" value={centreId} onChange={(event) => setCentreId(event.target.value)}>
            <option value="">{text.allCentres}</option>
            {centres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {centre.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary" disabled={searching}>
          {text.find}
        </button>
      </form>
      <ErrorText error={error} />
      {actions.doneMessage}
      {found &&
        (found.length === 0 ? (
          <p className="notice" data-testid="no-appointments">
            {text.noneFound}
          </p>
        ) : (
          <AppointmentTable appointments={found} timeZone={options.timeZone} caption={text.appointmentsTitle} onAction={actions.open} testId="appointment-table" />
        ))}
      {actions.dialogs}
    </section>
  );
}
