import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoConfig } from '../seed/demo-config.js';
import { at, bookAs } from './appointments/testing.js';
import { createTestEngine } from './test-engine.js';

const day = 24 * 60 * 60_000;

type Engine = ReturnType<typeof createTestEngine>['engine'];
const ticketRow = (engine: Engine, trackingCode: string) =>
  engine.db.prepare('SELECT status, business_day AS businessDay FROM tickets WHERE tracking_code = ?').get(trackingCode) as { status: string; businessDay: string };

afterEach(() => vi.restoreAllMocks());

describe('a clock that jumps', () => {
  it('ends no waiting ticket, no-shows no booking and purges nothing when the clock jumps 61 days ahead for a minute, and says why', () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { engine, clock } = createTestEngine(); // Tuesday 24 November 2026, 11:00
    const ticket = engine.issueTicket({ serviceId: 'passport', lang: 'da', channel: 'kiosk' });
    const booking = bookAs(engine, { start: at('11:30'), cpr: '010190-1234' });
    engine.appointments.maintain();

    clock.jump(61 * day);
    engine.tick();
    engine.appointments.maintain();
    const duringJump = engine.issueTicket({ serviceId: 'passport', lang: 'da', channel: 'kiosk' }); // a citizen still gets a number
    clock.advanceMinutes(1);
    engine.tick();
    engine.appointments.maintain();
    clock.jump(-61 * day);
    engine.tick();
    engine.appointments.maintain();

    expect(ticketRow(engine, ticket.trackingCode).status).toBe('waiting');
    expect(ticketRow(engine, duringJump.trackingCode)).toMatchObject({ status: 'waiting', businessDay: '2026-11-24' });
    const row = engine.db.prepare('SELECT status, name, phone, cpr_hash FROM appointments WHERE code = ?').get(booking) as Record<string, unknown>;
    expect(row).toMatchObject({ status: 'booked', name: 'Anna Hansen', phone: expect.any(String), cpr_hash: expect.any(String) });
    const types = engine.context.events.between(0, Number.MAX_SAFE_INTEGER).map((event) => event.type);
    expect(types).not.toContain('ticket.ended-by-reset');
    expect(types).not.toContain('appointment.no-show');
    expect(types).not.toContain('privacy.purged');
    const said = warnings.mock.calls.map((call) => String(call[0])).join('\n');
    expect(said).toMatch(/not ending business day 2026-11-24.*jumped 61 days ahead/);
    expect(said).toMatch(/not marking appointments as no-shows now: .*jumped 61 days ahead/);
    expect(said).toMatch(/the clock is believable again/);

    // Back in step, the day ends at its reset as always, and the missed booking becomes a no-show.
    clock.set(at('03:00', '2026-11-25'));
    engine.tick();
    engine.appointments.maintain();
    expect(ticketRow(engine, ticket.trackingCode).status).toBe('ended-by-reset');
    expect(engine.appointments.get(booking, null).status).toBe('no-show');
  });

  it('keeps the day going on a clock set back across the reset, and waits until it has caught up', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { engine, clock } = createTestEngine({ time: at('10:00', '2026-11-25') });
    const ticket = engine.issueTicket({ serviceId: 'passport', lang: 'da', channel: 'kiosk' });
    clock.jump(-day); // Tuesday again: no day "before" to roll back to
    engine.tick();
    const next = engine.issueTicket({ serviceId: 'passport', lang: 'da', channel: 'kiosk' });
    expect(ticketRow(engine, next.trackingCode).businessDay).toBe('2026-11-25');
    clock.jump(day);
    clock.set(at('03:00', '2026-11-26'));
    engine.tick();
    expect(ticketRow(engine, ticket.trackingCode).status).toBe('ended-by-reset');
  });

  it('does not stretch a login lock when the clock is moved back', async () => {
    const { engine, clock } = createTestEngine();
    await engine.staff.ensureAdmin('right-password-123');
    for (let attempt = 0; attempt < 6; attempt += 1) await engine.staff.login('admin', 'wrong-password', '10.0.0.9').catch(() => undefined);
    await expect(engine.staff.login('admin', 'wrong-password', '10.0.0.9')).rejects.toMatchObject({ status: 429 });
    clock.jump(-7 * day);
    clock.advance(60_000); // past any lock of six failures (at most 2 s)
    await expect(engine.staff.login('admin', 'right-password-123', '10.0.0.9')).resolves.toMatchObject({ staff: { username: 'admin' } });
    await engine.staff.close();
  });
});

describe('the daily reset on daylight-saving days', () => {
  const resetAt = (resetTime: string, start: string) => {
    const { engine, clock } = createTestEngine({ time: start, config: { ...demoConfig, hours: { ...demoConfig.hours, dailyResetTime: resetTime } } });
    engine.tick();
    const first = engine.context.businessDay();
    for (let minute = 0; minute < 12 * 60; minute += 1) {
      clock.advanceMinutes(1);
      engine.tick();
      if (engine.context.businessDay() !== first) return new Date(clock.now()).toISOString();
    }
    return undefined;
  };

  it('ends the day at the configured local time on the last Sunday of March (02:00 → 03:00)', () => {
    expect(resetAt('03:00', '2026-03-28T20:00:00Z')).toBe('2026-03-29T01:00:00.000Z'); // 03:00 summer time
    expect(resetAt('01:30', '2026-03-28T20:00:00Z')).toBe('2026-03-29T00:30:00.000Z'); // 01:30 winter time
    expect(resetAt('02:30', '2026-03-28T20:00:00Z')).toBe('2026-03-29T01:00:00.000Z'); // never shown: when the clock skips past it
  });

  it('ends the day at the configured local time on the last Sunday of October (03:00 → 02:00), at its first showing', () => {
    expect(resetAt('03:00', '2026-10-24T20:00:00Z')).toBe('2026-10-25T02:00:00.000Z'); // 03:00 winter time
    expect(resetAt('02:00', '2026-10-24T20:00:00Z')).toBe('2026-10-25T00:00:00.000Z'); // 02:00 summer time, not an hour later
    expect(resetAt('02:30', '2026-10-24T20:00:00Z')).toBe('2026-10-25T00:30:00.000Z');
  });
});
