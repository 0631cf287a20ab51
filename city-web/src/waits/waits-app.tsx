import { useEffect, useMemo, useRef, useState } from 'react';
import { localName, sayWait, type CityWaits } from '@dintur/shared';
import { createCityClient } from '../api/city-client.js';
import { formatWhen } from '../format/clock.js';
import { Link, useLatest, useLocation } from '@dintur/web';
import { waitsHref } from '../routing/routes.js';
import { usePoll, useServerNow } from '../ui/use-poll.js';
import { useWaitsLanguage, WaitsLanguageProvider } from './waits-language.js';
import { centresFor, quickestOf, servicesOf, type CentreWait, type ServiceChoice } from './waits-model.js';
import './waits.css';

/** How often the page asks the hub for the waits. */
const pollMs = 5_000;

const city = createCityClient();

/** `/waits`: for citizens' phones, where a service is quickest now, across every centre. */
export function WaitsApp() {
  return (
    <WaitsLanguageProvider>
      <WaitsShell />
    </WaitsLanguageProvider>
  );
}

function WaitsShell() {
  const { t, lang, setLanguage } = useWaitsLanguage();
  const other = lang === 'da' ? 'en' : 'da';
  useEffect(() => {
    document.title = `${t.title} – ${t.siteName}`;
  }, [t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="site-name">{t.siteName}</p>
          <button type="button" className="language-switch" lang={other} onClick={() => setLanguage(other)}>
            {t.otherLanguage}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <WaitsPage />
      </main>
    </>
  );
}

function WaitsPage() {
  const { t } = useWaitsLanguage();
  const { search } = useLocation();
  const serviceId = search.get('service');
  const poll = usePoll(() => city.call('waits'), pollMs);
  const serverNow = useServerNow(poll.data?.serverTime, poll.receivedAt);
  const waits = poll.data;
  const lost = waits !== null && poll.error !== null;

  let body;
  if (!waits || serverNow === null) {
    body = poll.error ? (
      <div className="panel panel-error" role="alert">
        <p>{t.loadFailed}</p>
        <button type="button" className="button button-secondary" onClick={poll.refresh}>
          {t.tryAgain}
        </button>
      </div>
    ) : (
      <p className="loading">{t.loading}</p>
    );
  } else {
    const services = servicesOf(waits, serverNow);
    const chosen = services.find((service) => service.id === serviceId);
    body = chosen ? (
      <ServiceWaits key={chosen.id} service={chosen} waits={waits} serverNow={serverNow} />
    ) : (
      <ServiceList services={services} unknown={serviceId !== null} />
    );
  }

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {lost && (
        <p className="panel panel-warning" data-testid="live-lost">
          {t.liveLost}
        </p>
      )}
      {body}
      <Announcements waits={waits} serviceId={serviceId} serverNow={serverNow} lost={lost} />
    </>
  );
}

