import type { ReactNode } from 'react';
import type { CityRole } from '@dintur/shared';
import { Link, useLocation } from '@dintur/web';
import { matchStaffRoute, mayVisit, staffHref, staffRouteNames, type StaffRouteName } from '../../routing/routes.js';
import { useMe, useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { PageHeading } from './page-heading.js';

/**
 * Where a role starts: the first page it may open (leaders the overview, the contact centre's
 * agents the booking desk).
 */
export function homeRouteOf(role: CityRole): StaffRouteName {
  return staffRouteNames.find((name) => mayVisit(role, name)) ?? 'overview';
}

/** The frame of every staff page: skip link, the hub's name and navigation, who is signed in. */
export function AppShell({ children }: { children: ReactNode }) {
  const me = useMe();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const current = matchStaffRoute(pathname);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <header className="top-bar">
        <p className="brand">
          <Link href={staffHref(homeRouteOf(me.role))}>
            {strings.appName} <span>{strings.appTitle}</span>
          </Link>
        </p>
        <nav aria-label={strings.mainNavigation}>
          <ul>
            {staffRouteNames
              .filter((name) => mayVisit(me.role, name))
              .map((name) => (
                <li key={name}>
                  <Link href={staffHref(name)} aria-current={current === name ? 'page' : undefined}>
                    {strings.nav[name]}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <p className="who">
          <span className="visually-hidden">{strings.session.signedInAs} </span>
          {me.displayName} <span className="role">({strings.roles[me.role]})</span>
        </p>
        <button type="button" className="button quiet" onClick={() => void signOut()}>
          {strings.session.signOut}
        </button>
      </header>
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
    </div>
  );
}

/** A page that only has something to say (not found, not allowed), with the way to where one starts. */
export function PageMessage({ title, text }: { title: string; text?: string | undefined }) {
  const me = useMe();
  const home = homeRouteOf(me.role);
  return (
    <section className="page-message">
      <PageHeading>{title}</PageHeading>
      {text && <p>{text}</p>}
      {mayVisit(me.role, home) && (
        <p>
          <Link href={staffHref(home)}>{strings.goHomeTo[home]}</Link>
        </p>
      )}
    </section>
  );
}
