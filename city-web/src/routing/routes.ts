import type { CityRole } from '@dintur/shared';

/** The apps of the hub's pages: citizens' waits and booking on phones, and the staff pages. */
export type AppName = 'waits' | 'book' | 'staff';

/** Which app an address belongs to, or null (the bare /city/ sends people to the waits). */
export function appOf(pathname: string): AppName | null {
  const path = pathname.toLowerCase();
  if (path === '/waits' || path.startsWith('/waits/')) return 'waits';
  if (path === '/book' || path.startsWith('/book/')) return 'book';
  if (path === '/staff' || path.startsWith('/staff/')) return 'staff';
  return null;
}

/** Where the staff pages live (city/src/http/web-apps.ts answers below it with the app). */
export const staffBasePath = '/staff';

const leaders = ['manager', 'admin'] as const satisfies readonly CityRole[];
const admins = ['admin'] as const satisfies readonly CityRole[];

/** Every staff page: its path below /staff and who may open it (the hub checks every operation again). */
export const staffRoutes = {
  overview: { path: '/', roles: leaders },
  reports: { path: '/reports', roles: leaders },
  centres: { path: '/centres', roles: admins },
  bookings: { path: '/bookings', roles: ['agent', 'manager', 'admin'] },
} as const satisfies Record<string, { path: string; roles: readonly CityRole[] }>;

export type StaffRouteName = keyof typeof staffRoutes;

export const staffRouteNames = Object.keys(staffRoutes) as StaffRouteName[];

/** The staff page of a path, ignoring a trailing slash and letter case; null for one the app does not know. */
export function matchStaffRoute(pathname: string): StaffRouteName | null {
  const path = pathname.toLowerCase();
  if (path !== staffBasePath && !path.startsWith(`${staffBasePath}/`)) return null;
  const below = path.slice(staffBasePath.length).replace(/\/+$/, '') || '/';
  return staffRouteNames.find((name) => staffRoutes[name].path === below) ?? null;
}

/** The address of a staff page, with an optional query ("/staff/reports?from=…&to=…"). */
export function staffHref(name: StaffRouteName, query: Record<string, string> = {}): string {
  const path = name === 'overview' ? `${staffBasePath}/` : `${staffBasePath}${staffRoutes[name].path}`;
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

export function mayVisit(role: CityRole, name: StaffRouteName): boolean {
  return (staffRoutes[name].roles as readonly CityRole[]).includes(role);
}

/** The waits page's address for a language and, once chosen, a service. */
export function waitsHref(options: { serviceId?: string | null; lang?: string | null } = {}): string {
  const search = new URLSearchParams();
  if (options.serviceId) search.set('service', options.serviceId);
  if (options.lang && options.lang !== 'da') search.set('lang', options.lang);
  const query = search.toString();
  return query ? `/waits?${query}` : '/waits';
}
