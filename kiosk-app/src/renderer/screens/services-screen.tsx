import { localName, localNameLanguage, sayWait, type Centre, type CentreService } from '@dintur/shared';
import type { Translator } from '../i18n/translate.js';
import { ClockIcon, GlobeIcon, ServiceIcon } from '../icons/icons.js';
import { formatOpening } from '../format/time.js';

type ServicesProps = {
  t: Translator;
  centre: Centre;
  /** Now by the server's clock. */
  now: number;
  lang: string;
  reach: boolean;
  landscape: boolean;
  onChoose(service: CentreService): void;
};

/**
 * How many columns a unit's services take. Portrait stacks the units, two services to a row
 * (three in reach mode, which has half the height); landscape puts the units side by side, each
 * as many columns as it needs to keep to four rows (three in reach mode).
 */
export function unitColumns(serviceCount: number, layout: { reach: boolean; landscape: boolean }): number {
  if (!layout.landscape) return layout.reach ? 3 : 2;
  return Math.max(1, Math.ceil(serviceCount / (layout.reach ? 3 : 4)));
}

/** Every service grouped by unit, with its wait now; a closed one says so and when it opens. */
export function ServicesScreen({ t, centre, now, lang, reach, landscape, onChoose }: ServicesProps) {
  const units = centre.units
    .map((unit) => ({ unit, services: centre.services.filter((service) => service.unitId === unit.id) }))
    .filter((group) => group.services.length > 0);
  const columns = units.map((group) => unitColumns(group.services.length, { reach, landscape }));
  return (
    <div className="screen-body services">
      <div className="screen-intro">
        <h1 className="screen-title" tabIndex={-1} data-screen-title>
          {t.text('chooseService')}
        </h1>
        <p className="screen-hint">{t.text('chooseServiceHint')}</p>
      </div>
      <div className="screen-actions units" style={landscape ? { gridTemplateColumns: columns.map((count) => `${count}fr`).join(' ') } : undefined}>
        {units.map(({ unit, services }, index) => (
          <section key={unit.id} className="unit" aria-labelledby={`unit-${unit.id}`} data-testid={`unit-${unit.id}`}>
            <h2 className="unit-name" id={`unit-${unit.id}`} lang={localNameLanguage(unit.name, lang)}>
              {localName(unit.name, lang)}
            </h2>
            <ul className="service-grid" style={{ gridTemplateColumns: `repeat(${columns[index]}, minmax(0, 1fr))` }}>
              {services.map((service) => (
                <li key={service.id}>
                  <ServiceEntry t={t} centre={centre} now={now} lang={lang} service={service} onChoose={onChoose} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

type ServiceEntryProps = { t: Translator; centre: Centre; now: number; lang: string; service: CentreService; onChoose(service: CentreService): void };

function ServiceEntry({ t, centre, now, lang, service, onChoose }: ServiceEntryProps) {
  const name = (
    <span className="service-name" lang={localNameLanguage(service.name, lang)}>
      {localName(service.name, lang)}
    </span>
  );
  if (!service.open) {
    const opensAt = service.opensAt ? Date.parse(service.opensAt) : null;
    let status = t.text('closedNow');
    // Closed by staff: not before tomorrow, and when is the staff's to say.
    if (service.closedByStaff) status = t.text('closedToday');
    else if (opensAt !== null) status = `${status} · ${t.text('opensWhen', { when: formatOpening(t, opensAt, now, centre.timeZone) })}`;
    return (
      <div className="service-card closed" data-service={service.id} data-open="false">
        <ServiceIcon serviceId={service.id} className="service-icon" />
        <span className="service-text">
          {name}
          <span className="service-meta">{status}</span>
        </span>
      </div>
    );
  }
  const wait = sayWait(service.estimatedWaitMinutes, { lang, serviceName: localName(service.name, lang) });
  // The card names the service already: "Ingen åben skranke" under "Pas", not the sentence that
  // names it again (with every counter closed, twelve such sentences would not fit the screen).
  const said = wait.kind === 'no-counter' ? wait.short : wait.sentence;
  // Reach and large-text mode have less room: the wait is then a clock and its short form, "online"
  // a globe; the full words stay for screen readers (visually hidden, not removed).
  return (
    <button type="button" className="service-card service-button" onClick={() => onChoose(service)} data-service={service.id} data-open="true">
      <ServiceIcon serviceId={service.id} className="service-icon" />
      <span className="service-text">
        {name}
        <span className="service-meta" data-testid="service-estimate" data-wait={wait.kind}>
          <span className="full-text">{said}</span>
          <span className="short-text" aria-hidden="true">
            {/* A clock stands for a duration; "no open counter" is none. */}
            {wait.kind !== 'no-counter' && <ClockIcon className="meta-icon" />}
            {wait.short}
          </span>
        </span>
        {service.selfServiceUrl && (
          <span className="service-online">
            <GlobeIcon className="meta-icon short-only" />
            <span className="full-text">{t.text('alsoOnline')}</span>
          </span>
        )}
      </span>
    </button>
  );
}
