import { localName, type BookableService, type BookingOptions } from '@dintur/shared';
import { useLanguage } from '../i18n/language.js';
import { bookingHref } from '../routing/routes.js';
import { Link } from '@dintur/web';
import { PageHeading, StepLabel } from '../ui/page-shell.js';
import { FindBooking } from './find-booking.js';

/** Step 1: the services that take appointments, grouped by unit, as big links. */
export function ServiceStep({ options }: { options: BookingOptions }) {
  const { t, lang } = useLanguage();
  const units = new Map<string, { name: string; services: BookableService[] }>();
  for (const service of options.services) {
    const unit = units.get(service.unitId) ?? { name: localName(service.unitName, lang), services: [] };
    unit.services.push(service);
    units.set(service.unitId, unit);
  }
  return (
    <>
      <StepLabel step={1} of={3} />
      <PageHeading>{t.chooseServiceTitle}</PageHeading>
      <p className="lead">{t.chooseServiceLead}</p>
      {options.services.length === 0 && <p className="panel">{t.noBookableServices}</p>}
      {[...units.entries()].map(([unitId, unit]) => (
        <section key={unitId} className="unit" aria-labelledby={`unit-${unitId}`}>
          <h2 id={`unit-${unitId}`}>{unit.name}</h2>
          <ul className="choice-list">
            {unit.services.map((service) => (
              <li key={service.id}>
                <Link className="choice" href={bookingHref({ serviceId: service.id })} data-service={service.id}>
                  <span className="choice-title">{localName(service.name, lang)}</span>
                  <span className="choice-detail">{t.minutes(service.lengthMinutes)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <FindBooking />
    </>
  );
}
