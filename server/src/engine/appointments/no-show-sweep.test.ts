import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs } from './testing.js';

describe('the no-show sweep', () => {
  it('marks an appointment not checked in by the end of its grace time as a no-show, once', () => {
    const { engine, clock } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30') });
    clock.set(at('11:40'));
    expect(engine.appointments.sweepNoShows()).toBe(0);
    clock.set(at('11:41'));
    expect(engine.appointments.sweepNoShows()).toBe(1);
    expect(engine.appointments.sweepNoShows()).toBe(0);
    expect(engine.appointments.get(code, null).status).toBe('no-show');
    const noShows = engine.context.events.between(0, Number.MAX_SAFE_INTEGER).filter((event) => event.type === 'appointment.no-show');
    expect(noShows.map((event) => event.details)).toEqual([{ serviceId: 'passport', start: at('11:30'), code }]);
  });

  it('runs on reads too: a slot list or a lookup after the grace sees the no-show without the timer', () => {
    const { engine, clock } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30') });
    clock.set(at('12:00'));
    engine.appointments.slots('passport', '2026-11-24');
    expect(engine.appointments.context.appointments.byCode(code)?.status).toBe('no-show');
  });

  it('leaves checked-in and cancelled appointments alone', () => {
    const { engine, clock } = createTestEngine();
    const kept = bookAs(engine, { start: at('11:30') });
    const cancelled = bookAs(engine, { start: at('11:45') });
    engine.appointments.cancel(cancelled, null);
    clock.set(at('11:25'));
    engine.appointments.checkIn(kept);
    clock.set(at('13:00'));
    engine.appointments.sweepNoShows();
    expect(engine.appointments.get(kept, null).status).toBe('checked-in');
    expect(engine.appointments.get(cancelled, null).status).toBe('cancelled');
  });
});
