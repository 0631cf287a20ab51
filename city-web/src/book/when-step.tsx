import { useId } from 'react';
import { localName, type CentreEarliest, type CityBookableService, type CityBookingOptions } from '@dintur/shared';
import { Link } from '@dintur/web';
import { usePoll } from '../ui/use-poll.js';
import { formatNearDay, formatTime, localDateOf } from './book-format.js';
import { useBookLanguage } from './book-language.js';
import { centresOf, earliestByCentre } from './book-model.js';
import { bookHref } from './book-routes.js';
import { city } from './book-state.js';
import { BackLink, ErrorPanel, Loading, messageOf, PageHeading, StepLabel } from './book-ui.js';

/** Free times shown per centre in the earliest list. */
export const timesPerCentre = 3;

/** Times are asked for again this often while the page is seen (and at once when it is seen again). */
const refreshMs = 30_000;

/**
 * Step 2 without a centre: the earliest free times across the city, each centre with its next
 * few, the soonest centre first — one tap books that time; or one centre's days and times.
 */
export function WhenStep({ options, service, notice }: { options: CityBookingOptions; service: CityBookableService; notice: string | null }) {
  const { t, lang } = useBookLanguage();
  const id = useId();
  const earliest = usePoll(() => city.call('earliestSlots', { params: { serviceId: service.id }, query: { from: options.today, perCentre: timesPerCentre } }), refreshMs);
  const centres = earliest.data ? earliestByCentre(earliest.data, timesPerCentre) : null;
  return (
    <>
      <StepLabel step={2} of={3} />
      <PageHeading>{t.chooseTimeTitle}</PageHeading>
      <p className="chosen-service">
        <span data-testid="chosen-service">{localName(service.name, lang)}</span>{' '}
        <Link className="text-link" href={bookHref({}, lang)}>
          {t.changeService}
        </Link>
      </p>
      <NoticePanel notice={notice} />
      <section aria-labelledby={`${id}-earliest`}>
        <h2 id={`${id}-earliest`}>{t.earliestTitle}</h2>
        {centres === null ? (
          earliest.error ? (
            <ErrorPanel message={messageOf(earliest.error, t)} onRetry={earliest.refresh} />
          ) : (
            <Loading />
          )
        ) : (
          <>
            {earliest.error !== null && (
              <p className="panel panel-warning" role="status">
                {t.timesStale}
              </p>
            )}
            {centres.length === 0 ? (
              <p className="panel">{t.noEarliest}</p>
            ) : (
              <>
                <p>{t.earliestLead}</p>
                <ol className="earliest-list">
                  {centres.map((centre) => (
                    <EarliestCard key={centre.centreId} centre={centre} service={service} options={options} />
                  ))}
                </ol>
              </>
            )}
          </>
        )}
      </section>
      <section aria-labelledby={`${id}-centres`} className="centre-choice">
        <h2 id={`${id}-centres`}>{t.chooseCentreTitle}</h2>
        <p>{t.chooseCentreLead}</p>
        <ul className="choice-list">
          {centresOf(service).map((centre) => (
            <li key={centre.centreId}>
              <Link className="choice" href={bookHref({ serviceId: service.id, centreId: centre.centreId }, lang)} data-centre={centre.centreId}>
                <span className="choice-title">{centre.centreName}</span>
                <span className="choice-detail">{t.lengthAt(centre.lengthMinutes)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <BackLink href={bookHref({}, lang)}>{t.changeService}</BackLink>
    </>
  );
}

/** One centre's next free times, each a link to the details with that time chosen. */
function EarliestCard({ centre, service, options }: { centre: CentreEarliest; service: CityBookableService; options: CityBookingOptions }) {
  const { t, lang } = useBookLanguage();
  return (
    <li className="earliest-card" data-centre={centre.centreId}>
      <h3>{centre.centreName}</h3>
      <ul className="time-grid time-grid-earliest">
        {centre.slots.map((slot) => {
          const date = localDateOf(slot.start, options.timeZone);
          return (
            <li key={slot.start}>
              <Link className="time" href={bookHref({ serviceId: service.id, centreId: centre.centreId, date, start: slot.start, from: 'earliest' }, lang)} data-start={slot.start}>
                <span className="time-day">{formatNearDay(date, options.today, lang, t)}</span>{' '}
                <span className="time-clock">{formatTime(slot.start, lang, options.timeZone)}</span>
                <span className="visually-hidden">, {centre.centreName}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Link className="text-link more-times" href={bookHref({ serviceId: service.id, centreId: centre.centreId }, lang)}>
        {t.moreTimesAt(centre.centreName)}
      </Link>
    </li>
  );
}

/** Why the citizen is back at the times: the one chosen was taken, or has passed. */
export function NoticePanel({ notice }: { notice: string | null }) {
  const { t } = useBookLanguage();
  if (notice !== 'taken' && notice !== 'passed') return null;
  return (
    <div className="panel panel-warning" role="alert" data-testid="notice">
      <p>{notice === 'taken' ? t.slotTaken : t.timePassed}</p>
    </div>
  );
}
