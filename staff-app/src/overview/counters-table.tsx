import type { Centre, CounterChange, CounterState } from '@dintur/shared';
import { clockTime } from '@dintur/web';
import { ticketAtCounter } from '../live/queues.js';
import type { TicketBook } from '../live/ticket-book.js';
import { strings } from '../strings.js';
import { formatMinutes } from '../ui/format.js';
import { formatChangedAt, type Names } from './activity.js';
import { overviewStrings as text } from './overview-strings.js';

type CountersTableProps = {
  centre: Centre;
  tickets: TicketBook;
  now: number;
  names: Names;
  /** The person at a counter now, by name. */
  personName(staffId: number | null): string;
  /** Each counter's latest change today: who closed it, and when. */
  changes: ReadonlyMap<string, CounterChange>;
  busy: boolean;
  onClose(counter: CounterState): void;
};

/** Every counter per unit: its state (and who closed it), who sits there, what it serves and for how long. */
export function CountersTable({ centre, tickets, now, names, personName, changes, busy, onClose }: CountersTableProps) {
  const serviceName = names.service;
  return (
    <section aria-labelledby="counters-heading" className="counters-panel">
      <h2 id="counters-heading">{strings.overview.countersHeading}</h2>
      <table className="data-table" data-testid="counters-table">
        <thead>
          <tr>
            <th scope="col">{strings.overview.counter}</th>
            <th scope="col">{strings.overview.status}</th>
            <th scope="col">{strings.overview.person}</th>
            <th scope="col">{strings.overview.serving}</th>
            <th scope="col">{strings.overview.since}</th>
            <th scope="col">
              <span className="visually-hidden">{strings.accounts.actions}</span>
            </th>
          </tr>
        </thead>
        {centre.units.map((unit) => (
          <tbody key={unit.id}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={6}>
                {unit.name.da}
              </th>
            </tr>
            {centre.counters
              .filter((counter) => counter.unitId === unit.id)
              .map((counter) => {
                const ticket = ticketAtCounter(tickets, counter.id);
                const since = ticket ? (ticket.startedAt ?? ticket.calledAt) : counter.status === 'closed' ? null : counter.since;
                const change = changes.get(counter.id);
                const closedBy =
                  counter.status === 'closed' && change?.status === 'closed' && change.staffId !== null
                    ? { staffId: change.staffId, at: change.at, signedOutStaffId: change.signedOutStaffId }
                    : null;
                return (
                  <tr key={counter.id} data-counter={counter.id} data-status={counter.status}>
                    <th scope="row">{counter.name}</th>
                    <td data-testid="counter-state">
                      {closedBy ? (
                        // Read as one: "Lukket af Mette (Pension og Omsorg) 10:42".
                        <>
                          <span className="status-badge counter-closed">{strings.counterStatus.closed}</span>{' '}
                          <span className="changed-by">
                            {text.changedBy(names.person(closedBy.staffId), formatChangedAt(closedBy.at, centre.timeZone, centre.businessDay, clockTime))}
                          </span>
                        </>
                      ) : (
                        <span className={`status-badge counter-${counter.status}`}>
                          {counter.status === 'paused' && counter.pauseReason ? strings.counter.pausedBecause(counter.pauseReason) : strings.counterStatus[counter.status]}
                        </span>
                      )}
                    </td>
                    <td>
                      {counter.status !== 'closed'
                        ? personName(counter.staffId)
                        : closedBy && closedBy.signedOutStaffId !== null
                          ? text.signedOut(personName(closedBy.signedOutStaffId))
                          : strings.overview.nobodyAtCounter}
                    </td>
                    <td data-testid="counter-serving">
                      {ticket
                        ? strings.overview.ticketAtCounter(ticket.number, serviceName(ticket.serviceId), strings.ticketStatus[ticket.status])
                        : counter.status === 'closed'
                          ? strings.overview.nobodyAtCounter
                          : strings.overview.idle}
                    </td>
                    <td className="nowrap">{since ? `${formatMinutes(now - Date.parse(since))} (${clockTime(since, centre.timeZone)})` : strings.overview.nobodyAtCounter}</td>
                    <td>
                      {counter.status !== 'closed' && !ticket && (
                        <button type="button" className="button small quiet" aria-label={strings.overview.closeCounter(counter.name)} disabled={busy} onClick={() => onClose(counter)}>
                          {strings.overview.closeCounterShort}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </section>
  );
}
