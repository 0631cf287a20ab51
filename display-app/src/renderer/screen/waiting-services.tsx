import { localName, sayWait, type Centre } from '@dintur/shared';
import { pagesOf, pageShownAt, queuesPerPage } from './queue-pages.js';
import { SecondLine } from './second-line.js';
import { strings, type Strings } from './strings.js';

/**
 * The services worth a line: open, with someone waiting, in the centre's own order (the kiosk's).
 * Not by queue length: nothing is left out any more, and a service that keeps its place is
 * found again on the next turn instead of jumping between pages as people come and go.
 */
function queuesToShow(services: Centre['services']): Centre['services'] {
  return services.filter((service) => service.open && service.waiting > 0);
}

/** Whether `WaitingServices` would show anything. */
export function hasQueues(services: Centre['services']): boolean {
  return queuesToShow(services).length > 0;
}

type WaitingServicesProps = {
  services: Centre['services'];
  second: Strings | null;
  /** The server's time (ms): pages turn by it, so every display in the room turns together. */
  now: number;
};

/**
 * How many wait for each service, and roughly how long: every service open and with a queue.
 * When they do not all fit at a size readable across the room, they are shown a page at a time,
 * turning every few seconds, with "1/2" saying there is more; every queue stays in the page for
 * screen readers. The wait is @dintur/shared's short form, so the room reads the same words as
 * the kiosk's cards ("ca. 25 min", or "Ingen åben skranke" when no counter serving it is open).
 */
export function WaitingServices({ services, second, now }: WaitingServicesProps) {
  const da = strings.da;
  const queues = queuesToShow(services);
  if (queues.length === 0) return null;
  const pages = pagesOf(queues, queuesPerPage);
  const shownPage = pageShownAt(now, pages.length);
  return (
    <section className="waiting" aria-labelledby="waiting-heading" data-page={shownPage + 1} data-pages={pages.length}>
      <div className="waiting-top">
        <h2 id="waiting-heading" className="waiting-heading">
          {da.waitingNow} <SecondLine text={second?.waitingNow} />
        </h2>
        {pages.length > 1 && (
          // For the eye only: a screen reader has every queue in the list, whatever page is up.
          <p className="waiting-page" aria-hidden="true" data-testid="waiting-page">
            {shownPage + 1}/{pages.length}
          </p>
        )}
      </div>
      <ul className="waiting-list">
        {pages.flatMap((page, pageIndex) =>
          page.map((service) => {
            const wait = sayWait(service.estimatedWaitMinutes, { lang: 'da', serviceName: localName(service.name, 'da') });
            const onPage = pageIndex === shownPage;
            return (
              <li className={onPage ? 'waiting-item' : 'waiting-item visually-hidden'} key={service.id} data-service={service.id} data-on-page={onPage}>
                {service.prefix && (
                  // The letter the service's numbers start with: "A 42" finds "A" before reading a name.
                  <span className="waiting-prefix" aria-hidden="true">
                    {service.prefix}
                  </span>
                )}
                <span className="waiting-name">
                  <span className="waiting-name-da">{localName(service.name, 'da')}</span>
                  {second && <SecondLine text={localName(service.name, 'en')} />}
                </span>
                <span className="waiting-figures">
                  {/* Two lines, count then wait: a chip is too narrow for both on one line at this size. */}
                  <span className="waiting-count">
                    {service.waiting} {da.waiting}
                  </span>{' '}
                  <span className="waiting-estimate" data-wait={wait.kind}>
                    {wait.short}
                  </span>
                </span>
              </li>
            );
          }),
        )}
      </ul>
    </section>
  );
}
