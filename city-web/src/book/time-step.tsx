import { useEffect, useId, useState } from 'react';
import type { CityBookingCentre, CitySlot } from '@dintur/shared';
import { Link, navigate } from '@dintur/web';
import { usePoll } from '../ui/use-poll.js';
import { formatDay, formatDayShort, formatTime, localDateOf } from './book-format.js';
import { useBookLanguage } from './book-language.js';
import { dayChips, freeSlots } from './book-model.js';
import { city } from './book-state.js';
import { ErrorPanel, Loading, messageOf } from './book-ui.js';

/** A day's times are asked for again this often while the page is seen. */
const refreshMs = 30_000;

type TimeStepProps = {
  serviceId: string;
  centre: CityBookingCentre;
  timeZone: string;
  /** The chosen local date, or null: the centre's first day with a free time is shown. */
  date: string | null;
  /** An appointment's own time, left out when moving it. */
  exclude?: string;
  /** The address of a day, and of a chosen time of it. */
  hrefOf(step: { date: string; start?: string }): string;
};

/** The centre's first day with a free time (one question to the hub), else its first bookable day. */
function useFirstFreeDay(serviceId: string, centre: CityBookingCentre, timeZone: string, wanted: string | null, exclude: string | undefined): string | null {
  const [found, setFound] = useState<string | null>(null);
  useEffect(() => {
    if (wanted !== null) return;
    let current = true;
    city
      .call('earliestSlots', { params: { serviceId }, query: { from: centre.firstDate, perCentre: 2 } })
      .then((answer) => {
        const own = answer.find((candidate) => candidate.centreId === centre.centreId);
        const first = freeSlots(own?.slots ?? [], exclude)[0];
        return first ? localDateOf(first.start, timeZone) : centre.firstDate;
      })
      .catch(() => centre.firstDate)
      .then((date) => current && setFound(date));
    return () => {
      current = false;
    };
  }, [serviceId, centre, timeZone, wanted, exclude]);
  return wanted ?? found;
}

/**
 * Choosing a day and a free time at one centre: a row of day chips (two weeks; any later day
 * with the date field), then the day's free times as big links. Days and times are links, so
 * the phone's back button steps back through the choices.
 */
export function TimeStep({ serviceId, centre, timeZone, date: wanted, exclude, hrefOf }: TimeStepProps) {
  const { t, lang } = useBookLanguage();
  const id = useId();
  const date = useFirstFreeDay(serviceId, centre, timeZone, wanted, exclude);
  return (
    <div className="time-step">
      <nav aria-labelledby={`${id}-days`}>
        <h2 id={`${id}-days`} className="visually-hidden">
          {t.day}
        </h2>
        <ul className="day-strip">
          {dayChips(centre).map((day) => {
            const short = formatDayShort(day, lang);
            return (
              <li key={day}>
                <Link className="day-chip" href={hrefOf({ date: day })} aria-current={day === date ? 'date' : undefined} title={formatDay(day, lang)} data-date={day}>
                  <span className="day-chip-weekday">{short.weekday}</span> <span className="day-chip-day">{short.day}</span>{' '}
                  <span className="day-chip-month">{short.month}</span>
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="field field-inline">
          <label htmlFor={`${id}-other`}>{t.otherDay}</label>
          <input
            id={`${id}-other`}
            type="date"
            className="input"
            min={centre.firstDate}
            max={centre.lastDate}
            value={date ?? ''}
            onChange={(event) => {
              const chosen = event.target.value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(chosen) && chosen >= centre.firstDate && chosen <= centre.lastDate) navigate(hrefOf({ date: chosen }));
            }}
          />
        </div>
      </nav>
      {date === null ? <Loading /> : <DayTimes key={date} serviceId={serviceId} centre={centre} timeZone={timeZone} date={date} exclude={exclude} hrefOf={hrefOf} />}
    </div>
  );
}

function DayTimes({ serviceId, centre, timeZone, date, exclude, hrefOf }: Omit<TimeStepProps, 'date'> & { date: string }) {
  const { t, lang } = useBookLanguage();
  const id = useId();
  const slots = usePoll(() => city.call('citySlots', { params: { serviceId }, query: { date, centreId: centre.centreId } }), refreshMs);
  if (slots.data === null) return slots.error ? <ErrorPanel message={messageOf(slots.error, t)} onRetry={slots.refresh} /> : <Loading />;
  const free: CitySlot[] = freeSlots(
    slots.data.filter((slot) => slot.centreId === centre.centreId),
    exclude,
  );
  return (
    <section aria-labelledby={`${id}-times`}>
      <h2 id={`${id}-times`}>{t.timesOn(formatDay(date, lang))}</h2>
      {slots.error !== null && (
        <p className="panel panel-warning" role="status">
          {t.timesStale}
        </p>
      )}
      {free.length === 0 ? (
        <p className="panel">{t.noTimes}</p>
      ) : (
        <ul className="time-grid">
          {free.map((slot) => (
            <li key={slot.start}>
              <Link className="time" href={hrefOf({ date, start: slot.start })} data-start={slot.start}>
                <span className="time-clock">{formatTime(slot.start, lang, timeZone)}</span>
                {/* One place is the rule; more is worth saying (several counters take the service). */}
                {slot.available > 1 && <span className="time-places">{t.placesLeft(slot.available)}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
