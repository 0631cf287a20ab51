import { localName } from '@dintur/shared';
import { Link } from '@dintur/web';
import { useBookLanguage } from './book-language.js';
import { bookHref, type BookStep } from './book-routes.js';
import { useBookState } from './book-state.js';
import { BackLink, ErrorPanel, Loading, messageOf, PageHeading, StepLabel } from './book-ui.js';
import { DetailsStep } from './details-step.js';
import { ServiceStep } from './service-step.js';
import { TimeStep } from './time-step.js';
import { NoticePanel, WhenStep } from './when-step.js';

/**
 * `/book`: service → the earliest times across centres, or a centre's days and times → details,
 * each step an address of its own.
 */
export function BookingPage({ serviceId, centreId, date, start, from, notice }: BookStep) {
  const { t, lang } = useBookLanguage();
  const { options } = useBookState();
  if (options.loading) return <Loading />;
  if (!options.data) return <ErrorPanel message={messageOf(options.error, t)} onRetry={options.reload} />;
  const service = options.data.services.find((candidate) => candidate.id === serviceId && candidate.centres.length > 0);
  if (!service) return <ServiceStep options={options.data} centreId={centreId} />;
  const centre = service.centres.find((candidate) => candidate.centreId === centreId);
  if (!centre) return <WhenStep options={options.data} service={service} notice={notice} />;
  if (date !== null && start !== null) return <DetailsStep key={start} options={options.data} service={service} centre={centre} date={date} start={start} from={from} />;
  return (
    <>
      <StepLabel step={2} of={3} />
      <PageHeading>{t.chooseDayTitle}</PageHeading>
      <p className="chosen-service">
        <span data-testid="chosen-service">{localName(service.name, lang)}</span>{' '}
        <Link className="text-link" href={bookHref({ centreId: centre.centreId }, lang)}>
          {t.changeService}
        </Link>
      </p>
      <p className="chosen-centre">
        <span data-testid="chosen-centre">{centre.centreName}</span>{' '}
        <Link className="text-link" href={bookHref({ serviceId: service.id }, lang)}>
          {t.otherCentres}
        </Link>
      </p>
      <NoticePanel notice={notice} />
      <TimeStep
        serviceId={service.id}
        centre={centre}
        timeZone={options.data.timeZone}
        date={date}
        hrefOf={(step) => bookHref({ serviceId: service.id, centreId: centre.centreId, ...step }, lang)}
      />
      <BackLink href={bookHref({ serviceId: service.id }, lang)}>{t.otherCentres}</BackLink>
    </>
  );
}
