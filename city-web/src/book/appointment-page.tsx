import { useState } from 'react';
import { formatBookingCode, localName, type CityAppointment, type CityBookingOptions } from '@dintur/shared';
import { ApiError, Link, QrCode } from '@dintur/web';
import { useBookLanguage } from './book-language.js';
import { bookHref, moveHref } from './book-routes.js';
import { city, useBookState } from './book-state.js';
import type { Strings } from './book-strings.js';
import { AppointmentTime, AskFirst, ErrorPanel, Loading, messageOf, PageHeading } from './book-ui.js';
import { useResource } from './use-resource.js';

/** `/book/{code}`: the appointment with its code and QR code, to keep, move or cancel. */
export function AppointmentPage({ code, notice }: { code: string; notice: string | null }) {
  const { t, lang } = useBookLanguage();
  const { options } = useBookState();
  const appointment = useResource(`appointment ${code}`, () => city.call('cityGetAppointment', { params: { code } }));
  const [changed, setChanged] = useState<CityAppointment | null>(null);
  const shown = changed ?? appointment.data;
  if (options.loading || appointment.loading) return <Loading />;
  if (!options.data) return <ErrorPanel message={messageOf(options.error, t)} onRetry={options.reload} />;
  if (!shown) {
    const missing = appointment.error instanceof ApiError && (appointment.error.status === 404 || appointment.error.status === 400);
    return (
      <>
        <PageHeading>{t.appointmentTitle}</PageHeading>
        <ErrorPanel message={missing ? t.appointmentNotFound : messageOf(appointment.error, t)} onRetry={missing ? undefined : appointment.reload} />
        <Link className="button button-secondary" href={bookHref({}, lang)}>
          {t.goToBooking}
        </Link>
      </>
    );
  }
  return <AppointmentView appointment={shown} options={options.data} notice={notice} onCancelled={setChanged} />;
}

function titleOf(appointment: CityAppointment, notice: string | null, t: Strings): string {
  if (appointment.status === 'cancelled') return t.cancelledTitle;
  if (notice === 'booked') return t.bookedTitle;
  if (notice === 'moved') return t.movedTitle;
  return t.appointmentTitle;
}

/** Service, time and place of an appointment, as a description list. */
export function AppointmentDetails({ appointment, timeZone }: { appointment: CityAppointment; timeZone: string }) {
  const { t, lang } = useBookLanguage();
  return (
    <dl className="details">
      <div>
        <dt>{t.service}</dt>
        <dd>{localName(appointment.serviceName, lang)}</dd>
      </div>
      <div>
        <dt>{t.when}</dt>
        <dd data-testid="appointment-time"><AppointmentTime start={appointment.start} end={appointment.end} timeZone={timeZone} /></dd>
      </div>
      <div>
        <dt>{t.where}</dt>
        <dd data-testid="appointment-centre">
          {appointment.centreName}, {localName(appointment.unitName, lang)}
        </dd>
      </div>
      {appointment.name && (
        <div>
          <dt>{t.bookedFor}</dt>
          <dd>{appointment.name}</dd>
        </div>
      )}
    </dl>
  );
}

function AppointmentView({ appointment, options, notice, onCancelled }: { appointment: CityAppointment; options: CityBookingOptions; notice: string | null; onCancelled(appointment: CityAppointment): void }) {
  const { t, lang } = useBookLanguage();
  const centre = options.services.find((candidate) => candidate.id === appointment.serviceId)?.centres.find((candidate) => candidate.centreId === appointment.centreId);
  const before = centre?.checkInOpensMinutesBefore ?? 30;
  const grace = centre?.graceMinutes ?? 10;
  const spaced = formatBookingCode(appointment.code);
  return (
    <div className="appointment" data-status={appointment.status}>
      <PageHeading key={appointment.status}>{titleOf(appointment, notice, t)}</PageHeading>
      {appointment.status === 'booked' && (
        <section className="code-card" aria-labelledby="code-label">
          <p id="code-label" className="code-label">
            {t.codeLabel}
          </p>
          <p className="code" data-testid="booking-code" data-code={appointment.code}>
            {spaced}
          </p>
          <QrCode value={appointment.code} label={t.qrLabel(spaced)} size={220} />
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
            <a className="button button-primary" href={appointment.ticket.trackingUrl}>
              {t.followTicket} {appointment.ticket.number}
            </a>
          )}
        </div>
      )}
      <AppointmentDetails appointment={appointment} timeZone={options.timeZone} />
      {appointment.status === 'booked' && (
        <>
          <section className="check-in-help" aria-labelledby="check-in-title">
            <h2 id="check-in-title">{t.checkInTitle}</h2>
            <p>{t.checkInText(before, grace, appointment.healthCardCheckIn)}</p>
          </section>
          <div className="actions">
            {centre && (
              <Link className="button button-secondary" href={moveHref(appointment.code, lang)}>
                {t.moveAppointment}
              </Link>
            )}
            <AskFirst
              texts={{ ask: t.cancelAppointment, question: t.cancelQuestion, consequence: t.cancelConsequence, confirm: t.confirmCancel, confirming: t.cancelling, keep: t.keepAppointment }}
              action={async () => onCancelled(await city.call('cityCancelAppointment', { params: { code: appointment.code } }))}
            />
          </div>
        </>
      )}
      {(appointment.status === 'cancelled' || appointment.status === 'no-show') && (
        <Link className="button button-primary" href={bookHref({}, lang)}>
          {t.goToBooking}
        </Link>
      )}
    </div>
  );
}
