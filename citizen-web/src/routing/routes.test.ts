import { describe, expect, it } from 'vitest';
import { bookingHref, moveHref, routeOf } from './routes.js';

const route = (address: string) => {
  const url = new URL(address, 'http://centre.local');
  return routeOf(url.pathname, url.searchParams);
};

describe('the citizens’ addresses', () => {
  it('read the booking flow’s steps from the query', () => {
    expect(route('/book')).toEqual({ page: 'book', serviceId: null, date: null, start: null, notice: null });
    expect(route(bookingHref({ serviceId: 'passport', date: '2026-11-24', start: '2026-11-24T10:30:00.000Z' }))).toEqual({
      page: 'book',
      serviceId: 'passport',
      date: '2026-11-24',
      start: '2026-11-24T10:30:00.000Z',
      notice: null,
    });
    expect(route('/book?service=passport&date=tomorrow&start=soon&notice=taken')).toEqual({ page: 'book', serviceId: 'passport', date: null, start: null, notice: 'taken' });
  });

  it('read an appointment’s code in any case, and its move page', () => {
    expect(route('/book/abcd2345?notice=booked')).toEqual({ page: 'appointment', code: 'ABCD2345', notice: 'booked' });
    expect(route(moveHref('ABCD2345', { date: '2026-11-25' }))).toEqual({ page: 'move', code: 'ABCD2345', date: '2026-11-25', start: null });
    expect(route('/book/ABCD0000')).toEqual({ page: 'not-found' });
  });

  it('read the tracking page of a receipt’s QR code, and send the bare app to booking', () => {
    expect(route('/t/abcdefghjkmn')).toEqual({ page: 'track', trackingCode: 'abcdefghjkmn' });
    expect(route('/t/no')).toEqual({ page: 'not-found' });
    expect(route('/citizen/')).toEqual({ page: 'home' });
    expect(route('/elsewhere')).toEqual({ page: 'not-found' });
  });
});
