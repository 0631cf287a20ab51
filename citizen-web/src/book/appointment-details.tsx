import { localName, type Appointment, type BookingOptions } from '@dintur/shared';
import { formatAppointment } from '../format/time.js';
import { useLanguage } from '../i18n/language.js';

/** Service, time and place of an appointment, as a description list. */
export function AppointmentDetails({ appointment, options }: { appointment: Appointment; options: BookingOptions }) {
  const { t, lang } = useLanguage();
  return (
    <dl className="details">
      <div>
        <dt>{t.service}</dt>
        <dd>{localName(appointment.serviceName, lang)}</dd>
      </div>
      <div>
        <dt>{t.when}</dt>
        <dd>{formatAppointment(appointment.start, appointment.end, lang, options.timeZone)}</dd>
      </div>
      <div>
        <dt>{t.where}</dt>
        <dd>
          {options.centreName}, {localName(appointment.unitName, lang)}
          {options.address && (
            <>
              <br />
              <span data-testid="address">{options.address}</span>
            </>
          )}
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
