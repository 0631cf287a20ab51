import { AppointmentPage } from './book/appointment-page.js';
import { BookingOptionsProvider, useBookingOptions } from './book/booking-options.js';
import { BookingPage } from './book/booking-page.js';
import { MovePage } from './book/move-page.js';
import { useLanguage } from './i18n/language.js';
import { routeOf } from './routing/routes.js';
import { Link, Redirect, useLocation } from '@dintur/web';
import { PageHeading, PageShell } from './ui/page-shell.js';
import { TrackingPage } from './track/tracking-page.js';

function NotFound() {
  const { t } = useLanguage();
  return (
    <>
      <PageHeading>{t.notFoundTitle}</PageHeading>
      <p>{t.notFoundText}</p>
      <Link className="button button-primary" href="/book">
        {t.goToBooking}
      </Link>
    </>
  );
}

function Pages() {
  const location = useLocation();
  const options = useBookingOptions();
  const route = routeOf(location.pathname, location.search);
  // A key per address: each page starts fresh (and focuses its heading) when the address changes.
  const key = `${location.pathname}?${location.search.toString()}`;
  const page = (() => {
    switch (route.page) {
      case 'home':
        return <Redirect to="/book" />;
      case 'book':
        return <BookingPage key={key} serviceId={route.serviceId} date={route.date} start={route.start} notice={route.notice} />;
      case 'appointment':
        return <AppointmentPage key={key} code={route.code} notice={route.notice} />;
      case 'move':
        return <MovePage key={key} code={route.code} date={route.date} start={route.start} />;
      case 'track':
        return <TrackingPage key={route.trackingCode} trackingCode={route.trackingCode} />;
      case 'not-found':
        return <NotFound />;
    }
  })();
  // Only the tracking page speaks every kiosk language; booking stays Danish and English.
  const languages = route.page === 'track' ? 'tracking' : 'booking';
  return (
    <PageShell centreName={options.data?.centreName ?? null} languages={languages}>
      {page}
    </PageShell>
  );
}

/** The citizens' pages: booking (`/book`), an appointment (`/book/{code}`), a ticket (`/t/{code}`). */
export function App() {
  return (
    <BookingOptionsProvider>
      <Pages />
    </BookingOptionsProvider>
  );
}
