import { localName, type CityBookingOptions } from '@dintur/shared';
import { Link } from '@dintur/web';
import { useBookLanguage } from './book-language.js';
import { bookingCentres, servicesToChoose } from './book-model.js';
import { bookHref } from './book-routes.js';
import { PageHeading, StepLabel } from './book-ui.js';
import { FindBooking } from './find-booking.js';

/**
 * Step 1: every service that takes appointments somewhere in the city, as big links. With
 * `?centre=` (a linked centre's own /book sends citizens here) only that centre's services,
 * and the next step is that centre's times.
 */
export function ServiceStep({ options, centreId }: { options: CityBookingOptions; centreId: string | null }) {
  const { t, lang } = useBookLanguage();
  const centreName = centreId === null ? undefined : bookingCentres(options).get(centreId);
  const atCentre = centreName === undefined ? null : centreId;
  const services = servicesToChoose(options, atCentre, lang);
  return (
    <>
      <StepLabel step={1} of={3} />
      <PageHeading>{t.chooseServiceTitle}</PageHeading>
      {centreName !== undefined ? (
        <p className="lead chosen-centre" data-testid="chosen-centre">
          {t.atCentreLead(centreName)}{' '}
          <Link className="text-link" href={bookHref({}, lang)}>
            {t.anyCentre}
          </Link>
        </p>
      ) : (
        <>
          {centreId !== null && <p className="panel panel-warning">{t.unknownCentre}</p>}
          <p className="lead">{t.chooseServiceLead}</p>
        </>
      )}
      {services.length === 0 ? (
        <p className="panel">{t.noBookableServices}</p>
      ) : (
        <ul className="choice-list">
          {services.map((service) => {
            const here = service.centres.find((centre) => centre.centreId === atCentre);
            return (
              <li key={service.id}>
                <Link className="choice" href={bookHref({ serviceId: service.id, centreId: atCentre }, lang)} data-service={service.id}>
                  <span className="choice-title">{localName(service.name, lang)}</span>
                  <span className="choice-detail">{here ? t.minutes(here.lengthMinutes) : t.centresCount(service.centres.length)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <FindBooking />
    </>
  );
}
