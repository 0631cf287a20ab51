import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CityAppointment, CityBookingOptions } from '@dintur/shared';
import { asApiError, useAnnounce, useLatest, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatDay } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { AppointmentTable } from './appointment-table.js';
import { dayListOrder, type DeskCentre } from './desk-model.js';
import { useAppointmentActions } from './use-appointment-actions.js';

type DayListProps = {
  options: CityBookingOptions;
  centres: DeskCentre[];
  version: number;
  /** A booking was moved or cancelled here: free times and lists elsewhere change. */
  onChanged(changed: CityAppointment): void;
};

type Shown = { centre: DeskCentre; date: string; appointments: CityAppointment[] };

/** All bookings of one centre on one date, every status, in time order: what the centre will see that day. */
export function DayList({ options, centres, version, onChanged }: DayListProps) {
  const city = useCity();
  const announce = useAnnounce();
  const id = useId();
  const [centreId, setCentreId] = useState(centres[0]?.id ?? '');
  const [date, setDate] = useState(options.today);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const last = useRef<{ centre: DeskCentre; date: string } | null>(null);
  const actions = useAppointmentActions(options, onChanged);

  const run = async (wanted: { centre: DeskCentre; date: string }, quiet = false) => {
    last.current = wanted;
    setError(null);
    setLoading(true);
    try {
      const appointments = await city.call('citySearchAppointments', { query: { centreId: wanted.centre.id, date: wanted.date } });
      if (last.current !== wanted) return;
      // Only this centre's, whatever else the hub might add.
      const ordered = dayListOrder(appointments.filter((appointment) => appointment.centreId === wanted.centre.id));
      setShown({ ...wanted, appointments: ordered });
      if (!quiet) announce(text.dayListShown(wanted.centre.name, formatDay(wanted.date), ordered.length));
    } catch (failure) {
      if (last.current === wanted) setError(asApiError(failure));
    } finally {
      if (last.current === wanted) setLoading(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const centre = centres.find((candidate) => candidate.id === centreId);
    if (centre && date) void run({ centre, date });
  };
  // A booking, move or cancellation changed the day: the shown list is fetched again. Only `version` says when.
  const listAgain = useLatest(() => {
    if (last.current) void run(last.current, true);
  });
  useEffect(() => listAgain.current(), [listAgain, version]);

  const stillBooked = shown?.appointments.filter((appointment) => appointment.status === 'booked').length ?? 0;

  return (
    <section className="booking-panel" aria-labelledby={`${id}-title`} data-testid="day-list">
      <h2 id={`${id}-title`}>{text.dayListTitle}</h2>
      <form className="appointment-search" onSubmit={submit}>
        <div className="booking-field grow">
          <label htmlFor={`${id}-centre`}>{text.dayListCentre}</label>
          <select id={`${id}-centre`} name="day-centre" value={centreId} onChange={(event) => setCentreId(event.target.value)}>
            {centres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {centre.name}
              </option>
            ))}
          </select>
        </div>
        <div className="booking-field">
          <label htmlFor={`${id}-date`}>{text.dayListDate}</label>
          <input id={`${id}-date`} name="day" type="date" value={date} onChange={(event) => event.target.value && setDate(event.target.value)} />
        </div>
        <button type="submit" className="button primary" disabled={loading}>
          {text.showDayList}
        </button>
      </form>
      <ErrorText error={error} />
      {actions.doneMessage}
      {shown &&
        (shown.appointments.length === 0 ? (
          <p className="notice" data-testid="day-list-empty">
            {text.dayListCaption(shown.centre.name, formatDay(shown.date))}: {text.dayListEmpty}
          </p>
        ) : (
          <>
            <AppointmentTable
              appointments={shown.appointments}
              timeZone={options.timeZone}
              caption={text.dayListCaption(shown.centre.name, formatDay(shown.date))}
              oneCentreDay
              onAction={actions.open}
              testId="day-list-table"
            />
            <p className="subtle day-list-summary">{text.dayListSummary(shown.appointments.length, stillBooked)}</p>
          </>
        ))}
      {actions.dialogs}
    </section>
  );
}
