import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { AnnouncerProvider, navigate, useLocation } from '@dintur/web';
import { matchStaffRoute, mayVisit, staffHref, type StaffRouteName } from '../routing/routes.js';
import { OverviewPage } from './overview/overview-page.js';
import { SessionProvider, useSession } from './session/session.js';
import { SignInPage } from './session/sign-in-page.js';
import { strings } from './strings.js';
import { AppShell, homeRouteOf, PageMessage } from './ui/app-shell.js';
import { focusPageHeading } from './ui/page-heading.js';
import './staff.css';

const ReportsPage = lazy(() => import('./reports/reports-page.js').then((module) => ({ default: module.ReportsPage })));
const CentresPage = lazy(() => import('./centres/centres-page.js').then((module) => ({ default: module.CentresPage })));
const BookingDesk = lazy(() => import('./bookings/booking-desk.js').then((module) => ({ default: module.BookingDesk })));

/** `/staff/`: the hub's pages for city leaders, admins and the contact centre's agents, behind the sign-in. */
export function StaffApp() {
  return (
    <AnnouncerProvider>
      <SessionProvider>
        <SignedInGate />
      </SessionProvider>
    </AnnouncerProvider>
  );
}

function SignedInGate() {
  const { session } = useSession();
  if (session.status === 'loading') return <p className="page-loading">{strings.loading}</p>;
  if (session.status === 'signed-out') return <SignInPage reason={session.reason} />;
  return <Pages />;
}

function pageOf(name: StaffRouteName): ReactNode {
  switch (name) {
    case 'overview':
      return <OverviewPage />;
    case 'reports':
      return <ReportsPage />;
    case 'centres':
      return <CentresPage />;
    case 'bookings':
      return <BookingDesk />;
  }
}

function Pages() {
  const { session } = useSession();
  const { pathname } = useLocation();
  const route = matchStaffRoute(pathname);
  const role = session.status === 'signed-in' ? session.me.role : 'agent';
  const firstRender = useRef(true);
  // The bare /staff/ is where everyone starts: for one who may not see the overview (an agent),
  // it is their own first page.
  const home = homeRouteOf(role);
  const redirectHome = route === 'overview' && !mayVisit(role, 'overview') && home !== 'overview';

  useEffect(() => {
    if (redirectHome) navigate(staffHref(home), { replace: true });
  }, [redirectHome, home]);

  useEffect(() => {
    // On the way home the page is not there yet: the title and focus are the home page's.
    if (redirectHome) return;
    document.title = `${route ? strings.pageTitles[route] : strings.notFound} – ${strings.appName} ${strings.appTitle}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusPageHeading();
  }, [route, redirectHome]);

  let page: ReactNode;
  if (redirectHome) page = <p className="page-loading">{strings.loading}</p>;
  else if (route === null) page = <PageMessage title={strings.notFound} />;
  else if (!mayVisit(role, route)) page = <PageMessage title={strings.notAllowed} text={role === 'agent' ? strings.agentsElsewhere : undefined} />;
  else page = <Suspense fallback={<p className="page-loading">{strings.loading}</p>}>{pageOf(route)}</Suspense>;
  return <AppShell>{page}</AppShell>;
}
