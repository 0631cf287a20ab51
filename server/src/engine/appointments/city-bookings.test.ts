import { randomBytes } from 'node:crypto';
import type { BookingChange } from '@dintur/shared';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../seed/demo-config.js';
import type { ManualClock } from '../clock.js';
import { createEngine, type Engine } from '../engine.js';
import { createTestEngine } from '../test-engine.js';
import { cprHash } from '@dintur/shared/booking-keys';
import { at, bookAs, bookingRequest } from './testing.js';

const cityCprKey = randomBytes(32);
const city = { hubUrl: 'https://city.example.dk/', centreId: 'valby', cityCprKey };

/** A booking's state in the hub's feed; `overrides` change any field. */
function change(overrides: Partial<BookingChange> = {}): BookingChange {
  const start = overrides.start ?? at('11:30');
  return {
    revision: 1,
    code: 'HUBB2345',
    serviceId: 'passport',
    start,
    end: new Date(Date.parse(start) + 15 * 60_000).toISOString(),
    localDate: '2026-11-24',
    status: 'booked',
    channel: 'online',
    lang: 'da',
    name: 'Anna Hansen',
    phone: '+4512345678',
    email: 'anna@example.dk',
    cprHash: cprHash(cityCprKey, '0101901234'),
    bookedAt: at('09:00'),
    changedAt: at('09:00'),
    ...overrides,
  };
}

function linked() {
  const test = createTestEngine({ city });
  const log = () => test.engine.context.events.between(0, Number.MAX_SAFE_INTEGER).filter((event) => event.type.startsWith('appointment.'));
  const desk = test.actor('desk', null, 'agent');
  return { ...test, log, desk };
}

describe('bookings delivered by the city hub', () => {
  it('keeps a new booking with its personal data in the row and only service, time and channel in the log', () => {
    const { engine, log, desk } = linked();
    expect(engine.appointments.applyCityBookings({ changes: [change()], cursor: 1 })).toEqual({ booked: 1, moved: 0, cancelled: 0, unchanged: 0 });
    expect(engine.appointments.get('HUBB2345', desk)).toMatchObject({ status: 'booked', start: at('11:30'), end: at('11:45'), name: 'Anna Hansen', phone: '+4512345678', email: 'anna@example.dk', healthCardCheckIn: true });
    expect(engine.appointments.cityBookingCursor()).toBe(1);
    expect(log().map(({ type, details, staffId }) => ({ type, details, staffId }))).toEqual([
      { type: 'appointment.booked', details: { serviceId: 'passport', start: at('11:30'), channel: 'online' }, staffId: null },
    ]);
    expect(JSON.stringify(log())).not.toMatch(/Anna|4512345678|anna@/);
  });

  it('moves and cancels as the hub says, recording each once', () => {
    const { engine, log } = linked();
    engine.appointments.applyCityBookings({ changes: [change()], cursor: 1 });
    engine.appointments.applyCityBookings({ changes: [change({ revision: 2, start: at('12:00') })], cursor: 2 });
    expect(engine.appointments.get('HUBB2345', null)).toMatchObject({ status: 'booked', start: at('12:00'), end: at('12:15') });
    engine.appointments.applyCityBookings({ changes: [change({ revision: 3, start: at('12:00'), status: 'cancelled' })], cursor: 3 });
    expect(engine.appointments.get('HUBB2345', null).status).toBe('cancelled');
    expect(log().map(({ type, details }) => ({ type, details }))).toEqual([
      { type: 'appointment.booked', details: { serviceId: 'passport', start: at('11:30'), channel: 'online' } },
      { type: 'appointment.moved', details: { serviceId: 'passport', from: at('11:30'), to: at('12:00') } },
      { type: 'appointment.cancelled', details: { serviceId: 'passport', start: at('12:00'), by: 'city' } },
    ]);
  });

  it('changes nothing when changes come again, as from a hub whose database was replaced and that numbers anew', () => {
    const { engine, log } = linked();
    const page = { changes: [change(), change({ revision: 2, code: 'HUBC2345', start: at('12:00'), status: 'cancelled' })], cursor: 2 };
    engine.appointments.applyCityBookings({ changes: [change({ revision: 1, code: 'HUBC2345', start: at('12:00') })], cursor: 1 });
    engine.appointments.applyCityBookings(page);
    expect(engine.appointments.applyCityBookings(page)).toEqual({ booked: 0, moved: 0, cancelled: 0, unchanged: 2 });
    engine.appointments.applyCityBookings({ changes: [change()], cursor: 1 });
    expect(engine.appointments.cityBookingCursor()).toBe(1);
    expect(log().map((event) => event.type)).toEqual(['appointment.booked', 'appointment.booked', 'appointment.cancelled']);
  });

  it('never changes an appointment checked in here or marked a no-show: the centre has the last word on its day', () => {
    const { engine, clock } = linked();
    engine.appointments.applyCityBookings({ changes: [change(), change({ revision: 2, code: 'HUBC2345', start: at('11:15', '2026-11-24') })], cursor: 2 });
    clock.set(at('11:20'));
    expect(engine.appointments.checkIn('HUBB2345').status).toBe('waiting');
    clock.set(at('11:26'));
    expect(engine.appointments.sweepNoShows()).toBe(1);
    engine.appointments.applyCityBookings({
      changes: [change({ revision: 3, status: 'cancelled' }), change({ revision: 4, code: 'HUBC2345', start: at('12:30') })],
      cursor: 4,
    });
    expect(engine.appointments.get('HUBB2345', null)).toMatchObject({ status: 'checked-in', start: at('11:30') });
    expect(engine.appointments.get('HUBC2345', null)).toMatchObject({ status: 'no-show', start: at('11:15') });
    expect(engine.appointments.cityBookingCursor()).toBe(4);
  });

  it('applies a page entirely or not at all, cursor included', () => {
    const { engine, log } = linked();
    const broken = change({ revision: 2, code: 'HUBC2345', end: at('11:00') }); // ends before it starts
    expect(() => engine.appointments.applyCityBookings({ changes: [change(), broken], cursor: 2 })).toThrow();
    expect(engine.appointments.cityBookingCursor()).toBe(0);
    expect(engine.appointments.context.appointments.byCode('HUBB2345')).toBeUndefined();
    expect(log()).toEqual([]);
  });

  it('keeps nothing of a booking cancelled before it reached the centre', () => {
    const { engine, log } = linked();
    engine.appointments.applyCityBookings({ changes: [change({ status: 'cancelled' })], cursor: 1 });
    expect(engine.appointments.context.appointments.byCode('HUBB2345')).toBeUndefined();
    expect(log()).toEqual([]);
  });
});

