import { sayWait, type Centre } from '@dintur/shared';
import { SecondLine } from './second-line.js';
import { strings, type Strings } from './strings.js';

/** At most this many services fit in the strip at a readable size; the longest queues first. */
const maxShownServices = 6;

/** The services worth a line: open, with someone waiting, the longest queues first. */
function queuesToShow(services: Centre['services']): Centre['services'] {
  return services
    .filter((service) => service.open && service.waiting > 0)
    .sort((left, right) => right.waiting - left.waiting)
    .slice(0, maxShownServices);
}

/** Whether `WaitingServices` would show anything. */
export function hasQueues(services: Centre['services']): boolean {
  return queuesToShow(services).length > 0;
}

type WaitingServicesProps = { services: Centre['services']; second: Strings | null };

/**
 * How many wait for each service, and roughly how long: only services open and with a queue. The
 * wait is @dintur/shared's short form, so the room reads the same words as the kiosk's cards
 * ("ca. 25 min", or "Ingen åben skranke" when no counter that serves the service is open).
 */
export function WaitingServices({ services, second }: WaitingServicesProps) {
  const da = strings.da;
  const queues = queuesToShow(services);
  if (queues.length === 0) return null;
  return (
    <section className="waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="waiting-heading">
        {da.waitingNow} <SecondLine text={second?.waitingNow} />
      </h2>
      <ul className="waiting-list">
        {queues.map((service) => {
          const wait = sayWait(service.estimatedWaitMinutes, { lang: 'da', serviceName: service.name.da });
          return (
            <li className="waiting-item" key={service.id} data-service={service.id}>
              <span className="waiting-name">
                {service.name.da}
                {second && <SecondLine text={service.name.en} />}
              </span>
              <span className="waiting-figures">
                {service.waiting} {da.waiting}
                {' · '}
                <span className="waiting-estimate" data-wait={wait.kind}>
                  {wait.short}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
