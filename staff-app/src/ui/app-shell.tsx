import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useAnnounce, useLocation } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { homeRouteOf, hrefOf, matchRoute, mayVisit, type RouteName } from '../routing/routes.js';
import { useMe, useSession } from '../session/session.js';
import { strings } from '../strings.js';

const navigation: Exclude<RouteName, 'home' | 'report'>[] = ['counter', 'overview', 'counterProfiles', 'staffAccounts', 'reports', 'plan', 'bookings'];

/** The frame of every page: skip link, centre and navigation, connection, who is signed in. */
export function AppShell({ children }: { children: ReactNode }) {
  const me = useMe();
  const live = useLive();
  const { signOut } = useSession();
  const announce = useAnnounce();
  const { pathname } = useLocation();
  const current = matchRoute(pathname);
  const previousConnection = useRef(live.connection);

  useEffect(() => {
    const before = previousConnection.current;
    previousConnection.current = live.connection;
    if (live.connection === 'offline' && before !== 'offline') announce(strings.connection.lost, { assertive: true });
    if (live.connection === 'online' && before === 'offline') announce(strings.connection.back);
  }, [live.connection, announce]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <header className="top-bar">
        <p className="brand">
          <Link href={hrefOf(homeRouteOf(me.role))}>
            {strings.appName} <span>{live.centre?.name ?? strings.appTitle}</span>
          </Link>
        </p>
        <nav aria-label={strings.mainNavigation}>
          <ul>
            {navigation
              .filter((name) => mayVisit(me.role, name))
              .map((name) => (
                <li key={name}>
                  <Link href={hrefOf(name)} aria-current={current === name ? 'page' : undefined}>
                    {strings.nav[name]}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <p className={`connection connection-${live.connection}`} data-testid="connection" data-connection={live.connection}>
          <span aria-hidden="true" className="connection-mark" />
          {strings.connection[live.connection]}
        </p>
        <p className="who">
          <span className="visually-hidden">{strings.session.signedInAs} </span>
          {me.displayName} <span className="role">({strings.roles[me.role]})</span>
        </p>
        <button type="button" className="button quiet" onClick={() => void signOut()}>
          {strings.session.signOut}
        </button>
      </header>
      {live.connection === 'offline' && (
        <p className="offline-banner" data-testid="offline-banner">
          {strings.connection.lost}
        </p>
      )}
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
    </div>
  );
}

/** A page that only has something to say (not found, not allowed). */
export function PageMessage({ title }: { title: string }) {
  const me = useMe();
  return (
    <section className="page-message">
      <h1 tabIndex={-1}>{title}</h1>
      <p>
        <Link href={hrefOf(homeRouteOf(me.role))}>{strings.goHome}</Link>
      </p>
    </section>
  );
}
