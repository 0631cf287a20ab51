import { describe, expect, it } from 'vitest';
import { homeRouteOf, hrefOf, matchRoute, mayVisit } from './routes.js';

describe('the staff app routes', () => {
  it('matches paths below /staff, with or without a trailing slash, in any letter case', () => {
    expect(matchRoute('/staff')).toBe('home');
    expect(matchRoute('/staff/')).toBe('home');
    expect(matchRoute('/staff/counter')).toBe('counter');
    expect(matchRoute('/staff/counter/')).toBe('counter');
    expect(matchRoute('/staff/Admin/Counters')).toBe('counterProfiles');
    expect(matchRoute('/staff/report')).toBe('report');
    expect(matchRoute('/staff/reports')).toBe('reports');
  });

  it('knows no page for other paths', () => {
    expect(matchRoute('/staff/nowhere')).toBeNull();
    expect(matchRoute('/staff/counter/extra')).toBeNull();
    expect(matchRoute('/display/')).toBeNull();
    expect(matchRoute('/staffroom')).toBeNull();
  });

  it('builds hrefs that match back to the same page, with a query', () => {
    expect(hrefOf('home')).toBe('/staff/');
    expect(hrefOf('counterProfiles')).toBe('/staff/admin/counters');
    expect(hrefOf('report', { from: '2026-11-01', to: '2026-11-30' })).toBe('/staff/report?from=2026-11-01&to=2026-11-30');
    expect(matchRoute(hrefOf('staffAccounts'))).toBe('staffAccounts');
  });

  it('opens pages by role: leaders see the overview, only admins the accounts, agents only bookings', () => {
    expect(mayVisit('staff', 'counter')).toBe(true);
    expect(mayVisit('staff', 'overview')).toBe(false);
    expect(mayVisit('manager', 'overview')).toBe(true);
    expect(mayVisit('manager', 'counterProfiles')).toBe(true);
    expect(mayVisit('manager', 'staffAccounts')).toBe(false);
    expect(mayVisit('admin', 'staffAccounts')).toBe(true);
    expect(mayVisit('agent', 'bookings')).toBe(true);
    expect(mayVisit('agent', 'counter')).toBe(false);
    expect(mayVisit('staff', 'bookings')).toBe(false);
  });

  it('sends each role to its own start page', () => {
    expect(homeRouteOf('staff')).toBe('counter');
    expect(homeRouteOf('manager')).toBe('overview');
    expect(homeRouteOf('admin')).toBe('overview');
    expect(homeRouteOf('agent')).toBe('bookings');
  });
});
