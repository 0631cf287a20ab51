import type { Role } from '@dintur/shared';

/** Where the server serves the app (server/src/http/web-apps.ts); the build's `base` too. */
export const basePath = '/staff';

const everyone = ['staff', 'manager', 'admin', 'agent'] as const satisfies readonly Role[];
const counterStaff = ['staff', 'manager', 'admin'] as const satisfies readonly Role[];
const leaders = ['manager', 'admin'] as const satisfies readonly Role[];
const admins = ['admin'] as const satisfies readonly Role[];

export type RouteDefinition = {
  /** The path below `basePath`. */
  path: string;
  /** Who may open the page; the server checks every operation again. */
  roles: readonly Role[];
  /** False for pages shown without the app's header and navigation (the printable report). */
  chrome: boolean;
};

/** Every page of the app. */
export const routes = {
  home: { path: '/', roles: everyone, chrome: true },
  counter: { path: '/counter', roles: counterStaff, chrome: true },
  overview: { path: '/overview', roles: leaders, chrome: true },
  counterProfiles: { path: '/admin/counters', roles: leaders, chrome: true },
  staffAccounts: { path: '/admin/staff', roles: admins, chrome: true },
  reports: { path: '/reports', roles: leaders, chrome: true },
  report: { path: '/report', roles: leaders, chrome: false },
  bookings: { path: '/bookings', roles: ['agent', 'manager', 'admin'], chrome: true },
  plan: { path: '/plan', roles: leaders, chrome: true },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof routes;

const routeNames = Object.keys(routes) as RouteName[];

/**
 * The page a path shows, or null for a path the app does not know. Ignores a trailing slash and
 * letter case, so "/staff/Counter/" is the counter page.
 */
export function matchRoute(pathname: string): RouteName | null {
  let path = pathname.toLowerCase();
  if (path === basePath) return 'home';
  if (!path.startsWith(`${basePath}/`)) return null;
  path = path.slice(basePath.length).replace(/\/+$/, '') || '/';
  return routeNames.find((name) => routes[name].path === path) ?? null;
}

/** The URL of a page, with an optional query ("/staff/report?from=…&to=…"). */
export function hrefOf(name: RouteName, query: Record<string, string> = {}): string {
  const path = name === 'home' ? `${basePath}/` : `${basePath}${routes[name].path}`;
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

export function mayVisit(role: Role, name: RouteName): boolean {
  return (routes[name].roles as readonly Role[]).includes(role);
}

/** Where a person lands after signing in: the counter for counter staff, the overview for leaders, bookings for agents. */
export function homeRouteOf(role: Role): Exclude<RouteName, 'home'> {
  switch (role) {
    case 'staff':
      return 'counter';
    case 'manager':
    case 'admin':
      return 'overview';
    case 'agent':
      return 'bookings';
  }
}
