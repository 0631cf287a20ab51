import type { Centre, CentreService, ServiceChange } from '@dintur/shared';
import { clockTime } from '@dintur/web';
import { queuesByUnit } from '../live/queues.js';
import type { TicketBook } from '../live/ticket-book.js';
import { strings } from '../strings.js';
import { formatMinutes } from '../ui/format.js';
import { formatChangedAt, type Names } from './activity.js';
import { overviewStrings as text } from './overview-strings.js';

type QueuesPanelProps = {
  centre: Centre;
  tickets: TicketBook;
  now: number;
  names: Names;
  /** Each service's latest opening or closing by staff: who closed it, and when. */
  changes: ReadonlyMap<string, ServiceChange>;
  busy: boolean;
  onToggle(service: CentreService): void;
};

/** Every queue per unit and service: how many wait, the longest wait, and whether it takes new tickets (and who closed it). */
export function QueuesPanel({ centre, tickets, now, names, changes, busy, onToggle }: QueuesPanelProps) {
  const unitName = (unitId: string) => centre.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  return (
    <section aria-labelledby="queues-heading" className="queues-panel">
      <h2 id="queues-heading">{strings.overview.queuesHeading}</h2>
      {queuesByUnit(centre, tickets, now).map(({ unitId, services }) => (
        <table key={unitId} className="data-table queue-table" data-unit={unitId}>
          <caption>{unitName(unitId)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.overview.service}</th>
              <th scope="col" className="number">
                {strings.overview.waiting}
              </th>
              <th scope="col" className="number">
                {strings.overview.longestWait}
              </th>
              <th scope="col">{strings.overview.newTickets}</th>
            </tr>
          </thead>
          <tbody>
            {services.map(({ service, queue }) => {
              const change = changes.get(service.id);
              const closedBy = service.closedByStaff && change?.closedByStaff && change.staffId !== null ? { staffId: change.staffId, at: change.at } : null;
              return (
                <tr key={service.id} data-service={service.id}>
                  <th scope="row">{service.name.da}</th>
                  <td className="number" data-testid="queue-waiting">
                    {queue.tickets.length}
                  </td>
                  <td className="number nowrap">{queue.tickets.length > 0 ? formatMinutes(queue.longestWaitMs) : '–'}</td>
                  <td className="service-state" data-testid="service-state">
                    <span className={`status-badge ${service.open ? 'service-open' : 'service-closed'}`}>
                      {service.open ? strings.overview.open : service.closedByStaff && !closedBy ? strings.overview.closedByStaff : strings.overview.closedByHours}
                    </span>{' '}
                    {closedBy && (
                      // Read with the badge: "Lukket af Mette (Pension og Omsorg) 10:42".
                      <>
                        <span className="changed-by">{text.changedBy(names.person(closedBy.staffId), formatChangedAt(closedBy.at, centre.timeZone, centre.businessDay, clockTime))}</span>{' '}
                      </>
                    )}
                    <button type="button" className="button small quiet" disabled={busy} onClick={() => onToggle(service)}>
                      {service.closedByStaff ? strings.overview.openServiceShort : strings.overview.closeServiceShort}
                      <span className="visually-hidden"> {service.name.da}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
