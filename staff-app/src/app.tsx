import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { AnnouncerProvider, navigate, useLocation } from '@dintur/web';
import { AdminCounterProfilesPage } from './admin/counter-profiles-page.js';
import { StaffAccountsPage } from './admin/staff-accounts-page.js';
import { CounterPage } from './counter/counter-page.js';
import { LiveProvider } from './live/live-context.js';
import { OverviewPage } from './overview/overview-page.js';
import { homeRouteOf, hrefOf, matchRoute, mayVisit, routes, type RouteName } from './routing/routes.js';
import { SessionProvider, useSession } from './session/session.js';
import { SignInPage } from './session/sign-in-page.js';
import { strings } from './strings.js';
import { AppShell, PageMessage } from './ui/app-shell.js';

// Pages other issues build; loaded when first opened.
const ReportsPage = lazy(() => import('./reports/reports-page.js').then((module) => ({ default: module.ReportsPage })));
const PrintableReport = lazy(() => import('./reports/printable-report.js').then((module) => ({ default: module.PrintableReport })));
const BookingDesk = lazy(() => import('./bookings/booking-desk.js').then((module) => ({ default: module.BookingDesk })));
const PlanPage = lazy(() => import('./plan/plan-page.js').then((module) => ({ default: module.PlanPage })));

/** The staff app: sign-in, then the pages the person's role opens. */
export function App() {
  return (
    <AnnouncerProvider>
      <SessionProvider>
        <SignedInGate />
      </SessionProvider>
    </AnnouncerProvider>
  );
}

function SignedInGate() {
  const { session, api } = useSession();
  if (session.status === 'loading') return <p className="page-loading">{strings.loading}</p>;
  if (session.status === 'signed-out') return <SignInPage reason={session.reason} />;
  const leader = session.me.role === 'manager' || session.me.role === 'admin';
  return (
    <LiveProvider api={api} followDevices={leader}>
      <Pages />
    </LiveProvider>
  );
}

function pageOf(name: RouteName): ReactNode {
  switch (name) {
    case 'home':
      return null;
    case 'counter':
      return <CounterPage />;
    case 'overview':
      return <OverviewPage />;
    case 'counterProfiles':
      return <AdminCounterProfilesPage />;
    case 'staffAccounts':
      return <StaffAccountsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <PrintableReport />;
    case 'bookings':
      return <BookingDesk />;
    case 'plan':
      return <PlanPage />;
  }
}

function Pages() {
  const { session } = useSession();
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const role = session.status === 'signed-in' ? session.me.role : 'staff';
  const firstRender = useRef(true);

  useEffect(() => {
    if (route === 'home') navigate(hrefOf(homeRouteOf(role)), { replace: true });
  }, [route, role]);

  useEffect(() => {
    document.title = `${route ? strings.pageTitles[route] : strings.notFound} – ${strings.appName}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After moving to another page, focus its heading unless the page put focus on its next action.
    const main = document.getElementById('main');
    if (main && !main.contains(document.activeElement)) main.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  if (route === 'home') return null;
  if (route === null) {
    return (
      <AppShell>
        <PageMessage title={strings.notFound} />
      </AppShell>
    );
  }
  if (!mayVisit(role, route)) {
    return (
      <AppShell>
        <PageMessage title={strings.notAllowed} />
      </AppShell>
    );
  }
  const page = <Suspense fallback={<p className="page-loading">{strings.loading}</p>}>{pageOf(route)}</Suspense>;
  // The printable report prints without the app around it (and brings its own landmarks).
  return routes[route].chrome ? <AppShell>{page}</AppShell> : <div id="main">{page}</div>;
}
