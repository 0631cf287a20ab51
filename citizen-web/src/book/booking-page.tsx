import { localName } from '@dintur/shared';
import { useLanguage } from '../i18n/language.js';
import { bookingHref } from '../routing/routes.js';
import { Link } from '@dintur/web';
import { messageOf } from '../ui/errors.js';
import { ErrorPanel, Loading, PageHeading, StepLabel } from '../ui/page-shell.js';
import { useBookingOptions } from './booking-options.js';
import { DetailsStep } from './details-step.js';
import { ServiceStep } from './service-step.js';
import { TimeStep } from './time-step.js';

type BookingPageProps = { serviceId: string | null; date: string | null; start: string | null; notice: string | null };

/** `/book`: service → day and time → details, each step an address of its own. */
export function BookingPage({ serviceId, date, start, notice }: BookingPageProps) {
  const { t, lang } = useLanguage();
  const options = useBookingOptions();
  if (options.loading) return <Loading />;
  if (!options.data) return <ErrorPanel message={messageOf(options.error, t)} onRetry={options.reload} />;
  const service = options.data.services.find((candidate) => candidate.id === serviceId);
  if (!service) return <ServiceStep options={options.data} />;
  if (date !== null && start !== null) return <DetailsStep key={start} options={options.data} service={service} date={date} start={start} />;
  return (
    <>
      <StepLabel step={2} of={3} />
      <PageHeading>{t.chooseTimeTitle}</PageHeading>
      <p className="chosen-service">
        <span>{localName(service.name, lang)}</span>{' '}
        <Link className="text-link" href={bookingHref()}>
          {t.changeService}
        </Link>
      </p>
      {(notice === 'taken' || notice === 'passed') && (
        <div className="panel panel-warning" role="alert">
          <p>{notice === 'taken' ? t.slotTaken : t.timePassed}</p>
        </div>
      )}
      <TimeStep service={service} timeZone={options.data.timeZone} date={date} hrefOf={(step) => bookingHref({ serviceId: service.id, ...step })} />
    </>
  );
}
