import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Appointment, BookingOptions } from '@dintur/shared';
import { asApiError, useAnnounce, useLatest, type ApiError } from '@dintur/web';
import { useSession } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatSpan, formatWhen, smsLine, spacedCode } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { CancelDialog } from './cancel-dialog.js';
import { MoveDialog } from './move-dialog.js';

type AppointmentSearchProps = {
  options: BookingOptions;
  version: number;
  /** The hub's booking desk, where bookings are moved and cancelled when the centre is linked. */
  cityDesk: string | null;
  /** A booking was moved or cancelled here: free times elsewhere change. */
  onChanged(message: string): void;
};

type Action = { kind: 'move' | 'cancel'; appointment: Appointment };

/** Finds bookings by code, name or phone number (or a date), with moving and cancelling. */
export function AppointmentSearch({ options, version, cityDesk, onChanged }: AppointmentSearchProps) {
  const { api } = useSession();
  const announce = useAnnounce();
  const id = useId();
  const [query, setQuery] = useState('');
  const [date, setDate] = useState('');
  const [found, setFound] = useState<Appointment[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  /** Counts the searches asked for here: each brings its results into view. */
  const [searches, setSearches] = useState(0);
  const lastSearch = useRef<{ query?: string; date?: string } | null>(null);
  const results = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const run = async (search: { query?: string; date?: string }, quiet = false) => {
    lastSearch.current = search;
    setError(null);
    try {
      const appointments = await api.call('searchAppointments', { query: search });
      setFound(appointments);
      if (!quiet) {
        setSearches((count) => count + 1);
        announce(appointments.length === 0 ? text.noneFound : text.foundAppointments(appointments.length));
      }
    } catch (failure) {
      setError(asApiError(failure));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const search = { ...(query.trim() && { query: query.trim() }), ...(date && { date }) };
    setMissing(!search.query && !search.date);
    if (search.query || search.date) void run(search);
  };
  // Only `version` says when; `run` reads what it needs itself.
  const searchAgain = useLatest(() => {
    if (lastSearch.current) void run(lastSearch.current, true);
  });
  useEffect(() => searchAgain.current(), [searchAgain, version]);
  // The results start below the search form, often below the screen's edge: scrolled just into
  // view (the search stays in sight when they fit) and their heading focused, so sighted and
  // screen-reader users alike land on them.
  useEffect(() => {
    if (searches === 0) return;
    resultsHeading.current?.focus({ preventScroll: true });
    results.current?.scrollIntoView({ block: 'nearest' });
  }, [searches]);

  const done = (message: string) => {
    setAction(null);
    announce(message);
    onChanged(message);
  };

  return (
    <section className="booking-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.searchTitle}</h2>
      <form className="appointment-search" onSubmit={submit} noValidate>
        <div className="booking-field grow">
          <label htmlFor={`${id}-query`}>{text.query}</label>
          {missing && (
            <p className="field-error" id={`${id}-missing`}>
              {text.queryMissing}
            </p>
          )}
          <input id={`${id}-query`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" aria-describedby={missing ? `${id}-missing` : undefined} />
        </div>
        <div className="booking-field">
          <label htmlFor={`${id}-date`}>{text.date}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <button type="submit" className="button primary">
          {text.find}
        </button>
      </form>
      {error && <ErrorText error={error} />}
      {found && (
        <div className="search-results" data-testid="search-results" ref={results}>
          <h3 className="results-heading" id={`${id}-results`} ref={resultsHeading} tabIndex={-1}>
            {text.resultsHeading(found.length)}
          </h3>
          <AppointmentTable appointments={found} options={options} cityDesk={cityDesk} labelledBy={`${id}-results`} onAction={setAction} />
        </div>
      )}
      {action?.kind === 'move' && <MoveDialog appointment={action.appointment} options={options} onMoved={done} onClose={() => setAction(null)} />}
      {action?.kind === 'cancel' && <CancelDialog appointment={action.appointment} options={options} onCancelled={done} onClose={() => setAction(null)} />}
    </section>
  );
}

function AppointmentTable({
  appointments,
  options,
  cityDesk,
  labelledBy,
  onAction,
}: {
  appointments: Appointment[];
  options: BookingOptions;
  cityDesk: string | null;
  labelledBy: string;
  onAction(action: Action): void;
}) {
  if (appointments.length === 0) return <p className="notice">{text.noneFound}</p>;
  return (
    <table className="appointment-table" data-testid="appointment-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{text.columns.time}</th>
          <th scope="col">{text.columns.name}</th>
          <th scope="col">{text.columns.contact}</th>
          <th scope="col">{text.columns.code}</th>
          <th scope="col">{text.columns.status}</th>
          <th scope="col">{text.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {appointments.map((appointment) => {
          const when = formatWhen(appointment.start, options.timeZone);
          const name = appointment.name ?? text.deleted;
          const sms = smsLine(appointment.messages, options.timeZone);
          return (
            <tr key={appointment.code} data-code={appointment.code}>
              <th scope="row">
                {formatSpan(appointment.start, appointment.end, options.timeZone)}
                <span className="cell-detail">{appointment.serviceName.da}</span>
              </th>
              <td>{name}</td>
              <td>
                {[appointment.phone, appointment.email].filter(Boolean).map((contact) => (
                  <span key={contact} className="cell-line">
                    {contact}
                  </span>
                ))}
                {sms !== null && <span className="cell-detail">{sms}</span>}
              </td>
              <td className="code-cell">{spacedCode(appointment.code)}</td>
              <td>
                {text.status[appointment.status]}
                <span className="cell-detail">{text.channel[appointment.channel]}</span>
              </td>
              <td className="actions-cell">
                {appointment.status === 'booked' && cityDesk && (
                  <a href={cityDesk} aria-label={text.changeAtCityFor(name, when)}>
                    {text.changeAtCity}
                  </a>
                )}
                {appointment.status === 'booked' && !cityDesk && (
                  <>
                    <button type="button" className="button small" onClick={() => onAction({ kind: 'move', appointment })} aria-label={text.actionFor(text.move, name, when)}>
                      {text.move}
                    </button>
                    <button type="button" className="button small" onClick={() => onAction({ kind: 'cancel', appointment })} aria-label={text.actionFor(text.cancelAppointment, name, when)}>
                      {text.cancelAppointment}
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
