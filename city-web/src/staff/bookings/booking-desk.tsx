import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CityAppointment, CityBookingOptions } from '@dintur/shared';
import { asApiError, useAnnounce, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { PageHeading } from '../ui/page-heading.js';
import { AppointmentSearch } from './appointment-search.js';
import { BookDialog } from './book-dialog.js';
import { formatSpan, spacedCode } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { DayList } from './day-list.js';
import { centresOf } from './desk-model.js';
import { FreeTimes, type ChosenSlot } from './free-times.js';
import './booking-desk.css';

/**
 * The contact centre's booking desk at the hub (`/staff/bookings`; agents, managers and admins):
 * free times at every centre across services and days, booked for a caller; bookings found by
 * code, name or phone number at any centre, moved within their centre or cancelled; and a
 * centre's day list. Danish, for a 1366×768 screen, keyboard and screen reader.
 */
export function BookingDesk() {
  const city = useCity();
  const announce = useAnnounce();
  const [options, setOptions] = useState<CityBookingOptions | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const [booked, setBooked] = useState<CityAppointment | null>(null);
  const [takenNotice, setTakenNotice] = useState(false);
  const [version, setVersion] = useState(0);
  // Counts the bookings made here: each new one takes focus (a change from a list does not).
  const [bookedCount, setBookedCount] = useState(0);
  const bookedPanel = useRef<HTMLDivElement>(null);
  const takenLine = useRef<HTMLParagraphElement>(null);
  const centres = useMemo(() => (options ? centresOf(options) : []), [options]);

  useEffect(() => {
    let current = true;
    setFailure(null);
    city.call('bookingOptions').then(
      (answer) => current && setOptions(answer),
      (error: unknown) => current && setFailure(asApiError(error)),
    );
    return () => {
      current = false;
    };
  }, [city, attempt]);
  useEffect(() => {
    if (bookedCount > 0) bookedPanel.current?.focus();
  }, [bookedCount]);
  useEffect(() => {
    if (takenNotice) takenLine.current?.focus();
  }, [takenNotice]);

  const changed = () => setVersion((value) => value + 1);
  // The booking just made, moved or cancelled from a list: the panel says what holds now.
  const changedInList = (appointment: CityAppointment) => {
    setBooked((shown) => (shown?.code !== appointment.code ? shown : appointment.status === 'booked' ? appointment : null));
    changed();
  };

  return (
    <div className="booking-desk">
      <PageHeading>{strings.pageTitles.bookings}</PageHeading>
      <p className="lead">{text.lead}</p>
      {failure ? (
        <div className="desk-failure">
          <p>{text.failed}</p>
          <ErrorText error={failure} />
          <button type="button" className="button" onClick={() => setAttempt((value) => value + 1)}>
            {strings.tryAgain}
          </button>
        </div>
      ) : !options ? (
        <p className="page-loading">{text.loading}</p>
      ) : options.services.length === 0 ? (
        <p className="notice">{text.noBookableServices}</p>
      ) : (
        <>
          {booked && <BookedPanel booked={booked} timeZone={options.timeZone} panel={bookedPanel} />}
          {takenNotice && (
            <p className="warning-text" role="alert" tabIndex={-1} ref={takenLine} data-testid="taken-notice">
              {text.slotTaken}
            </p>
          )}
          <div className="booking-columns">
            <FreeTimes
              options={options}
              centres={centres}
              version={version}
              onChoose={(slot) => {
                setTakenNotice(false);
                setChosen(slot);
              }}
            />
            <div className="booking-lists">
              <AppointmentSearch options={options} centres={centres} version={version} onChanged={changedInList} />
              <DayList options={options} centres={centres} version={version} onChanged={changedInList} />
            </div>
          </div>
          {chosen && (
            <BookDialog
              chosen={chosen}
              options={options}
              onClose={() => setChosen(null)}
              onTaken={() => {
                setChosen(null);
                // The booking shown before was another caller's: only the time just lost matters now.
                setBooked(null);
                setTakenNotice(true);
                changed();
              }}
              onBooked={(appointment) => {
                setChosen(null);
                setBooked(appointment);
                setBookedCount((count) => count + 1);
                changed();
                announce(text.booked(spacedCode(appointment.code)));
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

/** The booking just made, with its code large enough to read out on the phone. No CPR number: it is never shown back. */
function BookedPanel({ booked, timeZone, panel }: { booked: CityAppointment; timeZone: string; panel: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="booked-panel" tabIndex={-1} ref={panel} role="region" aria-labelledby="booked-title" data-testid="booked-panel">
      <h2 id="booked-title">{text.bookedTitle}</h2>
      <p data-testid="booked-summary">
        {booked.name} · {booked.serviceName.da} · {booked.centreName} · {formatSpan(booked.start, booked.end, timeZone)}
      </p>
      <p>{text.readCode}</p>
      <p className="booked-code" data-code={booked.code}>
        {spacedCode(booked.code)}
      </p>
      <p className="booked-spelled">{text.spelled(booked.code)}</p>
      {booked.healthCardCheckIn && <p>{text.healthCard}</p>}
    </div>
  );
}
