import { useId, useState } from 'react';
import type { Appointment, BookingOptions } from '@dintur/shared';
import { ApiError, call } from '../api/api-client.js';
import { spacedCode } from '../format/time.js';
import { useLanguage, useLanguageOf } from '../i18n/language.js';
import { bookingHref, moveHref } from '../routing/routes.js';
import { Link } from '../routing/router.js';
import { messageOf } from '../ui/errors.js';
import { ErrorPanel, Loading, PageHeading, useFocusOnMount } from '../ui/page-shell.js';
import { useResource } from '../ui/use-resource.js';
import { AppointmentDetails } from './appointment-details.js';
import { useBookingOptions } from './booking-options.js';
import { QrCode } from './qr-code.js';

/** `/book/{code}`: the appointment with its code and QR code, to keep, move or cancel. */
export function AppointmentPage({ code, notice }: { code: string; notice: string | null }) {
  const { t } = useLanguage();
  const options = useBookingOptions();
  const appointment = useResource(`appointment ${code}`, () => call('getAppointment', { params: { code } }));
  const [changed, setChanged] = useState<Appointment | null>(null);
  const shown = changed ?? appointment.data;
  useLanguageOf(shown?.lang);
  if (options.loading || appointment.loading) return <Loading />;
  if (!options.data) return <ErrorPanel message={messageOf(options.error, t)} onRetry={options.reload} />;
  if (!shown) {
    return (
      <>
        <PageHeading>{t.appointmentTitle}</PageHeading>
        <ErrorPanel message={messageOf(appointment.error, t, t.appointmentNotFound)} onRetry={appointment.error instanceof ApiError && appointment.error.status === 404 ? undefined : appointment.reload} />
        <Link className="button button-secondary" href={bookingHref()}>
          {t.goToBooking}
        </Link>
      </>
    );
  }
  return <AppointmentView appointment={shown} options={options.data} notice={notice} onCancelled={setChanged} />;
}

function titleOf(appointment: Appointment, notice: string | null, t: ReturnType<typeof useLanguage>['t']): string {
  if (appointment.status === 'cancelled') return t.cancelledTitle;
  if (notice === 'booked') return t.bookedTitle;
  if (notice === 'moved') return t.movedTitle;
  return t.appointmentTitle;
}

function AppointmentView({ appointment, options, notice, onCancelled }: { appointment: Appointment; options: BookingOptions; notice: string | null; onCancelled(appointment: Appointment): void }) {
  const { t } = useLanguage();
  const service = options.services.find((candidate) => candidate.id === appointment.serviceId);
  const before = service?.checkInOpensMinutesBefore ?? 30;
  const grace = service?.graceMinutes ?? 10;
  return (
    <div className="appointment" data-status={appointment.status}>
      <PageHeading key={appointment.status}>{titleOf(appointment, notice, t)}</PageHeading>
      {appointment.status === 'booked' && (
        <section className="code-card" aria-labelledby="code-label">
          <p id="code-label" className="code-label">
            {t.codeLabel}
          </p>
          <p className="code" data-testid="booking-code" data-code={appointment.code}>
            {spacedCode(appointment.code)}
          </p>
          <QrCode value={appointment.code} label={t.qrLabel(spacedCode(appointment.code))} />
          <p className="hint">{t.keepCode}</p>
        </section>
      )}
      {appointment.status === 'cancelled' && (
        <div className="panel panel-success" role="status">
          <p>{t.cancelledText}</p>
        </div>
      )}
      {appointment.status === 'no-show' && <p className="panel">{t.noShowText}</p>}
      {appointment.status === 'checked-in' && (
        <div className="panel panel-success">
          <p>{t.checkedInText}</p>
          {appointment.ticket && (
            <Link className="button button-primary" href={appointment.ticket.trackingUrl}>
              {t.followTicket} {appointment.ticket.number}
            </Link>
          )}
        </div>
      )}
      <AppointmentDetails appointment={appointment} options={options} />
      {appointment.status === 'booked' && (
        <>
          {notice === 'booked' && options.emailConfirmations && appointment.email && <p>{t.confirmationSent}</p>}
          <section className="check-in-help" aria-labelledby="check-in-title">
            <h2 id="check-in-title">{t.checkInTitle}</h2>
            <p>{t.checkInText(before, grace, appointment.healthCardCheckIn)}</p>
          </section>
          <div className="actions">
            <Link className="button button-secondary" href={moveHref(appointment.code)}>
              {t.moveAppointment}
            </Link>
            <CancelAppointment code={appointment.code} onCancelled={onCancelled} />
          </div>
        </>
      )}
      {(appointment.status === 'cancelled' || appointment.status === 'no-show') && (
        <Link className="button button-primary" href={bookingHref()}>
          {t.goToBooking}
        </Link>
      )}
    </div>
  );
}

/** "Cancel" asks first, in place: a mistaken tap costs nothing. */
function CancelAppointment({ code, onCancelled }: { code: string; onCancelled(appointment: Appointment): void }) {
  const { t } = useLanguage();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!asking) {
    return (
      <button type="button" className="button button-danger-outline" onClick={() => setAsking(true)}>
        {t.cancelAppointment}
      </button>
    );
  }
  const confirm = async () => {
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      onCancelled(await call('cancelAppointment', { params: { code } }));
    } catch (error) {
      setSending(false);
      setFailure(messageOf(error, t));
    }
  };
  return (
    <div className="confirm-panel" role="group" aria-labelledby={`${id}-question`}>
      <FocusedQuestion id={`${id}-question`}>{t.cancelQuestion}</FocusedQuestion>
      <p>{t.cancelConsequence}</p>
      {failure && (
        <p className="error-text" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-danger" onClick={confirm} aria-disabled={sending}>
          {sending ? t.cancelling : t.confirmCancel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t.keepAppointment}
        </button>
      </div>
    </div>
  );
}

/** The question of a confirmation, focused when it appears so the screen reader reads it. */
export function FocusedQuestion({ id, children }: { id: string; children: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h2 id={id} className="confirm-question" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
