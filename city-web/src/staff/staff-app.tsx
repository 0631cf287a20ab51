import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from '../routing/router.js';
import { matchStaffRoute, mayVisit, type StaffRouteName } from '../routing/routes.js';
import { OverviewPage } from './overview/overview-page.js';
import { SessionProvider, useSession } from './session/session.js';
import { SignInPage } from './session/sign-in-page.js';
import { strings } from './strings.js';
import { AnnouncerProvider } from './ui/announcer.js';
import { AppShell, PageMessage } from './ui/app-shell.js';
import { focusPageHeading } from './ui/page-heading.js';
import './staff.css';

const ReportsPage = lazy(() => import('./reports/reports-page.js').then((module) => ({ default: module.ReportsPage })));
const CentresPage = lazy(() => import('./centres/centres-page.js').then((module) => ({ default: module.CentresPage })));

/** `/staff/`: the hub's pages for city leaders and admins, behind the sign-in. */
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
  }
}

function Pages() {
  const { session } = useSession();
  const { pathname } = useLocation();
  const route = matchStaffRoute(pathname);
  const role = session.status === 'signed-in' ? session.me.role : 'agent';
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${route ? strings.pageTitles[route] : strings.notFound} – ${strings.appName} ${strings.appTitle}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusPageHeading();
  }, [route]);

  let page: ReactNode;
  if (route === null) page = <PageMessage title={strings.notFound} />;
  else if (!mayVisit(role, route)) page = <PageMessage title={strings.notAllowed} text={role === 'agent' ? strings.agentsElsewhere : undefined} />;
  else page = <Suspense fallback={<p className="page-loading">{strings.loading}</p>}>{pageOf(route)}</Suspense>;
  return <AppShell>{page}</AppShell>;
}
