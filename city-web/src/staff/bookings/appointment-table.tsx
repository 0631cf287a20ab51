import type { CityAppointment } from '@dintur/shared';
import { formatClockSpan, formatPhone, formatShortSpan, formatWhen, spacedCode } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { smsStatusLine } from './sms-status.js';

/** What the agent wants to do with a booking in a list. */
export type AppointmentAction = { kind: 'move' | 'cancel'; appointment: CityAppointment };

type AppointmentTableProps = {
  appointments: CityAppointment[];
  timeZone: string;
  caption: string;
  /** A day list shows clock times only, and no centre (all are the same). */
  oneCentreDay?: boolean;
  onAction(action: AppointmentAction): void;
  testId: string;
};

/**
 * Bookings in a table: time (with the service and, across centres, the centre), the caller's
 * name and contact, the code as read out, the status (with what became of its newest SMS), and
 * moving and cancelling a booked one.
 */
export function AppointmentTable({ appointments, timeZone, caption, oneCentreDay = false, onAction, testId }: AppointmentTableProps) {
  return (
    <table className={`appointment-table${oneCentreDay ? ' day-table' : ''}`} data-testid={testId}>
      <caption className={oneCentreDay ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.columns.time}</th>
          <th scope="col">{text.columns.name}</th>
          <th scope="col">{text.columns.contact}</th>
          <th scope="col">{text.columns.code}</th>
          <th scope="col">{text.columns.status}</th>
          <th scope="col">
            <span className="visually-hidden">{text.columns.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {appointments.map((appointment) => {
          const when = `${formatWhen(appointment.start, timeZone)}, ${appointment.centreName}`;
          const name = appointment.name ?? text.deleted;
          const sms = smsStatusLine(appointment.messages, timeZone);
          return (
            <tr key={appointment.code} data-code={appointment.code} data-status={appointment.status}>
              <th scope="row">
                {oneCentreDay ? formatClockSpan(appointment.start, appointment.end, timeZone) : formatShortSpan(appointment.start, appointment.end, timeZone)}
                <span className="cell-detail">{appointment.serviceName.da}</span>
                {!oneCentreDay && <span className="cell-detail">{appointment.centreName}</span>}
              </th>
              <td>{name}</td>
              <td>
                {appointment.phone && <span className="cell-line phone">{formatPhone(appointment.phone)}</span>}
                {appointment.email && <span className="cell-line email">{appointment.email}</span>}
              </td>
              <td className="code-cell">{spacedCode(appointment.code)}</td>
              <td>
                <span className={`status-word status-${appointment.status}`}>{text.status[appointment.status]}</span>
                <span className="cell-detail">{text.channel[appointment.channel]}</span>
                {sms && <span className={`cell-detail sms-status${sms.attention ? ' sms-attention' : ''}`}>{sms.text}</span>}
              </td>
              <td className="actions-cell">
                {appointment.status === 'booked' && (
                  <>
                    <button type="button" className="button small" onClick={() => onAction({ kind: 'move', appointment })} aria-label={text.actionFor(text.move, name, when)}>
                      {text.move}
                    </button>
                    <button type="button" className="button small" onClick={() => onAction({ kind: 'cancel', appointment })} aria-label={text.actionFor(text.cancelAppointment, name, when)}>
                      {text.cancelAppointment}
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
