import { describe, expect, it } from 'vitest';
import { appOf, matchStaffRoute, mayVisit, staffHref, waitsHref } from './routes.js';

describe('the hub pages’ addresses', () => {
  it('send /waits to the citizens’ app and /staff to the staff app', () => {
    expect(appOf('/waits')).toBe('waits');
    expect(appOf('/waits/')).toBe('waits');
    expect(appOf('/staff')).toBe('staff');
    expect(appOf('/Staff/reports')).toBe('staff');
    expect(appOf('/city/')).toBeNull();
    expect(appOf('/waitsroom')).toBeNull();
  });

  it('match the staff pages with or without a trailing slash, and build addresses that match back', () => {
    expect(matchStaffRoute('/staff')).toBe('overview');
    expect(matchStaffRoute('/staff/')).toBe('overview');
    expect(matchStaffRoute('/staff/reports/')).toBe('reports');
    expect(matchStaffRoute('/staff/Centres')).toBe('centres');
    expect(matchStaffRoute('/staff/nowhere')).toBeNull();
    expect(staffHref('overview')).toBe('/staff/');
    expect(staffHref('reports', { from: '2026-11-01', to: '2026-11-30' })).toBe('/staff/reports?from=2026-11-01&to=2026-11-30');
    expect(matchStaffRoute(staffHref('centres'))).toBe('centres');
  });

  it('open the centres page to admins only, and to the contact centre only the booking desk', () => {
    expect(mayVisit('admin', 'centres')).toBe(true);
    expect(mayVisit('manager', 'centres')).toBe(false);
    expect(mayVisit('manager', 'reports')).toBe(true);
    expect(mayVisit('agent', 'overview')).toBe(false);
    expect(mayVisit('agent', 'reports')).toBe(false);
    expect(mayVisit('agent', 'bookings')).toBe(true);
    expect(mayVisit('manager', 'bookings')).toBe(true);
  });

  it('keep the waits page’s service and a language other than Danish in the query', () => {
    expect(waitsHref()).toBe('/waits');
    expect(waitsHref({ serviceId: 'passport', lang: 'da' })).toBe('/waits?service=passport');
    expect(waitsHref({ serviceId: 'passport', lang: 'en' })).toBe('/waits?service=passport&lang=en');
  });
});
