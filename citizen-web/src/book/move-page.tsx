import { useId, useState } from 'react';
import { localName, type Appointment, type BookingOptions } from '@dintur/shared';
import { ApiError, call } from '../api/api-client.js';
import { formatAppointment } from '../format/time.js';
import { useLanguage, useLanguageOf } from '../i18n/language.js';
import { appointmentHref, moveHref } from '../routing/routes.js';
import { Link, navigate, Redirect } from '@dintur/web';
import { messageOf } from '../ui/errors.js';
import { ErrorPanel, Loading, PageHeading } from '../ui/page-shell.js';
import { useResource } from '../ui/use-resource.js';
import { useBookingOptions } from './booking-options.js';
import { TimeStep } from './time-step.js';

/** `/book/{code}/move`: another free time of the same service, then a confirmation. */
export function MovePage({ code, date, start }: { code: string; date: string | null; start: string | null }) {
  const { t, lang } = useLanguage();
  const options = useBookingOptions();
  const appointment = useResource(`appointment ${code}`, () => call('getAppointment', { params: { code } }));
  useLanguageOf(appointment.data?.lang);
  if (options.loading || appointment.loading) return <Loading />;
  if (!options.data) return <ErrorPanel message={messageOf(options.error, t)} onRetry={options.reload} />;
  if (!appointment.data) return <ErrorPanel message={messageOf(appointment.error, t, t.appointmentNotFound)} onRetry={appointment.reload} />;
  const current = appointment.data;
  const service = options.data.services.find((candidate) => candidate.id === current.serviceId);
  if (current.status !== 'booked' || !service) return <Redirect to={appointmentHref(code)} />;
  return (
    <>
      <PageHeading>{t.moveTitle}</PageHeading>
      <p className="chosen-service">
        <span className="summary-label">{t.currentTime}: </span>
        {localName(current.serviceName, lang)}, {formatAppointment(current.start, current.end, lang, options.data.timeZone)}
      </p>
      {start !== null && date !== null ? (
        <ConfirmMove appointment={current} options={options.data} date={date} start={start} />
      ) : (
        <TimeStep service={service} timeZone={options.data.timeZone} date={date} exclude={current.start} hrefOf={(step) => moveHref(code, step)} />
      )}
      <Link className="text-link back-link" href={appointmentHref(code)}>
        {t.back}
      </Link>
    </>
  );
}

function ConfirmMove({ appointment, options, date, start }: { appointment: Appointment; options: BookingOptions; date: string; start: string }) {
  const { t, lang } = useLanguage();
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
      await call('moveAppointment', { params: { code: appointment.code }, body: { start } });
      navigate(appointmentHref(appointment.code, 'moved'), { replace: true });
    } catch (error) {
      setSending(false);
      setFailure(error instanceof ApiError && (error.status === 409 || error.status === 400) ? t.slotTaken : messageOf(error, t));
    }
  };
  return (
    <section className="summary-card" aria-labelledby={`${id}-new`}>
      <h2 id={`${id}-new`} className="summary-label">
        {t.newTime}
      </h2>
      <p className="summary-time">{formatAppointment(start, end, lang, options.timeZone)}</p>
      {failure && (
        <p className="error-text" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={confirm} aria-disabled={sending}>
          {sending ? t.moving : t.confirmMove}
        </button>
        <Link className="button button-secondary" href={moveHref(appointment.code, { date })}>
          {t.changeTime}
        </Link>
      </div>
    </section>
  );
}