/** Step 1: every service of the city, as big links, with the shortest current wait of each. */
function ServiceList({ services, unknown }: { services: ServiceChoice[]; unknown: boolean }) {
  const { t, lang } = useWaitsLanguage();
  const sorted = [...services].sort((left, right) => localName(left.name, lang).localeCompare(localName(right.name, lang), lang));
  return (
    <section aria-labelledby="choose-service">
      <h2 id="choose-service">{t.chooseServiceHeading}</h2>
      {unknown && <p className="panel panel-warning">{t.unknownService}</p>}
      {sorted.length === 0 ? (
        <p className="panel">{t.noServices}</p>
      ) : (
        <>
          <p>{t.chooseServiceLead}</p>
          <ul className="choice-list">
            {sorted.map((service) => (
              <li key={service.id}>
                <Link className="choice" href={waitsHref({ serviceId: service.id, lang })} data-service={service.id}>
                  <span className="choice-title">{localName(service.name, lang)}</span>
                  <span className="choice-detail">
                    {service.shortestWaitMinutes === null
                      ? t.noCurrentWait
                      : t.shortest(sayWait(service.shortestWaitMinutes, { lang, serviceName: localName(service.name, lang) }).short)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Step 2: the centres offering the service, quickest first, closed ones last. */
function ServiceWaits({ service, waits, serverNow }: { service: ServiceChoice; waits: CityWaits; serverNow: number }) {
  const { t, lang } = useWaitsLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // The heading of the new content takes focus, so a screen reader starts reading there.
  useEffect(() => heading.current?.focus(), []);
  const centres = centresFor(waits, service.id, serverNow);
  const quickest = quickestOf(centres);
  return (
    <section aria-labelledby="service-heading" className="service-waits">
      <Link className="back-link" href={waitsHref({ lang })}>
        <span aria-hidden="true">←&nbsp;</span>
        {t.otherService}
      </Link>
      <h2 id="service-heading" ref={heading} tabIndex={-1}>
        {localName(service.name, lang)}
      </h2>
      <p>{t.centresOffering(centres.length)}</p>
      <ol className="centre-list">
        {centres.map((centre) => (
          <CentreCard key={centre.centreId} centre={centre} quickest={centre === quickest} serverNow={serverNow} />
        ))}
      </ol>
    </section>
  );
}

function CentreCard({ centre, quickest, serverNow }: { centre: CentreWait; quickest: boolean; serverNow: number }) {
  const { t, lang } = useWaitsLanguage();
  const { freshness } = centre;
  const state = !centre.open ? 'closed' : freshness.kind === 'stale' ? 'stale' : 'open';
  // The same words as the centre's own kiosk and display; no number where no counter serves it now.
  const wait = sayWait(centre.estimatedWaitMinutes, { lang, serviceName: localName(centre.serviceName, lang) });
  return (
    <li className={`centre-card centre-${state}`} data-centre={centre.centreId} data-state={state}>
      <div className="centre-head">
        <h3>{centre.centreName}</h3>
        {quickest && <span className="badge badge-quickest">{t.quickestBadge}</span>}
      </div>
      {centre.open ? (
        <>
          <p className="wait-estimate" data-testid="estimate" data-wait={wait.kind}>
            {state === 'stale' && <span className="last-known">{t.lastKnown} </span>}
            {wait.sentence}
          </p>
          <p className="wait-queue" data-testid="waiting">
            {t.waiting(centre.waiting)}
          </p>
        </>
      ) : (
        <>
          <p className="wait-closed" data-testid="estimate">
            {t.closed}
          </p>
          <p className="wait-queue">{t.closedHint}</p>
        </>
      )}
      <p className={`freshness freshness-${freshness.kind}`} data-testid="freshness">
        {freshness.kind === 'fresh'
          ? t.updatedAgo(freshness.ageSeconds)
          : freshness.since === null
            ? t.neverHeard
            : t.staleSince(formatWhen(freshness.since, serverNow, lang))}
      </p>
    </li>
  );
}

/**
 * The polite live region: says which centre is quickest when a service is chosen and when
 * another centre becomes the quickest, and when the figures stop and start coming. Nothing
 * else: minutes ticking and freshness changing every second would drown a screen reader.
 */
function Announcements({ waits, serviceId, serverNow, lost }: { waits: CityWaits | null; serviceId: string | null; serverNow: number | null; lost: boolean }) {
  const { t, lang } = useWaitsLanguage();
  const quickest = useMemo(() => {
    if (!waits || serverNow === null || serviceId === null) return undefined;
    if (!waits.centres.some((centre) => centre.services.some((service) => service.id === serviceId))) return undefined;
    return quickestOf(centresFor(waits, serviceId, serverNow));
  }, [waits, serviceId, serverNow]);
  // What the announcement is about: it is said again only when this changes.
  const subject = quickest === undefined ? '' : `${serviceId}:${quickest?.centreId ?? '-'}:${lang}`;
  const [message, setMessage] = useState('');
  const wasLost = useRef(false);

  // Only the subject says when to speak; the estimate is read as it is at that moment.
  const announceQuickest = useLatest(() =>
    quickest ? t.announceQuickest(quickest.centreName, sayWait(quickest.estimatedWaitMinutes, { lang, serviceName: localName(quickest.serviceName, lang) }).short) : t.announceNoneOpen,
  );
  useEffect(() => setMessage(subject === '' ? '' : announceQuickest.current()), [announceQuickest, subject]);

  // Said when the figures stop or start coming, in the language shown then.
  const words = useLatest(t);
  useEffect(() => {
    if (lost !== wasLost.current) setMessage(lost ? words.current.liveLost : words.current.liveBack);
    wasLost.current = lost;
  }, [lost, words]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
