import { useState } from 'react';
import { localName, type Appointment, type BookingOptions } from '@dintur/shared';
import { ApiError, call } from '../api/api-client.js';
import { spacedCode } from '../format/time.js';
import { useLanguage, useLanguageOf } from '../i18n/language.js';
import { bookingHref, moveHref } from '../routing/routes.js';
import { Link, QrCode } from '@dintur/web';
import { messageOf } from '../ui/errors.js';
import { ErrorPanel, Loading, PageHeading, useHeaderUnit } from '../ui/page-shell.js';
import { AskFirst } from '../ui/ask-first.js';
import { useResource } from '../ui/use-resource.js';
import { AddToCalendar } from './add-to-calendar.js';
import { AppointmentDetails } from './appointment-details.js';
import { useBookingOptions } from './booking-options.js';

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
  const { t, lang } = useLanguage();
  useHeaderUnit(localName(appointment.unitName, lang));
  const service = options.services.find((candidate) => candidate.id === appointment.serviceId);
  const before = service?.checkInOpensMinutesBefore ?? 30;
  const grace = service?.graceMinutes ?? 10;
  const bring = service?.bring ? localName(service.bring, lang) : null;
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
          <QrCode value={appointment.code} label={t.qrLabel(spacedCode(appointment.code))} size={220} />
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
          <AddToCalendar appointment={appointment} options={options} checkIn={t.checkInText(before, grace, appointment.healthCardCheckIn)} bring={bring} />
          {bring && (
            <section className="bring" aria-labelledby="bring-title" data-testid="bring">
              <h2 id="bring-title">{t.bringTitle}</h2>
              <p>{bring}</p>
            </section>
          )}
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
  const texts = {
    ask: t.cancelAppointment,
    question: t.cancelQuestion,
    consequence: t.cancelConsequence,
    confirm: t.confirmCancel,
    confirming: t.cancelling,
    keep: t.keepAppointment,
  };
  return <AskFirst texts={texts} action={async () => onCancelled(await call('cancelAppointment', { params: { code } }))} />;
}
