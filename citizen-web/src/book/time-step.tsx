import { useEffect, useId, useState } from 'react';
import type { BookableService, Slot } from '@dintur/shared';
import { call } from '../api/api-client.js';
import { formatDay, formatDayShort, formatTime } from '../format/time.js';
import { useLanguage } from '../i18n/language.js';
import { addDays, Link, navigate } from '@dintur/web';
import { messageOf } from '../ui/errors.js';
import { ErrorPanel, Loading } from '../ui/page-shell.js';
import { useResource } from '../ui/use-resource.js';

/** Day chips shown at once; later days through the date field. */
const daysShown = 14;

type TimeStepProps = {
  service: BookableService;
  timeZone: string;
  /** The chosen local date, or null: the first day with a free time is looked for. */
  date: string | null;
  /** An appointment's own time, left out when moving it. */
  exclude?: string;
  /** The address of a day, and of a chosen time of it. */
  hrefOf(step: { date: string; start?: string }): string;
};

/** Whether a day has a free time (for finding the first day worth showing). */
async function freeSlotsOn(serviceId: string, date: string, exclude?: string): Promise<Slot[]> {
  const slots = await call('serviceSlots', { params: { id: serviceId }, query: { date } });
  return slots.filter((slot) => slot.available > 0 && slot.start !== exclude);
}

/** The first day from `from` with a free time, among the next `daysShown`; else `from`. */
function useFirstFreeDay(service: BookableService, wanted: string | null, exclude: string | undefined): string | null {
  const [found, setFound] = useState<string | null>(null);
  useEffect(() => {
    if (wanted !== null) return;
    let current = true;
    (async () => {
      for (let offset = 0; offset < daysShown && current; offset += 1) {
        const date = addDays(service.firstDate, offset);
        if (date > service.lastDate) break;
        const free = await freeSlotsOn(service.id, date, exclude).catch(() => []);
        if (free.length > 0) return date;
      }
      return service.firstDate;
    })().then((date) => current && setFound(date));
    return () => {
      current = false;
    };
  }, [service, wanted, exclude]);
  return wanted ?? found;
}

/**
 * Choosing a day and a free time: a row of day chips (two weeks; any later day with the date
 * field), then the day's free times as big buttons. Days and times are links, so the phone's back
 * button steps back through the choices.
 */
export function TimeStep({ service, timeZone, date: wanted, exclude, hrefOf }: TimeStepProps) {
  const { t, lang } = useLanguage();
  const id = useId();
  const date = useFirstFreeDay(service, wanted, exclude);
  const slots = useResource(date === null ? null : `${service.id} ${date}`, () => freeSlotsOn(service.id, date!, exclude));
  const days = Array.from({ length: daysShown }, (_, offset) => addDays(service.firstDate, offset)).filter((day) => day <= service.lastDate);

  return (
    <div className="time-step">
      <nav aria-labelledby={`${id}-days`}>
        <h2 id={`${id}-days`} className="visually-hidden">
          {t.day}
        </h2>
        <ul className="day-strip">
          {days.map((day) => {
            const short = formatDayShort(day, lang);
            return (
              <li key={day}>
                <Link className="day-chip" href={hrefOf({ date: day })} aria-current={day === date ? 'date' : undefined} title={formatDay(day, lang)}>
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
            min={service.firstDate}
            max={service.lastDate}
            value={date ?? ''}
            onChange={(event) => {
              const chosen = event.target.value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(chosen) && chosen >= service.firstDate && chosen <= service.lastDate) navigate(hrefOf({ date: chosen }));
            }}
          />
        </div>
      </nav>

      {date === null || slots.loading ? (
        <Loading />
      ) : slots.error ? (
        <ErrorPanel message={messageOf(slots.error, t)} onRetry={slots.reload} />
      ) : (
        <section aria-labelledby={`${id}-times`}>
          <h2 id={`${id}-times`}>{t.timesOn(formatDay(date, lang))}</h2>
          {slots.data?.length === 0 ? (
            <p className="panel">{t.noTimes}</p>
          ) : (
            <ul className="time-grid">
              {slots.data?.map((slot) => (
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
      )}
    </div>
  );
}
