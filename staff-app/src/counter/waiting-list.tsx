import type { RefObject } from 'react';
import type { StaffTicket } from '@dintur/shared';
import { clockTime } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import type { CounterQueue } from '../live/queues.js';
import { strings } from '../strings.js';
import { formatMinutes, spokenNumber } from '../ui/format.js';
import { waitedMs } from './visit-times.js';

type WaitingListProps = {
  queues: readonly CounterQueue[];
  /** Tickets this person may call here. */
  total: number;
  now: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Why calling is not possible now, or null. */
  callDisabledReason: string | null;
  onCall(ticket: StaffTicket): void;
};

/**
 * Who waits at this counter, per service with the longest wait, live; each ticket the person
 * may serve can be called out of order. Services the person may not handle are named, not listed.
 * Waits count from when the citizen came in (a booked citizen: the check-in), as at the counter.
 */
export function WaitingList({ queues, total, now, headingRef, callDisabledReason, onCall }: WaitingListProps) {
  const live = useLive();
  const centre = live.centre!;
  const serviceName = (serviceId: string) => centre.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;
  const targetName = (ticket: StaffTicket) => {
    if (ticket.targetStaffId !== null) return live.colleagues.find((person) => person.id === ticket.targetStaffId)?.displayName ?? '?';
    if (ticket.targetCounterId !== null) return centre.counters.find((counter) => counter.id === ticket.targetCounterId)?.name ?? ticket.targetCounterId;
    return null;
  };

  return (
    <section className="queue-panel" aria-labelledby="queue-heading" data-testid="waiting-list">
      <h2 id="queue-heading" ref={headingRef} tabIndex={-1}>
        {strings.counter.queueHeading} <span className="count">({strings.counter.queueCount(total)})</span>
      </h2>
      {queues.map((queue) => {
        const headingId = `queue-${queue.serviceId}`;
        const longestMs = Math.max(0, ...queue.tickets.map((ticket) => waitedMs(ticket, now)));
        return (
          <section key={queue.serviceId} className={`service-queue ${queue.mayServe ? '' : 'not-yours'}`} aria-labelledby={headingId} data-service={queue.serviceId}>
            <h3 id={headingId}>
              <span>{serviceName(queue.serviceId)}</span>{' '}
              <span className="subtle">
                {strings.counter.queueCount(queue.tickets.length)}
                {queue.tickets.length > 0 && `, ${strings.counter.longest(formatMinutes(longestMs))}`}
              </span>
            </h3>
            {!queue.mayServe ? (
              <p className="subtle not-yours-text">{strings.counter.notYours}</p>
            ) : (
              queue.tickets.length > 0 && (
                <ol className="tickets">
                  {queue.tickets.map((ticket) => {
                    const target = targetName(ticket);
                    const transferred = ticket.originalServiceId !== ticket.serviceId || live.transfers.has(ticket.id);
                    return (
                      <li key={ticket.id} data-number={ticket.number}>
                        <span className="ticket-code" aria-hidden="true">
                          {ticket.number}
                        </span>
                        <span className="visually-hidden">{spokenNumber(ticket.number)}</span>
                        <span className="waited">{strings.counter.waitedFor(formatMinutes(waitedMs(ticket, now)))}</span>
                        <span className="badges">
                          {transferred && <span className="tag">{strings.counter.transferredBadge}</span>}
                          {ticket.transferNote && (
                            <span className="tag" title={ticket.transferNote}>
                              {strings.counter.noteBadge}
                            </span>
                          )}
                          {target && <span className="tag">{strings.counter.reservedFor(target)}</span>}
                          {ticket.appointmentAt && <span className="tag">{strings.counter.appointmentBadge(clockTime(ticket.appointmentAt, centre.timeZone))}</span>}
                        </span>
                        <button
                          type="button"
                          className="button small"
                          disabled={callDisabledReason !== null}
                          aria-label={strings.counter.callThisLabel(spokenNumber(ticket.number))}
                          onClick={() => onCall(ticket)}
                        >
                          {strings.counter.callThis}
                        </button>
                      </li>
                    );
                  })}
                </ol>
              )
            )}
          </section>
        );
      })}
      {total === 0 && <p className="queue-empty">{strings.counter.queueEmpty}</p>}
    </section>
  );
}
