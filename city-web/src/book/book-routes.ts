import { isBookingCode, normalizeBookingCode } from '@dintur/shared';
import type { Language } from './book-strings.js';

/**
 * The booking pages' addresses. The flow keeps its steps in the query (service, centre, date,
 * start), so the phone's back button steps back and a reload keeps the place. Nothing personal
 * ever goes in an address: no name, phone number, e-mail or CPR number.
 */

/** Where the chosen time came from: the earliest times across centres, or one centre's days. */
export type TimeSource = 'earliest' | 'centre';

export type BookStep = {
  serviceId: string | null;
  centreId: string | null;
  date: string | null;
  start: string | null;
  from: TimeSource;
  /** What just happened: a time taken by someone else, or one that has passed. */
  notice: string | null;
};

export type BookRoute =
  | ({ page: 'book' } & BookStep)
  | { page: 'appointment'; code: string; notice: string | null }
  | { page: 'move'; code: string; date: string | null; start: string | null; notice: string | null }
  | { page: 'not-found' };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const identifier = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const dateOf = (search: URLSearchParams) => {
  const date = search.get('date');
  return date && isoDate.test(date) ? date : null;
};
const startOf = (search: URLSearchParams) => {
  const start = search.get('start');
  return start && !Number.isNaN(Date.parse(start)) ? start : null;
};
const idOf = (search: URLSearchParams, name: string) => {
  const value = search.get(name);
  return value && identifier.test(value) ? value : null;
};

/** The page an address shows (`/book…`). */
export function bookRouteOf(pathname: string, search: URLSearchParams): BookRoute {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  if (parts[0]?.toLowerCase() !== 'book') return { page: 'not-found' };
  if (parts.length === 1) {
    return {
      page: 'book',
      serviceId: idOf(search, 'service'),
      centreId: idOf(search, 'centre'),
      date: dateOf(search),
      start: startOf(search),
      from: search.get('from') === 'earliest' ? 'earliest' : 'centre',
      notice: search.get('notice'),
    };
  }
  const code = normalizeBookingCode(parts[1]!);
  if (!isBookingCode(code)) return { page: 'not-found' };
  if (parts.length === 2) return { page: 'appointment', code, notice: search.get('notice') };
  if (parts.length === 3 && parts[2] === 'move') return { page: 'move', code, date: dateOf(search), start: startOf(search), notice: search.get('notice') };
  return { page: 'not-found' };
}

function withQuery(path: string, entries: [string, string | null | undefined][], lang: Language): string {
  const search = new URLSearchParams();
  for (const [name, value] of entries) if (value) search.set(name, value);
  if (lang !== 'da') search.set('lang', lang);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The address of a step of the booking flow, in a language (Danish needs no `lang`). */
export function bookHref(step: Partial<BookStep>, lang: Language): string {
  return withQuery(
    '/book',
    [
      ['service', step.serviceId],
      ['centre', step.centreId],
      ['date', step.date],
      ['start', step.start],
      ['from', step.from === 'earliest' ? 'earliest' : null],
      ['notice', step.notice],
    ],
    lang,
  );
}

/** The address of an appointment, with what just happened to it. */
export function appointmentHref(code: string, lang: Language, notice?: 'booked' | 'moved'): string {
  return withQuery(`/book/${code}`, [['notice', notice]], lang);
}

/** The address of moving an appointment, at a date and optionally a chosen time. */
export function moveHref(code: string, lang: Language, step: { date?: string | null; start?: string | null; notice?: string | null } = {}): string {
  return withQuery(
    `/book/${code}/move`,
    [
      ['date', step.date],
      ['start', step.start],
      ['notice', step.notice],
    ],
    lang,
  );
}

/** What makes one page different from another: the address without its language, so switching language keeps what was typed. */
export function pageKeyOf(pathname: string, search: URLSearchParams): string {
  const rest = new URLSearchParams(search);
  rest.delete('lang');
  return `${pathname}?${rest.toString()}`;
}
