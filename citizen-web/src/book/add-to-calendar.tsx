import { useMemo } from 'react';
import { localName, pageAddresses, type Appointment, type BookingOptions } from '@dintur/shared';
import { spacedCode } from '../format/time.js';
import { useLanguage } from '../i18n/language.js';
import { calendarFile, calendarHref } from './calendar-file.js';

type AddToCalendarProps = {
  appointment: Appointment;
  options: BookingOptions;
  /** How to check in, as the page says it. */
  checkIn: string;
  /** What to bring, as the centre wrote it, or null. */
  bring: string | null;
};

/**
 * "Add to calendar": a calendar file (.ics) of the appointment, made here in the browser from what
 * the page shows — the time, the place with its address, the booking code, how to check in and
 * what to bring — downloaded by the link itself, so nothing about the booking goes anywhere else.
 */
export function AddToCalendar({ appointment, options, checkIn, bring }: AddToCalendarProps) {
  const { t, lang } = useLanguage();
  const href = useMemo(() => {
    const page = new URL(pageAddresses.appointment(appointment.code), window.location.origin).href;
    const file = calendarFile({
      code: appointment.code,
      start: appointment.start,
      end: appointment.end,
      title: `${localName(appointment.serviceName, lang)} – ${options.centreName}`,
      location: [options.centreName, localName(appointment.unitName, lang), options.address].filter((part) => part).join(', '),
      notes: [t.calendarCode(spacedCode(appointment.code)), checkIn, ...(bring ? [`${t.bringTitle}: ${bring}`] : []), t.calendarPage(page)],
      url: page,
      now: new Date().toISOString(),
    });
    return calendarHref(file);
  }, [appointment, options, checkIn, bring, lang, t]);
  return (
    <p className="add-to-calendar">
      <a className="button button-secondary" href={href} download={t.calendarFileName(appointment.code)} aria-describedby="calendar-hint" data-testid="add-to-calendar">
        {t.addToCalendar}
      </a>
      <span className="hint" id="calendar-hint">
        {t.addToCalendarHint}
      </span>
    </p>
  );
}
