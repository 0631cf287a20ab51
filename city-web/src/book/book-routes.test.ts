import { describe, expect, it } from 'vitest';
import { appointmentHref, bookHref, bookRouteOf, moveHref, pageKeyOf } from './book-routes.js';

const route = (address: string) => {
  const url = new URL(address, 'https://hub.example');
  return bookRouteOf(url.pathname, url.searchParams);
};

describe('the booking pages’ addresses', () => {
  it('read the steps of the flow from the query', () => {
    expect(route('/book')).toEqual({ page: 'book', serviceId: null, centreId: null, date: null, start: null, from: 'centre', notice: null });
    expect(route('/book/?centre=valby&lang=en')).toMatchObject({ page: 'book', centreId: 'valby', serviceId: null });
    expect(route('/book?service=passport&centre=valby&date=2026-11-24&start=2026-11-24T08:15:00.000Z&from=earliest&notice=taken')).toEqual({
      page: 'book',
      serviceId: 'passport',
      centreId: 'valby',
      date: '2026-11-24',
      start: '2026-11-24T08:15:00.000Z',
      from: 'earliest',
      notice: 'taken',
    });
    expect(route('/book?date=24-11-2026&start=soon&centre=<script>')).toMatchObject({ date: null, start: null, centreId: null });
  });

  it('open an appointment by its code however it was typed, and its move page', () => {
    expect(route('/book/abcd-efgh')).toEqual({ page: 'appointment', code: 'ABCDEFGH', notice: null });
    expect(route('/book/ABCDEFGH?notice=booked')).toEqual({ page: 'appointment', code: 'ABCDEFGH', notice: 'booked' });
    expect(route('/book/ABCDEFGH/move?date=2026-11-25')).toEqual({ page: 'move', code: 'ABCDEFGH', date: '2026-11-25', start: null, notice: null });
    expect(route('/book/ABCDEFG0')).toEqual({ page: 'not-found' });
    expect(route('/book/ABCDEFGH/other')).toEqual({ page: 'not-found' });
  });

  it('build addresses that read back, with English only when chosen', () => {
    expect(bookHref({}, 'da')).toBe('/book');
    expect(bookHref({}, 'en')).toBe('/book?lang=en');
    const href = bookHref({ serviceId: 'passport', centreId: 'valby', date: '2026-11-24', start: '2026-11-24T08:15:00.000Z', from: 'earliest' }, 'en');
    expect(route(href)).toMatchObject({ serviceId: 'passport', centreId: 'valby', start: '2026-11-24T08:15:00.000Z', from: 'earliest' });
    expect(bookHref({ serviceId: 'passport', from: 'centre' }, 'da')).toBe('/book?service=passport');
    expect(appointmentHref('ABCDEFGH', 'da', 'booked')).toBe('/book/ABCDEFGH?notice=booked');
    expect(moveHref('ABCDEFGH', 'en', { date: '2026-11-25', notice: 'taken' })).toBe('/book/ABCDEFGH/move?date=2026-11-25&notice=taken&lang=en');
  });

  it('count a page the same in both languages, so switching keeps what was typed', () => {
    const url = (address: string) => new URL(address, 'https://hub.example');
    const danish = url('/book?service=passport&centre=valby');
    const english = url('/book?service=passport&lang=en&centre=valby');
    expect(pageKeyOf(danish.pathname, danish.searchParams)).toBe(pageKeyOf(english.pathname, english.searchParams));
  });
});
