import { useEffect } from 'react';
import { Link, useLocation } from '@dintur/web';
import { AppointmentPage } from './appointment-page.js';
import { BookLanguageProvider, useBookLanguage } from './book-language.js';
import { bookHref, bookRouteOf, pageKeyOf } from './book-routes.js';
import { BookStateProvider } from './book-state.js';
import { PageHeading } from './book-ui.js';
import { BookingPage } from './booking-page.js';
import { MovePage } from './move-page.js';
import './book.css';

/**
 * `/book`: for citizens' phones, booking an appointment at any centre of the city — the hub holds
 * every linked centre's future appointments. `/book/{code}` shows one, to move or cancel.
 */
export function BookApp() {
  return (
    <BookLanguageProvider>
      <BookStateProvider>
        <BookShell />
      </BookStateProvider>
    </BookLanguageProvider>
  );
}

function BookShell() {
  const { t, lang, setLanguage } = useBookLanguage();
  const other = lang === 'da' ? 'en' : 'da';
  useEffect(() => {
    document.title = t.siteName;
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
        <Pages />
      </main>
    </>
  );
}

function Pages() {
  const { pathname, search } = useLocation();
  const route = bookRouteOf(pathname, search);
  // A key per address, its language aside: each step starts fresh (and focuses its heading),
  // while switching language keeps the step and what was typed.
  const key = pageKeyOf(pathname, search);
  switch (route.page) {
    case 'book':
      return <BookingPage key={key} {...route} />;
    case 'appointment':
      return <AppointmentPage key={key} code={route.code} notice={route.notice} />;
    case 'move':
      return <MovePage key={key} code={route.code} date={route.date} start={route.start} notice={route.notice} />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const { t, lang } = useBookLanguage();
  return (
    <>
      <PageHeading>{t.notFoundTitle}</PageHeading>
      <p>{t.notFoundText}</p>
      <Link className="button button-primary" href={bookHref({}, lang)}>
        {t.goToBooking}
      </Link>
    </>
  );
}
