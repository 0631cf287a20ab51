import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs } from './testing.js';

describe('check-in with the booking code', () => {
  it('gives a ticket placed at the booked time, and records how early the citizen came', () => {
    const { engine, clock, actor } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30') });
    clock.set(at('11:10'));
    // Skranke 1 (which takes passport appointments) is busy with a 12-minute passport, then has collections waiting.
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-1');
    engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    engine.callNext(clerk, 'bs-1');
    for (let count = 0; count < 4; count += 1) engine.issueTicket({ serviceId: 'passport-pickup', lang: 'da' });
    const ticket = engine.appointments.checkIn(code, 'en');
    expect(ticket).toMatchObject({ serviceId: 'passport', status: 'waiting', lang: 'en', appointment: { code, start: at('11:30') } });
    expect(ticket.number).toMatch(/^A\d+$/);
    expect(engine.getTicket(ticket.id)).toMatchObject({ appointmentAt: at('11:30'), queuedAt: at('11:30') });
    // Called at 11:28 (the 2-minute margin): the counter takes collections until then, not the booked citizen early.
    expect(ticket.estimatedWaitMinutes).toBe(18);
    expect(engine.appointments.get(code, null)).toMatchObject({ status: 'checked-in', ticket: { number: ticket.number, trackingCode: ticket.trackingCode } });
    const checkedIn = engine.context.events.between(0, Number.MAX_SAFE_INTEGER).find((event) => event.type === 'appointment.checked-in');
    expect(checkedIn?.details).toEqual({ number: ticket.number, serviceId: 'passport', start: at('11:30'), minutesEarly: 20, ticketId: ticket.id, code });
  });

  it('opens 30 minutes before the time and closes 10 minutes after it', () => {
    const { engine, clock } = createTestEngine();
    const early = bookAs(engine, { start: at('12:00') });
    clock.set(at('11:29'));
    expect(() => engine.appointments.checkIn(early)).toThrow(
      expect.objectContaining({ status: 409, details: expect.objectContaining({ reason: 'too-early', opensAt: at('11:30') }) }),
    );
    clock.set(at('11:30'));
    expect(engine.appointments.checkIn(early).status).toBe('waiting');

    const late = bookAs(engine, { start: at('12:15') });
    clock.set(at('12:25'));
    const onTheLastMinute = engine.appointments.checkIn(late);
    const minutesEarly = engine.context.events.between(0, Number.MAX_SAFE_INTEGER).filter((event) => event.type === 'appointment.checked-in').at(-1)?.details.minutesEarly;
    expect(onTheLastMinute.status).toBe('waiting');
    expect(minutesEarly).toBe(-10);
  });

  it('refuses a late citizen with the reason, so the kiosk offers an ordinary ticket; the appointment is a no-show', () => {
    const { engine, clock } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30') });
    clock.set(at('11:41'));
    expect(() => engine.appointments.checkIn(code)).toThrow(
      expect.objectContaining({ status: 409, details: expect.objectContaining({ reason: 'too-late', serviceId: 'passport' }) }),
    );
    expect(engine.appointments.get(code, null).status).toBe('no-show');
  });

  it('gives the same ticket again on a second scan while it waits', () => {
    const { engine, clock } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30') });
    clock.set(at('11:20'));
    const first = engine.appointments.checkIn(code);
    const second = engine.appointments.checkIn(code);
    expect(second.id).toBe(first.id);
    expect(engine.listTickets({ statuses: ['waiting'] })).toHaveLength(1);
  });

  it('checks in for an appointment even while a manager has closed the service to walk-ins', () => {
    const { engine, clock, actor } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30') });
    engine.setServiceClosed(actor('lead', 'borgerservice', 'manager'), 'passport', true);
    clock.set(at('11:25'));
    expect(engine.appointments.checkIn(code).status).toBe('waiting');
  });
});

describe('check-in with the health card', () => {
  it('finds today’s appointment through the keyed hash of the CPR number, with or without dash, or the card’s stripe', () => {
    const { engine, clock } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30'), cpr: '241180-1235' });
    clock.set(at('11:15'));
    const ticket = engine.appointments.checkInByCpr('2411801235');
    expect(ticket.appointment.code).toBe(code);
    expect(engine.appointments.checkInByCpr('241180-1235').id).toBe(ticket.id);
    expect(engine.appointments.checkInByCpr(';220820812411801235100000001401122?').id).toBe(ticket.id);
  });

  it('takes the appointment whose check-in is open when a person has two today', () => {
    const { engine, clock } = createTestEngine();
    bookAs(engine, { start: at('11:30'), cpr: '241180-1235' });
    const afternoon = bookAs(engine, { serviceId: 'home-help', start: at('15:00'), cpr: '241180-1235' });
    clock.set(at('14:45'));
    expect(engine.appointments.checkInByCpr('2411801235').appointment.code).toBe(afternoon);
  });

  it('says when it is too early, and 404 for a card without an appointment today', () => {
    const { engine, clock } = createTestEngine();
    bookAs(engine, { start: at('15:00'), cpr: '241180-1235' });
    clock.set(at('12:00'));
    expect(() => engine.appointments.checkInByCpr('2411801235')).toThrow(expect.objectContaining({ status: 409, details: expect.objectContaining({ reason: 'too-early' }) }));
    expect(() => engine.appointments.checkInByCpr('0101901234')).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('does not match the same CPR number under another centre’s key', () => {
    const first = createTestEngine();
    const second = createTestEngine();
    bookAs(first.engine, { start: at('11:30'), cpr: '241180-1235' });
    const stored = first.engine.appointments.context.appointments.byCode(first.engine.appointments.search({ date: '2026-11-24' }, agentOf(first))[0]!.code)!;
    second.engine.appointments.context.appointments.insert({ ...stored, code: 'ZZZZZZZZ' });
    second.clock.set(at('11:20'));
    expect(() => second.engine.appointments.checkInByCpr('2411801235')).toThrow(expect.objectContaining({ status: 404 }));
  });
});

function agentOf(test: ReturnType<typeof createTestEngine>) {
  return test.actor('agent', null, 'agent');
}
