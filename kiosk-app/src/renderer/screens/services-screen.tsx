import { localName, localNameLanguage, sayWait, type Centre, type CentreService } from '@dintur/shared';
import type { Translator } from '../i18n/translate.js';
import { GlobeIcon, ServiceIcon } from '../icons/icons.js';
import { formatOpening } from '../format/time.js';
import { ServicePages, type ListLayout } from './service-pages.js';
import './services.css';

type ServicesProps = {
  t: Translator;
  centre: Centre;
  /** Now by the server's clock. */
  now: number;
  lang: string;
  reach: boolean;
  largeText: boolean;
  landscape: boolean;
  onChoose(service: CentreService): void;
  /** A closed service was touched: the kiosk says what the citizen can do instead. */
  onChooseClosed(service: CentreService): void;
};

type Layout = { reach: boolean; largeText: boolean; landscape: boolean; stacked: boolean };

/**
 * How many columns a unit's services take. Stacked (portrait, and landscape when the list needs
 * pages) every unit has the same: two in portrait (three in reach mode with normal text), four in
 * landscape, three in reach mode or with large text (a whole "also online" line then fits, and two
 * rows fit reach mode's lower half). Side by side (landscape, when everything fits) each unit takes
 * as many columns as it needs to keep to four rows (three in reach mode).
 */
export function unitColumns(serviceCount: number, layout: Layout): number {
  if (!layout.landscape) return layout.reach && !layout.largeText ? 3 : 2;
  if (layout.stacked) return layout.reach || layout.largeText ? 3 : 4;
  return Math.max(1, Math.ceil(serviceCount / (layout.reach ? 3 : 4)));
}

/**
 * Every service grouped by unit, with its wait now, in words; a closed one says so and when it
 * opens, and a touch on it says what can be done instead. When the list does not fit the room
 * (large text, reach mode), it is shown a page at a time with big buttons between the pages.
 */
export function ServicesScreen({ t, centre, now, lang, reach, largeText, landscape, onChoose, onChooseClosed }: ServicesProps) {
  const groups = centre.units
    .map((unit) => ({ unit, services: centre.services.filter((service) => service.unitId === unit.id) }))
    .filter((group) => group.services.length > 0);

  const renderList = ({ layout, only, measuring }: { layout: ListLayout; only: readonly string[] | null; measuring: boolean }) => {
    const stacked = layout === 'stacked';
    const columnsOf = (count: number) => unitColumns(count, { reach, largeText, landscape, stacked });
    const shown = groups
      .map((group) => ({ ...group, columns: columnsOf(group.services.length), services: only ? group.services.filter((service) => only.includes(service.id)) : group.services }))
      .filter((group) => group.services.length > 0);
    const sideBySide = landscape && !stacked;
    return (
      <div className="units" data-layout={sideBySide ? 'side-by-side' : 'stacked'} style={sideBySide ? { gridTemplateColumns: shown.map((group) => `${group.columns}fr`).join(' ') } : undefined}>
        {shown.map(({ unit, services, columns }) => (
          <section
            key={unit.id}
            className="unit"
            data-unit={unit.id}
            aria-labelledby={measuring ? undefined : `unit-${unit.id}`}
            data-testid={measuring ? undefined : `unit-${unit.id}`}
          >
            <h2 className="unit-name" id={measuring ? undefined : `unit-${unit.id}`} lang={localNameLanguage(unit.name, lang)}>
              {localName(unit.name, lang)}
            </h2>
            <ul className="service-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
              {services.map((service) => (
                <li key={service.id} data-measure-service={measuring ? service.id : undefined}>
                  <ServiceEntry t={t} centre={centre} now={now} lang={lang} service={service} measuring={measuring} onChoose={onChoose} onChooseClosed={onChooseClosed} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    );
  };

  return (
    <div className="screen-body services">
      <div className="screen-intro">
        <h1 className="screen-title" tabIndex={-1} data-screen-title>
          {t.text('chooseService')}
        </h1>
        <p className="screen-hint">{t.text('chooseServiceHint')}</p>
      </div>
      <ServicePages t={t} renderList={renderList} landscape={landscape} />
    </div>
  );
}

type ServiceEntryProps = {
  t: Translator;
  centre: Centre;
  now: number;
  lang: string;
  service: CentreService;
  /** The hidden copy the pages are measured on: no test ids, nothing to find twice. */
  measuring: boolean;
  onChoose(service: CentreService): void;
  onChooseClosed(service: CentreService): void;
};

function ServiceEntry({ t, centre, now, lang, service, measuring, onChoose, onChooseClosed }: ServiceEntryProps) {
  const name = (
    <span className="service-name" lang={localNameLanguage(service.name, lang)}>
      {localName(service.name, lang)}
    </span>
  );
  const marks = measuring ? {} : { 'data-service': service.id, 'data-open': String(service.open) };
  if (!service.open) {
    const opensAt = service.opensAt ? Date.parse(service.opensAt) : null;
    let status = t.text('closedNow');
    // Closed by staff: not before tomorrow, and when is the staff's to say.
    if (service.closedByStaff) status = t.text('closedToday');
    else if (opensAt !== null) status = `${status} · ${t.text('opensWhen', { when: formatOpening(t, opensAt, now, centre.timeZone) })}`;
    return (
      <button type="button" className="service-card service-button closed" onClick={() => onChooseClosed(service)} {...marks}>
        <ServiceIcon serviceId={service.id} className="service-icon" />
        <span className="service-text">
          {name}
          <span className="service-meta">{status}</span>
          <span className="service-what-now">{t.text('closedWhatNow')}</span>
        </span>
      </button>
    );
  }
  const wait = sayWait(service.estimatedWaitMinutes, { lang, serviceName: localName(service.name, lang) });
  // The card names the service already: "Ingen åben skranke" under "Pas", not the sentence that
  // names it again (with every counter closed, twelve such sentences would not fit the screen).
  // Every mode keeps the words: a list too long for the room gets pages, never icons for words.
  const said = wait.kind === 'no-counter' ? wait.short : wait.sentence;
  return (
    <button type="button" className="service-card service-button" onClick={() => onChoose(service)} {...marks}>
      <ServiceIcon serviceId={service.id} className="service-icon" />
      <span className="service-text">
        {name}
        {/* data-short: the wall display's words for the same wait ("ca. 25 min"), which tests compare. */}
        <span className="service-meta" data-testid={measuring ? undefined : 'service-estimate'} data-wait={wait.kind} data-short={wait.short}>
          {said}
        </span>
        {service.selfServiceUrl && (
          <span className="service-online">
            <GlobeIcon className="meta-icon" />
            <span>{t.text('alsoOnline')}</span>
          </span>
        )}
      </span>
    </button>
  );
}
