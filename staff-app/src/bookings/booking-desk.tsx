import { useEffect, useRef, useState } from 'react';
import type { Appointment, BookingOptions } from '@dintur/shared';
import { asApiError, useAnnounce, type ApiError } from '@dintur/web';
import { useSession } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { AppointmentSearch } from './appointment-search.js';
import { BookDialog } from './book-dialog.js';
import { formatSpan, spacedCode } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { FreeTimes, type ChosenSlot } from './free-times.js';
import './booking-desk.css';

/**
 * The contact centre's booking desk (`/staff/bookings`, agents, managers and admins): find free
 * times across services and days and book one for a caller; find a booking by code, name or
 * phone number and move or cancel it. Danish, for a 1366×768 screen, keyboard and screen reader.
 * A centre linked to the city hub books, moves and cancels at the hub's booking desk (one
 * calendar for the city); here the desk then finds the bookings the hub delivered, for check-in.
 */
export function BookingDesk() {
  const { api } = useSession();
  const announce = useAnnounce();
  const [options, setOptions] = useState<BookingOptions | null>(null);
  /** The hub's booking desk when the centre is linked, null when it books itself; undefined until known. */
  const [cityDesk, setCityDesk] = useState<string | null | undefined>(undefined);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [takenNotice, setTakenNotice] = useState(false);
  const [version, setVersion] = useState(0);
  const bookedPanel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    api.call('bookingOptions').then(setOptions, (error: unknown) => setFailure(asApiError(error)));
    // A centre that cannot say (an old server) books as before.
    api.call('cityLink').then(
      (link) => setCityDesk(link.configured ? (link.bookingDeskUrl ?? null) : null),
      () => setCityDesk(null),
    );
  }, [api]);
  useEffect(() => {
    if (booked) bookedPanel.current?.focus();
  }, [booked]);

  if (failure) return <ErrorText error={failure} />;
  if (!options || cityDesk === undefined) return <p className="page-loading">{text.loading}</p>;

  return (
    <div className="booking-desk">
      <h1 className="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p className="lead">{cityDesk ? text.cityDeskLead : text.lead}</p>
      {booked && (
        <div className="booked-panel" tabIndex={-1} ref={bookedPanel} role="region" aria-labelledby="booked-title" data-testid="booked-panel">
          <h2 id="booked-title">{text.bookedTitle}</h2>
          <p>
            {booked.name} · {booked.serviceName.da} · {formatSpan(booked.start, booked.end, options.timeZone)}
          </p>
          <p>{text.readCode}</p>
          <p className="booked-code" data-code={booked.code}>
            {spacedCode(booked.code)}
          </p>
          <p className="subtle">{text.spelled(booked.code)}</p>
        </div>
      )}
      {takenNotice && (
        <p className="notice" role="alert">
          {text.slotTaken}
        </p>
      )}
      <div className="booking-columns">
        {cityDesk ? (
          <section className="booking-panel" aria-labelledby="city-desk-title" data-testid="city-booking-desk">
            <h2 id="city-desk-title">{text.cityTitle}</h2>
            <p>{text.cityLead}</p>
            <p>
              <a className="button" href={cityDesk}>
                {text.cityLink}
              </a>
            </p>
          </section>
        ) : (
          <FreeTimes
            options={options}
            version={version}
            onChoose={(slot) => {
              setTakenNotice(false);
              setChosen(slot);
            }}
          />
        )}
        <AppointmentSearch options={options} version={version} cityDesk={cityDesk} onChanged={() => setVersion((value) => value + 1)} />
      </div>
      {chosen && (
        <BookDialog
          chosen={chosen}
          options={options}
          onClose={() => setChosen(null)}
          onTaken={() => {
            setChosen(null);
            setTakenNotice(true);
            setVersion((value) => value + 1);
          }}
          onBooked={(appointment) => {
            setChosen(null);
            setBooked(appointment);
            setVersion((value) => value + 1);
            announce(text.booked(spacedCode(appointment.code)));
          }}
        />
      )}
    </div>
  );
}
