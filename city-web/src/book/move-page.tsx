import { useId, useState } from 'react';
import { localName, type CityAppointment, type CityBookingOptions } from '@dintur/shared';
import { Link, navigate } from '@dintur/web';
import { useBookLanguage } from './book-language.js';
import { isSlotFull, isStartRefused } from './book-model.js';
import { appointmentHref, moveHref } from './book-routes.js';
import { city, useBookState } from './book-state.js';
import { AppointmentTime, BackLink, ErrorPanel, Redirect, Loading, messageOf, PageHeading } from './book-ui.js';
import { TimeStep } from './time-step.js';
import { useResource } from './use-resource.js';
import { NoticePanel } from './when-step.js';

/** `/book/{code}/move`: another free time of the same service at the same centre, then a confirmation. */
export function MovePage({ code, date, start, notice }: { code: string; date: string | null; start: string | null; notice: string | null }) {
  const { t, lang } = useBookLanguage();
  const { options } = useBookState();
  const appointment = useResource(`appointment ${code}`, () => city.call('cityGetAppointment', { params: { code } }));
  if (options.loading || appointment.loading) return <Loading />;
  if (!options.data) return <ErrorPanel message={messageOf(options.error, t)} onRetry={options.reload} />;
  if (!appointment.data) return <ErrorPanel message={messageOf(appointment.error, t, t.appointmentNotFound)} onRetry={appointment.reload} />;
  const current = appointment.data;
  const centre = options.data.services.find((candidate) => candidate.id === current.serviceId)?.centres.find((candidate) => candidate.centreId === current.centreId);
  if (current.status !== 'booked' || !centre) return <Redirect to={appointmentHref(code, lang)} />;
  return (
    <>
      <PageHeading>{t.moveTitle}</PageHeading>
      <p>{t.moveLead(current.centreName)}</p>
      <p className="chosen-service">
        <span className="summary-label">{t.currentTime}: </span>
        {localName(current.serviceName, lang)}, <span data-testid="current-time"><AppointmentTime start={current.start} end={current.end} timeZone={options.data.timeZone} /></span>
      </p>
      <NoticePanel notice={notice} />
      {start !== null && date !== null ? (
        <ConfirmMove appointment={current} options={options.data} date={date} start={start} />
      ) : (
        <TimeStep serviceId={current.serviceId} centre={centre} timeZone={options.data.timeZone} date={date} exclude={current.start} hrefOf={(step) => moveHref(code, lang, step)} />
      )}
      <BackLink href={appointmentHref(code, lang)}>{t.back}</BackLink>
    </>
  );
}

function ConfirmMove({ appointment, options, date, start }: { appointment: CityAppointment; options: CityBookingOptions; date: string; start: string }) {
  const { t, lang } = useBookLanguage();
  const id = useId();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const length = Date.parse(appointment.end) - Date.parse(appointment.start);
  const end = new Date(Date.parse(start) + length).toISOString();
  const confirm = async () => {
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      await city.call('cityMoveAppointment', { params: { code: appointment.code }, body: { start } });
      navigate(appointmentHref(appointment.code, lang, 'moved'), { replace: true });
    } catch (error) {
      setSending(false);
      if (isSlotFull(error) || isStartRefused(error)) {
        // Back to the day's times, fresh, with the reason said.
        navigate(moveHref(appointment.code, lang, { date, notice: isSlotFull(error) ? 'taken' : 'passed' }), { replace: true });
      } else {
        setFailure(messageOf(error, t));
      }
    }
  };
  return (
    <section className="summary-card" aria-labelledby={`${id}-new`}>
      <h2 id={`${id}-new`} className="summary-label">
        {t.newTime}
      </h2>
      <p className="summary-time" data-testid="new-time">
        <AppointmentTime start={start} end={end} timeZone={options.timeZone} />
      </p>
      {failure && (
        <p className="error-text" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={confirm} aria-disabled={sending}>
          {sending ? t.moving : t.confirmMove}
        </button>
        <Link className="button button-secondary" href={moveHref(appointment.code, lang, { date })}>
          {t.changeTime}
        </Link>
      </div>
    </section>
  );
}
