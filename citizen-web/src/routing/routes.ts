import { isBookingCode, normalizeBookingCode, pageAddresses } from '@dintur/shared';

/** The pages of the citizens' app, read from the address. */
export type Route =
  | { page: 'book'; serviceId: string | null; date: string | null; start: string | null; notice: string | null }
  | { page: 'appointment'; code: string; notice: string | null }
  | { page: 'move'; code: string; date: string | null; start: string | null }
  | { page: 'track'; trackingCode: string }
  | { page: 'home' }
  | { page: 'not-found' };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const dateOf = (search: URLSearchParams) => {
  const date = search.get('date');
  return date && isoDate.test(date) ? date : null;
};
const startOf = (search: URLSearchParams) => {
  const start = search.get('start');
  return start && !Number.isNaN(Date.parse(start)) ? start : null;
};

/**
 * The page an address shows. The booking flow keeps its steps in the query (service, date,
 * start), so the phone's back button goes back one step, and a reload keeps the place. A
 * `notice` says what just happened (a booking made, a time taken by someone else).
 */
export function routeOf(pathname: string, search: URLSearchParams): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'citizen')) return { page: 'home' };
  if (parts[0] === 'book') {
    if (parts.length === 1) return { page: 'book', serviceId: search.get('service'), date: dateOf(search), start: startOf(search), notice: search.get('notice') };
    const code = normalizeBookingCode(parts[1]!);
    if (!isBookingCode(code)) return { page: 'not-found' };
    if (parts.length === 2) return { page: 'appointment', code, notice: search.get('notice') };
    if (parts.length === 3 && parts[2] === 'move') return { page: 'move', code, date: dateOf(search), start: startOf(search) };
  }
  if (parts[0] === 't' && parts.length === 2 && /^[A-Za-z0-9]{6,32}$/.test(parts[1]!)) return { page: 'track', trackingCode: parts[1]! };
  return { page: 'not-found' };
}

/** The address of a step of the booking flow. */
export function bookingHref(step: { serviceId?: string | null; date?: string | null; start?: string | null } = {}): string {
  const search = new URLSearchParams();
  if (step.serviceId) search.set('service', step.serviceId);
  if (step.date) search.set('date', step.date);
  if (step.start) search.set('start', step.start);
  const query = search.toString();
  return query ? `${pageAddresses.booking()}?${query}` : pageAddresses.booking();
}

/** The address of an appointment's page, with a notice to show (`booked`, `moved`). */
export const appointmentHref = (code: string, notice?: 'booked' | 'moved') => `${pageAddresses.appointment(code)}${notice ? `?notice=${notice}` : ''}`;

/** The address of moving an appointment, at a date and optionally a chosen time. */
export function moveHref(code: string, step: { date?: string | null; start?: string | null } = {}): string {
  const search = new URLSearchParams();
  if (step.date) search.set('date', step.date);
  if (step.start) search.set('start', step.start);
  const query = search.toString();
  return `${pageAddresses.appointment(code)}/move${query ? `?${query}` : ''}`;
}
