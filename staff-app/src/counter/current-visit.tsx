import type { StaffTicket } from '@dintur/shared';
import { clockTime } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { strings } from '../strings.js';
import { formatMinutes, formatStopwatch, spokenNumber } from '../ui/format.js';
import { appointmentTiming, arrivedAt, waitedMs } from './visit-times.js';

/**
 * The citizen at the counter: number, service, unit, how long they waited (since they came in or
 * checked in), a booked citizen's time and whether the call kept it, how long they have been at
 * the counter, and what a colleague wrote when transferring them.
 */
export function CurrentVisit({ ticket, now }: { ticket: StaffTicket | null; now: number }) {
  const live = useLive();
  const centre = live.centre!;
  if (!ticket) {
    return (
      <section className="current-visit empty" aria-labelledby="current-heading" data-testid="current-visit">
        <h2 id="current-heading">{strings.counter.currentHeading}</h2>
        <p className="nobody">{strings.counter.nobody}</p>
        <p className="subtle">{strings.counter.nobodyHint}</p>
      </section>
    );
  }
  const service = centre.services.find((known) => known.id === ticket.serviceId);
  const unitName = centre.units.find((unit) => unit.id === service?.unitId)?.name.da ?? '';
  const calledAt = ticket.calledAt ? Date.parse(ticket.calledAt) : now;
  const startedAt = ticket.startedAt ? Date.parse(ticket.startedAt) : null;
  const transferredFrom = ticket.originalServiceId !== ticket.serviceId ? centre.services.find((known) => known.id === ticket.originalServiceId)?.name.da : undefined;

  return (
    <section
      className={`current-visit status-${ticket.status}`}
      aria-labelledby="current-heading"
      data-testid="current-visit"
      data-number={ticket.number}
      data-status={ticket.status}
    >
      <h2 id="current-heading">{strings.counter.currentHeading}</h2>
      <div className="visit-headline">
        <p className="ticket-number">
          <span className="visually-hidden">{strings.counter.ticket} </span>
          <span aria-hidden="true">{ticket.number}</span>
          <span className="visually-hidden">{spokenNumber(ticket.number)}</span>
        </p>
        <p className={`status-badge ticket-${ticket.status}`}>{strings.ticketStatus[ticket.status]}</p>
      </div>
      <dl className="facts">
        <div>
          <dt>{strings.counter.service}</dt>
          <dd data-testid="visit-service">{service?.name.da ?? ticket.serviceId}</dd>
        </div>
        <div>
          <dt>{strings.counter.unit}</dt>
          <dd>{unitName}</dd>
        </div>
        <div>
          <dt>{strings.counter.waited}</dt>
          <dd data-testid="visit-waited">
            {formatMinutes(waitedMs(ticket, calledAt))}{' '}
            <span className="subtle">
              {(ticket.appointmentAt ? strings.counter.sinceCheckIn : strings.counter.sinceArrival)(clockTime(arrivedAt(ticket), centre.timeZone))}
            </span>
          </dd>
        </div>
        <div>
          <dt>{strings.counter.calledAt}</dt>
          <dd>{strings.time.at(clockTime(calledAt, centre.timeZone))}</dd>
        </div>
        <div>
          <dt>{strings.counter.atCounter}</dt>
          <dd className="stopwatch">{startedAt === null ? strings.counter.notArrived : formatStopwatch(now - startedAt)}</dd>
        </div>
        {ticket.recallCount > 0 && (
          <div>
            <dt className="visually-hidden">{strings.counter.recall}</dt>
            <dd>{strings.counter.recalled(ticket.recallCount)}</dd>
          </div>
        )}
        {ticket.appointmentAt && (
          <div>
            <dt className="visually-hidden">{strings.counter.appointment('')}</dt>
            <dd data-testid="visit-appointment">
              {strings.counter.appointment(clockTime(ticket.appointmentAt, centre.timeZone))}
              {', '}
              {timingText(appointmentTiming(ticket.appointmentAt, calledAt))}
            </dd>
          </div>
        )}
        {transferredFrom && (
          <div>
            <dt className="visually-hidden">{strings.counter.transferredBadge}</dt>
            <dd>{strings.counter.transferredFrom(transferredFrom)}</dd>
          </div>
        )}
      </dl>
      {ticket.transferNote && (
        <div className="transfer-note" data-testid="transfer-note">
          <h3>{strings.counter.note}</h3>
          <p>{ticket.transferNote}</p>
        </div>
      )}
    </section>
  );
}

function timingText(timing: ReturnType<typeof appointmentTiming>): string {
  if (timing.kind === 'on-time') return strings.counter.calledOnTime;
  const minutes = formatMinutes(timing.minutes * 60_000);
  return timing.kind === 'early' ? strings.counter.calledEarly(minutes) : strings.counter.calledLate(minutes);
}