describe('a centre linked to the city hub', () => {
  it('refuses a booking of its own with 409, pointing to the hub, and changes nothing', () => {
    const { engine, log } = linked();
    expect(() => engine.appointments.book(bookingRequest(), null)).toThrow(
      expect.objectContaining({
        status: 409,
        code: 'conflict',
        message: 'Bookings for this centre are made at the city hub: https://city.example.dk/book?centre=valby',
        details: { reason: 'booked-at-city', url: 'https://city.example.dk/book?centre=valby' },
      }),
    );
    expect(log()).toEqual([]);
    expect(engine.appointments.bookingDeskUrl()).toBe('https://city.example.dk/staff/bookings');
  });

  it('points moving and cancelling of a booking the hub owns to the hub, and still moves one it made itself before linking', () => {
    const { engine, clock } = createTestEngine();
    const own = bookAs(engine, { start: at('12:30') });
    const linkedEngine = createLinkedEngineOn(engine, clock);
    linkedEngine.appointments.applyCityBookings({ changes: [change()], cursor: 1 });
    for (const attempt of [() => linkedEngine.appointments.move('HUBB2345', at('12:00'), null), () => linkedEngine.appointments.cancel('HUBB2345', null)]) {
      expect(attempt).toThrow(expect.objectContaining({ status: 409, details: { reason: 'booked-at-city', url: 'https://city.example.dk/book/HUBB2345' } }));
    }
    expect(linkedEngine.appointments.get('HUBB2345', null).status).toBe('booked');
    expect(linkedEngine.appointments.move(own, at('12:45'), null).appointment.start).toBe(at('12:45'));
  });

  it('checks in by health card a booking hashed with the city’s key, and one hashed with its own key before linking', () => {
    const { engine, clock } = createTestEngine();
    bookAs(engine, { start: at('11:45'), cpr: '020290-5678' });
    const linkedEngine = createLinkedEngineOn(engine, clock);
    linkedEngine.appointments.applyCityBookings({ changes: [change()], cursor: 1 });
    clock.set(at('11:20'));
    expect(linkedEngine.appointments.checkInByCpr('0101901234').appointment).toMatchObject({ code: 'HUBB2345' });
    expect(linkedEngine.appointments.checkInByCpr('0202905678').appointment).toMatchObject({ start: at('11:45') });
    expect(() => linkedEngine.appointments.checkInByCpr('0303905678')).toThrow(expect.objectContaining({ status: 404 }));
  });
});

/** The centre started again on the same database and key, now linked to the hub. */
function createLinkedEngineOn(engine: Engine, clock: ManualClock): Engine {
  return createEngine({ db: engine.db, clock, initialConfig: demoConfig, cprKey: engine.appointments.context.cprKey, city });
}
