import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs, bookingRequest } from './testing.js';

const typesOf = (engine: ReturnType<typeof createTestEngine>['engine']) =>
  engine.context.events.between(0, Number.MAX_SAFE_INTEGER).filter((event) => event.type.startsWith('appointment.'));

describe('cancelling', () => {
  it('frees the place at once, so the next person can book it', () => {
    const { engine } = createTestEngine();
    const code = bookAs(engine, { start: at('12:00') });
    expect(engine.appointments.slots('passport', '2026-11-24').find((slot) => slot.start === at('12:00'))?.available).toBe(0);
    expect(engine.appointments.cancel(code, null).appointment.status).toBe('cancelled');
    expect(engine.appointments.slots('passport', '2026-11-24').find((slot) => slot.start === at('12:00'))?.available).toBe(1);
    expect(engine.appointments.book(bookingRequest({ start: at('12:00'), name: 'Bo Berg' }), null).appointment.status).toBe('booked');
  });

  it('records who cancelled, without anything personal, and only once when repeated', () => {
    const { engine, actor } = createTestEngine();
    const byCitizen = bookAs(engine, { start: at('12:00') });
    const byAgent = bookAs(engine, { start: at('12:15') });
    engine.appointments.cancel(byCitizen, null);
    expect(engine.appointments.cancel(byCitizen, null).notice).toBeNull();
    engine.appointments.cancel(byAgent, actor('agent', null, 'agent'));
    const cancelled = typesOf(engine).filter((event) => event.type === 'appointment.cancelled');
    expect(cancelled.map((event) => event.details)).toEqual([
      { serviceId: 'passport', start: at('12:00'), by: 'citizen' },
      { serviceId: 'passport', start: at('12:15'), by: 'agent' },
    ]);
  });

  it('refuses a checked-in appointment (its ticket is given up on the tracking page instead)', () => {
    const { engine, clock } = createTestEngine();
    const code = bookAs(engine, { start: at('11:15') });
    clock.set(at('11:05'));
    engine.appointments.checkIn(code);
    expect(() => engine.appointments.cancel(code, null)).toThrow(expect.objectContaining({ status: 409, code: 'invalid-state' }));
  });
});

describe('moving', () => {
  it('takes the new slot and frees the old one in one step, keeping the code', () => {
    const { engine } = createTestEngine();
    const code = bookAs(engine, { start: at('12:00') });
    const moved = engine.appointments.move(code, at('13:30'), null).appointment;
    expect(moved).toMatchObject({ code, start: at('13:30'), end: at('13:45'), status: 'booked' });
    const slots = engine.appointments.slots('passport', '2026-11-24');
    expect(slots.find((slot) => slot.start === at('12:00'))?.available).toBe(1);
    expect(slots.find((slot) => slot.start === at('13:30'))?.available).toBe(0);
    expect(typesOf(engine).at(-1)?.details).toEqual({ serviceId: 'passport', from: at('12:00'), to: at('13:30') });
  });

  it('refuses a full slot, a non-slot and the same time, and leaves the appointment where it was', () => {
    const { engine } = createTestEngine();
    const code = bookAs(engine, { start: at('12:00') });
    bookAs(engine, { start: at('12:30'), name: 'Bo Berg' });
    expect(() => engine.appointments.move(code, at('12:30'), null)).toThrow(expect.objectContaining({ status: 409 }));
    expect(() => engine.appointments.move(code, at('12:10'), null)).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => engine.appointments.move(code, at('12:00'), null)).toThrow(expect.objectContaining({ status: 400 }));
    expect(engine.appointments.get(code, null).start).toBe(at('12:00'));
  });

  it('answers 404 for an unknown code', () => {
    const { engine } = createTestEngine();
    expect(() => engine.appointments.move('ABCDEFGH', at('12:00'), null)).toThrow(expect.objectContaining({ status: 404 }));
  });
});
