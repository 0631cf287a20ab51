import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../seed/demo-config.js';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs } from './testing.js';

const day = 24 * 60 * 60_000;

describe('the privacy purge', () => {
  it('deletes name, phone, e-mail and CPR hash once the retention days after the appointment have passed, keeping the anonymous fields', () => {
    const { engine, clock } = createTestEngine(); // retention: 30 days in the demo centre
    const kept = bookAs(engine, { start: at('11:30'), email: 'anna@example.dk', cpr: '010190-1234' });
    const missed = bookAs(engine, { start: at('12:00'), name: 'Bo Berg' });
    const cancelled = bookAs(engine, { start: at('12:15'), name: 'Carl Carlsen' });
    engine.appointments.cancel(cancelled, null);
    clock.set(at('11:20'));
    engine.appointments.checkIn(kept);

    clock.set(new Date(at('12:10')).getTime() + 30 * day);
    expect(engine.appointments.purgePersonalData()).toBe(2); // 11:30 and 12:00 are 30 days past; 12:15 is not yet
    clock.advance(15 * 60_000);
    expect(engine.appointments.purgePersonalData()).toBe(1);
    expect(engine.appointments.purgePersonalData()).toBe(0);

    const rows = engine.db.prepare('SELECT * FROM appointments ORDER BY start_at').all() as Record<string, unknown>[];
    for (const row of rows) expect(row).toMatchObject({ name: null, phone: null, email: null, cpr_hash: null });
    expect(rows.map((row) => [row.service_id, row.status, row.channel])).toEqual([
      ['passport', 'checked-in', 'online'],
      ['passport', 'no-show', 'online'],
      ['passport', 'cancelled', 'online'],
    ]);
    expect(engine.appointments.get(missed, null)).toMatchObject({ name: null, phone: null, email: null, healthCardCheckIn: false, status: 'no-show' });
  });

  it('never touches a coming appointment, whatever the retention', () => {
    const { engine, clock } = createTestEngine({
      config: { ...demoConfig, appointments: { ...demoConfig.appointments, personalDataRetentionDays: 0 } },
    });
    const code = bookAs(engine, { start: at('12:00', '2026-11-26') });
    clock.advance(day);
    engine.appointments.purgePersonalData();
    expect(engine.appointments.get(code, null).name).toBe('Anna Hansen');
  });

  it('finds no name, phone, e-mail or CPR number anywhere in the event log', () => {
    const { engine, clock, actor } = createTestEngine();
    const code = bookAs(engine, { start: at('11:30'), email: 'anna@example.dk', cpr: '010190-1234' });
    engine.appointments.move(code, at('11:45'), actor('agent', null, 'agent'));
    clock.set(at('11:30'));
    engine.appointments.checkIn(code);
    const other = bookAs(engine, { start: at('12:30'), name: 'Bo Berg' });
    engine.appointments.cancel(other, null);
    const log = JSON.stringify(engine.context.events.between(0, Number.MAX_SAFE_INTEGER));
    for (const personal of ['Anna', 'Hansen', 'Bo Berg', '12345678', '+4512345678', 'anna@example.dk', '0101901234', '010190']) {
      expect(log).not.toContain(personal);
    }
    const cprHash = engine.appointments.context.appointments.byCode(code)?.cprHash;
    expect(log).not.toContain(cprHash);
  });
});
