import { useEffect, useId, useState } from 'react';
import type { Appointment, BookingOptions, ServiceDaySlots } from '@dintur/shared';
import { asApiError, clockTime, localDateOf, type ApiError } from '@dintur/web';
import { useSession } from '../session/session.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { formatDay, formatSpan, formatWhen } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';

/** Days of free times shown when moving. */
const moveDays = 7;

/** Moves a booking to another free time of its service: choose a day range and a time, then confirm. */
export function MoveDialog({ appointment, options, onMoved, onClose }: { appointment: Appointment; options: BookingOptions; onMoved(message: string): void; onClose(): void }) {
  const { api } = useSession();
  const id = useId();
  const [from, setFrom] = useState(() => {
    const day = localDateOf(appointment.start, options.timeZone);
    return day < options.today ? options.today : day;
  });
  const [free, setFree] = useState<ServiceDaySlots[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let current = true;
    setFree(null);
    api
      .call('freeSlots', { query: { serviceIds: appointment.serviceId, from, days: moveDays } })
      .then((entries) => current && setFree(entries))
      .catch((error: unknown) => current && setFailure(asApiError(error)));
    return () => {
      current = false;
    };
  }, [api, appointment.serviceId, from]);

  const confirm = async () => {
    if (sending) return;
    if (!chosen) {
      setMissing(true);
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      const moved = await api.call('moveAppointment', { params: { code: appointment.code }, body: { start: chosen } });
      onMoved(text.moved(formatWhen(moved.start, options.timeZone)));
    } catch (error) {
      setSending(false);
      setFailure(asApiError(error));
    }
  };

  return (
    <Dialog title={text.moveTitle} description={`${appointment.name ?? text.deleted}, ${appointment.serviceName.da}. ${text.currentTime(formatSpan(appointment.start, appointment.end, options.timeZone))}`} onClose={onClose} className="move-dialog">
      <div className="booking-field">
        <label htmlFor={`${id}-from`}>{text.from}</label>
        <input id={`${id}-from`} type="date" value={from} min={options.today} onChange={(event) => event.target.value && setFrom(event.target.value)} />
      </div>
      <fieldset className="move-times" aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{text.chooseNewTime}</legend>
        {missing && (
          <p className="field-error" id={`${id}-missing`}>
            {text.chooseFirst}
          </p>
        )}
        {free === null ? (
          <p>{text.loading}</p>
        ) : free.length === 0 ? (
          <p>{text.found(0, 0)}</p>
        ) : (
          free.map((entry) => (
            <div key={entry.date} className="move-day" role="group" aria-label={formatDay(entry.date)}>
              <p className="service-times-name">{formatDay(entry.date)}</p>
              <div className="slot-buttons">
                {entry.slots
                  .filter((slot) => slot.start !== appointment.start)
                  .map((slot) => (
                    <label key={slot.start} className={`slot-choice${chosen === slot.start ? ' chosen' : ''}`}>
                      <input type="radio" name={`${id}-slot`} value={slot.start} checked={chosen === slot.start} onChange={() => setChosen(slot.start)} />
                      {clockTime(slot.start, options.timeZone)}
                    </label>
                  ))}
              </div>
            </div>
          ))
        )}
      </fieldset>
      {failure && <ErrorText error={failure} />}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={confirm} disabled={sending}>
          {sending ? text.moving : chosen ? text.confirmMove(formatWhen(chosen, options.timeZone)) : text.confirmMove('…')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {text.cancel}
        </button>
      </div>
    </Dialog>
  );
}
