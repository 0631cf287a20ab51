import { useEffect, useId, useState } from 'react';
import type { CityAppointment, CityBookingOptions, CityServiceDaySlots } from '@dintur/shared';
import { asApiError, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatClockIn, formatDay, formatSpan, formatWhen, localDateOf } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { Dialog } from './dialog.js';

/** Days of free times shown when moving. */
const moveDays = 7;

type MoveDialogProps = { appointment: CityAppointment; options: CityBookingOptions; onMoved(moved: CityAppointment, message: string): void; onClose(): void };

/**
 * Moves a booking to another free time of its service at the same centre (the hub keeps its
 * code): choose a first day and a time, then confirm.
 */
export function MoveDialog({ appointment, options, onMoved, onClose }: MoveDialogProps) {
  const city = useCity();
  const id = useId();
  const [from, setFrom] = useState(() => {
    const day = localDateOf(appointment.start, options.timeZone);
    return day < options.today ? options.today : day;
  });
  const [free, setFree] = useState<CityServiceDaySlots[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [taken, setTaken] = useState(false);
  const [sending, setSending] = useState(false);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFree(null);
    city
      .call('cityFreeSlots', { query: { serviceIds: appointment.serviceId, centreIds: appointment.centreId, from, days: moveDays } })
      .then((entries) => current && setFree(entries.filter((entry) => entry.centreId === appointment.centreId && entry.serviceId === appointment.serviceId)))
      .catch((error: unknown) => current && setFailure(asApiError(error)));
    return () => {
      current = false;
    };
  }, [city, appointment.serviceId, appointment.centreId, from, attempt]);

  const confirm = async () => {
    if (sending) return;
    if (!chosen) {
      setMissing(true);
      document.getElementById(`${id}-times`)?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setSending(true);
    setFailure(null);
    setTaken(false);
    try {
      const moved = await city.call('cityMoveAppointment', { params: { code: appointment.code }, body: { start: chosen } });
      onMoved(moved, text.moved(formatWhen(moved.start, options.timeZone)));
    } catch (error) {
      const problem = asApiError(error);
      setSending(false);
      // 409 conflict: taken meanwhile; say so, and offer what is free now. (Another 409, such as
      // the booking cancelled meanwhile, is said as it is.)
      if (problem.status === 409 && problem.code === 'conflict') {
        setTaken(true);
        setChosen(null);
        setAttempt((value) => value + 1);
      } else {
        setFailure(problem);
      }
    }
  };

  const days = (free ?? []).map((entry) => ({ ...entry, slots: entry.slots.filter((slot) => slot.start !== appointment.start && slot.available > 0) })).filter((entry) => entry.slots.length > 0);

  return (
    <Dialog
      title={text.moveTitle}
      description={`${appointment.name ?? text.deleted}, ${appointment.serviceName.da}, ${appointment.centreName}. ${text.currentTime(formatSpan(appointment.start, appointment.end, options.timeZone))}`}
      onClose={onClose}
      className="move-dialog"
    >
      <p className="booking-hint">{text.sameCentre(appointment.centreName)}</p>
      <div className="booking-field move-from">
        <label htmlFor={`${id}-from`}>{text.from}</label>
        <input id={`${id}-from`} type="date" value={from} min={options.today} onChange={(event) => event.target.value && setFrom(event.target.value)} />
      </div>
      {taken && (
        <p className="notice" role="alert">
          {text.slotTaken}
        </p>
      )}
      <fieldset className="move-times" id={`${id}-times`} aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{text.chooseNewTime}</legend>
        {missing && (
          <p className="field-error" id={`${id}-missing`}>
            {text.chooseFirst}
          </p>
        )}
        {free === null ? (
          <p>{text.loading}</p>
        ) : days.length === 0 ? (
          <p>{text.noOtherTimes}</p>
        ) : (
          days.map((entry) => (
            <div key={entry.date} className="move-day" role="group" aria-label={formatDay(entry.date)}>
              <p className="move-day-name">{formatDay(entry.date)}</p>
              <div className="slot-choices">
                {entry.slots.map((slot) => (
                  <label key={slot.start} className={`slot-choice${chosen === slot.start ? ' chosen' : ''}`}>
                    <input
                      type="radio"
                      name={`${id}-slot`}
                      value={slot.start}
                      checked={chosen === slot.start}
                      onChange={() => {
                        setChosen(slot.start);
                        setMissing(false);
                      }}
                    />
                    {formatClockIn(slot.start, options.timeZone)}
                  </label>
                ))}
              </div>
            </div>
          ))
        )}
      </fieldset>
      <ErrorText error={failure} />
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={() => void confirm()} disabled={sending}>
          {sending ? text.moving : text.confirmMove(chosen ? formatWhen(chosen, options.timeZone) : '…')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {text.cancel}
        </button>
      </div>
    </Dialog>
  );
}
