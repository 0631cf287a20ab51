import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs, bookingRequest } from './testing.js';

describe('booking', () => {
  it('takes a free slot and gives a short code of the unambiguous alphabet', () => {
    const { engine } = createTestEngine();
    const { appointment } = engine.appointments.book(bookingRequest({ start: at('11:30') }), null);
    expect(appointment).toMatchObject({ serviceId: 'passport', start: at('11:30'), end: at('11:45'), status: 'booked', channel: 'online', name: 'Anna Hansen' });
    expect(appointment.code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    expect(appointment.checkInOpensAt).toBe(at('11:00'));
    expect(appointment.checkInClosesAt).toBe(at('11:40'));
  });

  it('refuses a full slot with 409 and changes nothing', () => {
    const { engine } = createTestEngine();
    bookAs(engine, { start: at('12:00') }); // passport: 2 counters × 50 % = 1 place
    expect(() => engine.appointments.book(bookingRequest({ start: at('12:00'), name: 'Bo Berg' }), null)).toThrow(
      expect.objectContaining({ status: 409, code: 'conflict', details: expect.objectContaining({ reason: 'slot-full' }) }),
    );
    expect(engine.appointments.search({ date: '2026-11-24' }, deskActor(engine)).map((found) => found.name)).toEqual(['Anna Hansen']);
  });

  it('refuses a start that is not a slot, lies in the past or beyond the horizon, naming the field', () => {
    const { engine } = createTestEngine();
    for (const start of [at('11:20'), at('10:30'), at('11:00'), at('12:00', '2027-02-01')]) {
      expect(() => engine.appointments.book(bookingRequest({ start }), null)).toThrow(
        expect.objectContaining({ status: 400, issues: [expect.objectContaining({ path: 'start' })] }),
      );
    }
    expect(() => engine.appointments.book(bookingRequest({ serviceId: 'information' }), null)).toThrow(
      expect.objectContaining({ status: 400, issues: [expect.objectContaining({ path: 'serviceId' })] }),
    );
    expect(engine.appointments.search({ date: '2026-11-24' }, deskActor(engine))).toEqual([]);
  });

  it('books on the agent channel for a signed-in agent, and online for a counter clerk or nobody', () => {
    const { engine, actor } = createTestEngine();
    const agent = actor('agent', null, 'agent');
    expect(engine.appointments.book(bookingRequest({ start: at('12:00') }), agent).appointment.channel).toBe('agent');
    expect(engine.appointments.book(bookingRequest({ start: at('12:15') }), actor('clerk', 'borgerservice')).appointment.channel).toBe('online');
  });

  it('keeps the CPR number only as a keyed hash, and logs nothing personal', () => {
    const { engine } = createTestEngine();
    const code = bookAs(engine, { cpr: '010190-1234', email: 'anna@example.dk' });
    const stored = engine.appointments.context.appointments.byCode(code)!;
    expect(stored.cprHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('0101901234');
    expect(JSON.stringify(stored)).not.toContain('010190-1234');
    const rows = engine.db.prepare('SELECT * FROM appointments').all();
    expect(JSON.stringify(rows)).not.toMatch(/0101901234|010190-1234/);
    const booked = engine.context.events.between(0, Number.MAX_SAFE_INTEGER).filter((event) => event.type === 'appointment.booked');
    expect(booked.map((event) => event.details)).toEqual([{ serviceId: 'passport', start: at('11:30'), channel: 'online' }]);
  });

  it('shows the holder the contact details only in part, and the booking desk in full', () => {
    const { engine, actor } = createTestEngine();
    const code = bookAs(engine, { email: 'anna.hansen@example.dk' });
    expect(engine.appointments.get(code, null)).toMatchObject({ phone: '••••••78', email: 'a•••@example.dk' });
    expect(engine.appointments.get(code, actor('agent', null, 'agent'))).toMatchObject({ phone: '+4512345678', email: 'anna.hansen@example.dk' });
  });
});

function deskActor(engine: ReturnType<typeof createTestEngine>['engine']) {
  const id = engine.context.staff.insert({ username: `desk-${Math.random()}`, displayName: 'Desk', passwordHash: 'x', unitId: null, role: 'agent' }, 0);
  return { id, unitId: null, role: 'agent' as const, displayName: 'Desk' };
}
